import type { UserRole } from '@/lib/actions/roles';

/**
 * The staff console's sections and who may open each (A1). Pages check the same list on the
 * server (requireStaff); the menu only shows what the person may open.
 */
export const CONSOLE_SECTIONS = [
  { key: 'dashboard', path: '/admin', roles: ['admin', 'moderator', 'agent'] },
  { key: 'moderation', path: '/admin/moderation', roles: ['admin', 'moderator'] },
  { key: 'assisted', path: '/admin/guichet', roles: ['admin', 'agent'] },
  { key: 'announcements', path: '/admin/annonces', roles: ['admin'] },
  { key: 'staff', path: '/admin/equipe', roles: ['admin'] },
  { key: 'branding', path: '/admin/apparence', roles: ['admin'] },
  { key: 'categories', path: '/admin/categories', roles: ['admin'] },
  { key: 'crisis', path: '/admin/crise', roles: ['admin'] },
  { key: 'embed', path: '/admin/integration', roles: ['admin'] },
  { key: 'training', path: '/admin/formation', roles: ['admin', 'moderator', 'agent'] },
  { key: 'audit', path: '/admin/journal', roles: ['admin'] },
] as const satisfies readonly { key: string; path: string; roles: readonly UserRole[] }[];

export type ConsoleSection = (typeof CONSOLE_SECTIONS)[number]['key'];

export function rolesFor(section: ConsoleSection): readonly UserRole[] {
  return CONSOLE_SECTIONS.find((s) => s.key === section)!.roles;
}

export const STAFF_CONSOLE_ROLES: readonly UserRole[] = ['admin', 'moderator', 'agent'];
