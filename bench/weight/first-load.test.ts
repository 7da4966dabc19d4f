import { describe, expect, it } from 'vitest';
import { firstLoadFiles, mapLibraryIn, pagesOf, weigh } from './first-load';

const manifest = {
  pages: {
    '/layout': ['static/chunks/webpack.js', 'static/chunks/main-app.js', 'static/css/app.css', 'static/chunks/app/layout.js'],
    '/t/[tenant]/layout': ['static/chunks/webpack.js', 'static/chunks/app/t/[tenant]/layout.js'],
    '/t/[tenant]/page': ['static/chunks/webpack.js', 'static/chunks/app/t/[tenant]/page.js'],
    '/t/[tenant]/annonces/carte/page': ['static/chunks/webpack.js', 'static/chunks/app/t/[tenant]/annonces/carte/page.js'],
    '/t/[tenant]/logo/route': ['static/chunks/webpack.js'],
  },
};

describe('first-load JavaScript from the build manifest', () => {
  it('counts the page and every layout above it, each file once, no CSS', () => {
    expect(firstLoadFiles(manifest, '/t/[tenant]/annonces/carte/page')).toEqual([
      'static/chunks/webpack.js',
      'static/chunks/main-app.js',
      'static/chunks/app/layout.js',
      'static/chunks/app/t/[tenant]/layout.js',
      'static/chunks/app/t/[tenant]/annonces/carte/page.js',
    ]);
  });

  it('lists pages, not route handlers', () => {
    expect(pagesOf(manifest)).toEqual(['/t/[tenant]/annonces/carte/page', '/t/[tenant]/page']);
  });

  it('weighs compressed sizes smaller than raw for repetitive code', () => {
    const w = weigh([Buffer.from('function a(){return 1}'.repeat(500))]);
    expect(w.raw).toBe(11_000);
    expect(w.gzip).toBeLessThan(w.raw / 10);
    expect(w.brotli).toBeLessThan(w.raw / 10);
  });

  it('recognises the map libraries', () => {
    expect(mapLibraryIn('e.classList.add("maplibregl-map")')).toBe('maplibregl-');
    expect(mapLibraryIn('"mapboxgl-canvas"')).toBe('mapboxgl-');
    expect(mapLibraryIn('const map = loadMapEngine()')).toBeNull();
  });
});
