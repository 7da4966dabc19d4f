/** Where the offline page lives on every council's host; the service worker keeps a copy. */
export const OFFLINE_PATH = '/hors-ligne';
export const SERVICE_WORKER_PATH = '/sw.js';

/**
 * The service worker of a council's site (R11), minimal on purpose: it keeps the offline page,
 * the manifest and the icons; keeps Next's content-hashed static files once fetched (they
 * never change); and, when a page cannot be reached because the network is down, answers with
 * the offline page. Pages themselves are never cached: they may hold a signed-in person's data.
 * `version` changes with the council's branding, which makes browsers install the new worker.
 */
export function serviceWorkerSource(version: string, shell: string[]): string {
  return `// Coup de main — service worker (scope /)
const CACHE = ${JSON.stringify(`cdm-shell-${version}`)};
const OFFLINE = ${JSON.stringify(OFFLINE_PATH)};
const SHELL = ${JSON.stringify([OFFLINE_PATH, ...shell])};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('cdm-') && k !== CACHE).map((k) => caches.delete(k))))
      // No navigation preload, and off where an earlier worker turned it on: its response
      // never arrived for a navigation made while a new worker took over (the council's
      // branding changed), and the page hung. A plain fetch has no such race.
      .then(() => self.registration.navigationPreload && self.registration.navigationPreload.disable())
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .catch(() => caches.match(OFFLINE))
        .then((response) => response || Response.error()),
    );
    return;
  }
  if (url.pathname.startsWith('/_next/static/')) {
    event.respondWith(
      caches.match(request).then((hit) => hit || fetch(request).then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })),
    );
    return;
  }
  if (SHELL.includes(url.pathname + url.search)) {
    event.respondWith(fetch(request).catch(() => caches.match(request)));
  }
});
`;
}
