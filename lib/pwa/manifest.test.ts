import { describe, expect, it } from 'vitest';
import { buildManifest } from './manifest';
import { parseIconFile } from './icons-meta';

const theme = { primary: '#0F4C81', onPrimary: '#FFFFFF', accent: '#0B6E6D', onAccent: '#FFFFFF', surface: '#F4F8FB', text: '#13212E', font: 'sans' as const };

describe('web app manifest (R11)', () => {
  it('carries the council’s name, colours and versioned icons', () => {
    const manifest = buildManifest({ name: 'Herblay-sur-Seine', shortName: 'Herblay', welcomeText: 'Entraide.', theme, logoVersion: '42' });
    expect(manifest).toMatchObject({
      name: 'Herblay-sur-Seine',
      short_name: 'Herblay',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#0F4C81',
      background_color: '#F4F8FB',
    });
    expect(manifest.icons.map((i) => `${i.src} ${i.sizes} ${i.purpose}`)).toEqual([
      '/icone/192.png?v=42 192x192 any',
      '/icone/maskable-192.png?v=42 192x192 maskable',
      '/icone/512.png?v=42 512x512 any',
      '/icone/maskable-512.png?v=42 512x512 maskable',
    ]);
  });

  it('every icon it lists is one the icon route draws', () => {
    const manifest = buildManifest({ name: 'Orne', shortName: 'Orne', welcomeText: '', theme, logoVersion: '1' });
    for (const icon of manifest.icons) {
      const file = icon.src.split('/').pop()!.split('?')[0]!;
      expect(parseIconFile(file)).toEqual({ size: Number(icon.sizes.split('x')[0]), purpose: icon.purpose });
    }
    expect(parseIconFile('256.png')).toBeNull();
    expect(parseIconFile('../logo')).toBeNull();
  });
});
