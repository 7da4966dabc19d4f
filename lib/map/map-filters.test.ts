import { describe, expect, it } from 'vitest';
import { mapFiltersQuery, parseMapFilters } from './map-filters';

const keys = ['courses', 'jardinage'];

describe('map filters from the URL', () => {
  it('reads kind and category like the search page', () => {
    expect(parseMapFilters({ type: 'besoin', categorie: 'jardinage' }, keys)).toEqual({ kind: 'need', categoryKey: 'jardinage' });
    expect(parseMapFilters({ type: 'offre' }, keys)).toEqual({ kind: 'offer' });
    expect(parseMapFilters({ type: ['offre', 'besoin'] }, keys)).toEqual({ kind: 'offer' });
  });

  it('ignores unknown kinds and another council’s categories', () => {
    expect(parseMapFilters({ type: 'tout', categorie: 'agriculture' }, keys)).toEqual({});
    expect(parseMapFilters({ categorie: "jardinage' or 1=1" }, keys)).toEqual({});
  });

  it('round-trips through the query string', () => {
    expect(mapFiltersQuery({ kind: 'need', categoryKey: 'courses' })).toBe('?type=besoin&categorie=courses');
    expect(mapFiltersQuery({})).toBe('');
  });
});
