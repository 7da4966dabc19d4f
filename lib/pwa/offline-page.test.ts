import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';
import { renderOfflinePage } from './offline-page';
import { serviceWorkerSource } from './service-worker';

const theme = { primary: '#2E5E3A', onPrimary: '#FFFFFF', accent: '#000000', onAccent: '#FFFFFF', surface: '#FBF8F1', text: '#1B1B1B', font: 'sans' as const };

describe('offline page and service worker (R11)', () => {
  it('renders the offline page in the council’s colours and the visitor’s language, self-contained', () => {
    const logo = { data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), mime: 'image/svg+xml' };
    const html = renderOfflinePage({ name: "Département de l'Orne", theme }, fr, 'fr', logo);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Pas de connexion Internet');
    expect(html).toContain('Département de l&#39;Orne');
    expect(html).toContain('background: #2E5E3A');
    expect(html).toContain('src="data:image/svg+xml;base64,');
    expect(html).not.toMatch(/<script|<link|src="\/|href="\//);
    expect(renderOfflinePage({ name: 'Orne', theme }, en, 'en', null)).toContain('No Internet connection');
  });

  it('escapes what the council typed and refuses a colour that is not one', () => {
    const html = renderOfflinePage({ name: '<script>x</script>', theme: { ...theme, primary: 'red;}</style><script>' } }, fr, 'fr', null);
    expect(html).not.toContain('<script>');
    expect(html).toContain('background: #1e3a5f');
  });

  it('the worker caches the shell, falls back to the offline page for pages, and never caches pages', () => {
    const js = serviceWorkerSource('123', ['/manifest.webmanifest']);
    expect(js).toContain('"cdm-shell-123"');
    expect(js).toContain('["/hors-ligne","/manifest.webmanifest"]');
    expect(js).toMatch(/request\.mode === 'navigate'[\s\S]*fetch\(request\)\s*\.catch\(\(\) => caches\.match\(OFFLINE\)\)/);
    expect(js).not.toContain('preloadResponse');
    expect(js).toContain('navigationPreload.disable()');
    expect(() => new Function('self', 'caches', 'fetch', js)).not.toThrow();
  });
});
