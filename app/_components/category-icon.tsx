import {
  BaggageClaim, Bell, BookOpen, Car, Dog, FileText, HandHeart, Heart, Home, Laptop, Leaf, Package, Phone, Pill,
  ShoppingBasket, Sprout, Users, UtensilsCrossed, Wrench, type LucideIcon,
} from 'lucide-react';
import type { CATEGORY_ICONS } from '@/lib/tenant/definition';

const ICONS: Record<(typeof CATEGORY_ICONS)[number], LucideIcon> = {
  basket: ShoppingBasket,
  laptop: Laptop,
  'file-text': FileText,
  pill: Pill,
  sprout: Sprout,
  dog: Dog,
  phone: Phone,
  package: Package,
  book: BookOpen,
  utensils: UtensilsCrossed,
  car: Car,
  heart: Heart,
  hand: HandHeart,
  home: Home,
  users: Users,
  wrench: Wrench,
  leaf: Leaf,
  bell: Bell,
};

/** Decorative: the category's label is always written next to it. */
export function CategoryIcon({ name, className }: { name: string; className?: string }) {
  const Icon = ICONS[name as keyof typeof ICONS] ?? BaggageClaim;
  return <Icon aria-hidden="true" focusable="false" className={className ?? 'size-6'} strokeWidth={2} />;
}
