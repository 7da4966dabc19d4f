import { describe, expect, it } from 'vitest';
import { defaultRadiusKm, parseSearchParams, searchUrl } from './search-params';

describe('search filters in the URL (R5)', () => {
  it('reads the filters, and falls back to defaults for anything malformed', () => {
    expect(parseSearchParams({ type: 'offre', categorie: 'jardinage', rayon: '2', q: ' haie ', page: '3' }, 3)).toEqual({
      type: 'offre',
      categorie: 'jardinage',
      rayon: 2,
      q: 'haie',
      page: 3,
    });
    expect(parseSearchParams({ type: 'x', categorie: '<b>', rayon: '7', q: 'y'.repeat(101), page: '-1' }, 3)).toEqual({
      type: null,
      categorie: null,
      rayon: 5,
      q: '',
      page: 1,
    });
    expect(parseSearchParams({ type: ['besoin', 'offre'], page: '999' }, 15)).toMatchObject({ type: 'besoin', rayon: 20, page: 1 });
  });

  it('rounds the council’s radius up to an offered one', () => {
    expect([0.5, 3, 10, 15, 80].map(defaultRadiusKm)).toEqual([1, 5, 10, 20, 50]);
  });

  it('builds shareable URLs that keep the filters', () => {
    const params = parseSearchParams({ type: 'besoin', q: 'pharmacie éclair', rayon: '10' }, 3);
    expect(searchUrl('/annonces', params, { page: 2 })).toBe('/annonces?type=besoin&rayon=10&q=pharmacie+%C3%A9clair&page=2');
    expect(searchUrl('/annonces/carte', params)).toBe('/annonces/carte?type=besoin&rayon=10&q=pharmacie+%C3%A9clair');
  });
});
