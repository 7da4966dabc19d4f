import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { foldForSearch } from '@/lib/posts/search-text';

export type FakeAddress = { label: string; lat: number; lng: number };

/** Real-looking addresses of the two demo councils, and homonyms elsewhere in France. */
export const FAKE_ADDRESSES: FakeAddress[] = [
  { label: '12 Rue de la Fontaine 95220 Herblay-sur-Seine', lat: 48.99041, lng: 2.16412 },
  { label: '3 Rue du Général de Gaulle 95220 Herblay-sur-Seine', lat: 48.98873, lng: 2.16688 },
  { label: '45 Chemin des Naquettes 95220 Herblay-sur-Seine', lat: 49.00213, lng: 2.14152 },
  { label: '8 Allée des Bayonnes 95220 Herblay-sur-Seine', lat: 49.00877, lng: 2.14511 },
  { label: '21 Rue du Val 95220 Herblay-sur-Seine', lat: 48.98533, lng: 2.18287 },
  { label: '12 Rue de la Fontaine 61000 Alençon', lat: 48.43197, lng: 0.09277 },
  { label: '5 Place du Marché 61200 Argentan', lat: 48.74437, lng: -0.02065 },
  { label: '17 Rue de la Gare 61100 Flers', lat: 48.74851, lng: -0.56712 },
  { label: '12 Rue de la Fontaine 69001 Lyon', lat: 45.76721, lng: 4.83412 },
  { label: '12 Rue de la Fontaine 13001 Marseille', lat: 43.29791, lng: 5.37763 },
];

/**
 * A local stand-in for the BAN geocoder's `/search/` (GeoJSON), for tests and offline demos.
 * It matches every word of `q` against the labels, accent- and case-insensitively, and answers
 * in the geocoder's format. `mode('slow' | 'down' | 'garbage')` simulates trouble.
 */
export async function startFakeGeocoder(options: { port?: number; addresses?: FakeAddress[] } = {}) {
  const addresses = options.addresses ?? FAKE_ADDRESSES;
  let mode: 'ok' | 'slow' | 'down' | 'garbage' = 'ok';
  const requests: URL[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(url);
    if (url.pathname !== '/search/' && url.pathname !== '/search') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"code":404,"message":"Not found"}');
      return;
    }
    if (mode === 'down') {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
      return;
    }
    if (mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"oops": true}');
      return;
    }
    const words = foldForSearch(url.searchParams.get('q') ?? '').split(' ').filter(Boolean);
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 5) || 5, 20);
    const matches = addresses.filter((a) => words.length > 0 && words.every((w) => foldForSearch(a.label).includes(w))).slice(0, limit);
    const body = JSON.stringify({
      type: 'FeatureCollection',
      version: 'draft',
      features: matches.map((a, i) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [a.lng, a.lat] },
        properties: { label: a.label, score: 0.9 - i * 0.01, type: 'housenumber' },
      })),
      query: url.searchParams.get('q'),
      limit,
    });
    const send = () => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
    if (mode === 'slow') setTimeout(send, 10_000).unref();
    else send();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    mode(next: typeof mode) {
      mode = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
