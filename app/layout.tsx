import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getLocale } from '@/lib/i18n/locale';
import './globals.css';

export const metadata: Metadata = {
  title: 'Coup de main',
  description: 'L’entraide entre voisins, portée par votre commune.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-zinc-900 antialiased">{children}</body>
    </html>
  );
}
