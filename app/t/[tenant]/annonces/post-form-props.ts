import 'server-only';
import type { HomeSummary } from '@/lib/location/home-location';

/** How the form names the resident's home: never more than its quartier or sector. */
export function homeText(home: HomeSummary, councilName: string): string | null {
  if (home.kind === 'none') return null;
  if (home.kind === 'quartier') return home.name;
  return home.area ?? councilName;
}

export function loginRedirect(path: string) {
  return `/connexion?suite=${encodeURIComponent(path)}`;
}

export function welcomeRedirect(path: string) {
  return `/bienvenue?suite=${encodeURIComponent(path)}`;
}

export function setHomeHref(back: string) {
  return `/mon-adresse?suite=${encodeURIComponent(back)}`;
}
