import { expect, test } from '@playwright/test';
import { expectAccessible, site } from './helpers';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer) {
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [body.readUInt32BE(16), body.readUInt32BE(20)];
}

test.describe('installable council sites (R11)', () => {
  for (const [host, name, shortName, primary, surface] of [
    ['herblay', 'Herblay-sur-Seine', 'Herblay', '#0F4C81', '#F4F8FB'],
    ['orne', "Département de l'Orne", 'Orne', '#2E5E3A', '#FBF8F1'],
  ] as const) {
    test(`${shortName} has its own manifest, colours and icons`, async ({ page, request }) => {
      await page.goto(site(host));
      await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
      await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', primary);

      const response = await request.get(site(host, '/manifest.webmanifest'));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/manifest+json');
      const manifest = await response.json();
      expect(manifest).toMatchObject({ name, short_name: shortName, theme_color: primary, background_color: surface, start_url: '/', display: 'standalone' });

      for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
        const res = await request.get(site(host, icon.src));
        expect(res.status(), icon.src).toBe(200);
        expect(res.headers()['content-type']).toBe('image/png');
        expect(pngSize(await res.body()).join('x')).toBe(icon.sizes);
      }
    });
  }

  test('icons are drawn from each council’s own logo', async ({ request }) => {
    const herblay = await (await request.get(site('herblay', '/icone/192.png'))).body();
    const orne = await (await request.get(site('orne', '/icone/192.png'))).body();
    expect(herblay.equals(orne)).toBe(false);
    expect((await request.get(site('herblay', '/icone/1024.png'))).status()).toBe(404);
  });

  test('when the network is down, the service worker shows the offline page in the council’s colours', async ({ page, context }) => {
    await page.goto(site('orne'));
    // Registered after the page has loaded; it takes control of the page once active.
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.state === 'activated' && !!navigator.serviceWorker.controller;
    }, undefined, { timeout: 30_000 });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(site('orne', '/'));

    await context.setOffline(true);
    try {
      await page.goto(site('orne', '/charte'));
      await expect(page.getByRole('heading', { name: 'Pas de connexion Internet', level: 1 })).toBeVisible();
      await expect(page.getByText("Département de l'Orne")).toBeVisible();
      await expect(page.locator('header')).toHaveCSS('background-color', 'rgb(46, 94, 58)'); // #2E5E3A
      await expect(page.getByRole('link', { name: 'Réessayer' })).toBeVisible();
      await expectAccessible(page);
    } finally {
      await context.setOffline(false);
    }
    // Back online, pages come from the network again.
    await page.goto(site('orne', '/charte'));
    await expect(page.getByRole('heading', { name: 'Charte de l’entraide' })).toBeVisible();
  });

  test('the service worker, offline page and manifest belong to the host that serves them', async ({ request }) => {
    const sw = await request.get(site('herblay', '/sw.js'));
    expect(sw.status()).toBe(200);
    expect(sw.headers()['content-type']).toContain('javascript');
    const offline = await (await request.get(site('herblay', '/hors-ligne'))).text();
    expect(offline).toContain('Herblay-sur-Seine');
    expect(offline).not.toContain('Orne');
    for (const path of ['/sw.js', '/manifest.webmanifest', '/hors-ligne', '/icone/192.png', '/carte/moteur.mjs']) {
      expect((await request.get(site('nulle-part', path))).status(), path).toBe(404);
    }
  });
});
