import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { startFakeGeocoder } from './fake-geocoder-server';
import { searchAddresses } from './geocoder';

const herblay = {
  centreLat: 48.9896,
  centreLng: 2.1661,
  defaultRadiusKm: 3,
  boundary: {
    type: 'Feature' as const,
    properties: {},
    geometry: {
      type: 'Polygon' as const,
      coordinates: [[[2.1085, 48.975], [2.1935, 48.975], [2.1935, 49.0145], [2.1085, 49.0145], [2.1085, 48.975]]],
    },
  },
};

let fake: Awaited<ReturnType<typeof startFakeGeocoder>>;

beforeAll(async () => {
  fake = await startFakeGeocoder();
  process.env.GEOCODER_URL = fake.url;
  process.env.GEOCODER_TIMEOUT_MS = '400';
  resetEnvForTests();
});

afterEach(() => fake.mode('ok'));

afterAll(async () => {
  await fake.close();
  delete process.env.GEOCODER_URL;
  delete process.env.GEOCODER_TIMEOUT_MS;
  resetEnvForTests();
});

describe('address search through the national address base (R3)', () => {
  it('asks /search/ with the query, a limit and the council centre, and keeps only addresses in the council', async () => {
    const result = await searchAddresses('12 rue de la fontaine', herblay);
    expect(result).toEqual({ ok: true, results: [{ label: '12 Rue de la Fontaine 95220 Herblay-sur-Seine', lat: 48.99041, lng: 2.16412 }] });
    const asked = fake.requests.at(-1)!;
    expect(asked.pathname).toBe('/search/');
    expect(asked.searchParams.get('q')).toBe('12 rue de la fontaine');
    expect(asked.searchParams.get('limit')).toBe('10');
    expect(asked.searchParams.get('lat')).toBe('48.9896');
    expect(asked.searchParams.get('lon')).toBe('2.1661');
  });

  it('gives no result (and asks nothing) for fewer than 3 characters', async () => {
    const before = fake.requests.length;
    expect(await searchAddresses('  12 ', herblay)).toEqual({ ok: true, results: [] });
    expect(fake.requests.length).toBe(before);
  });

  it('says the geocoder is too slow instead of hanging', async () => {
    fake.mode('slow');
    const started = Date.now();
    expect(await searchAddresses('rue du val', herblay)).toEqual({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('says it is unavailable when it fails, answers nonsense, or cannot be reached', async () => {
    fake.mode('down');
    expect(await searchAddresses('rue du val', herblay)).toEqual({ ok: false, reason: 'unavailable' });
    fake.mode('garbage');
    expect(await searchAddresses('rue du val', herblay)).toEqual({ ok: false, reason: 'unavailable' });
    process.env.GEOCODER_URL = 'http://127.0.0.1:9';
    resetEnvForTests();
    try {
      expect(await searchAddresses('rue du val', herblay)).toEqual({ ok: false, reason: 'unavailable' });
    } finally {
      process.env.GEOCODER_URL = fake.url;
      resetEnvForTests();
    }
  });
});
