import type { CouncilProfile } from '@/lib/tenant/council';
import { ICON_SIZES } from './icons-meta';

/** The web app manifest of one council's site (R11): its name, colours and icons. */
export function buildManifest(council: Pick<CouncilProfile, 'name' | 'shortName' | 'welcomeText' | 'theme' | 'logoVersion'>) {
  const v = encodeURIComponent(council.logoVersion);
  return {
    id: '/',
    name: council.name,
    short_name: council.shortName.slice(0, 24),
    description: council.welcomeText,
    lang: 'fr',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    theme_color: council.theme.primary,
    background_color: council.theme.surface,
    icons: ICON_SIZES.flatMap((size) => [
      { src: `/icone/${size}.png?v=${v}`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' },
      { src: `/icone/maskable-${size}.png?v=${v}`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'maskable' },
    ]),
  };
}
