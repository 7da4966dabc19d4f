import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, site } from './helpers';

type Fetched = { status: number; type: string | null; body: Buffer };

/**
 * GET from inside the page, on its own host: Node does not resolve *.localhost (see DESIGN.md),
 * the browser does, and this is the request a browser really makes.
 */
async function fetchOnHost(page: Page, host: string, path: string): Promise<Fetched> {
  if (!page.url().startsWith(site(host, '/'))) await page.goto(site(host, '/charte'));
  const r = await page.evaluate(async (p) => {
    const res = await fetch(p, { cache: 'no-store' });
    const bytes = new Uint8Array(await res.arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return { status: res.status, type: res.headers.get('content-type'), body: btoa(binary) };
  }, path);
  return { ...r, body: Buffer.from(r.body, 'base64') };
}

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
    test(`${shortName} has its own manifest, colours and icons`, async ({ page }) => {
      await page.goto(site(host));
      await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
      await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', primary);

      const response = await fetchOnHost(page, host, '/manifest.webmanifest');
      expect(response.status).toBe(200);
      expect(response.type).toContain('application/manifest+json');
      const manifest = JSON.parse(response.body.toString('utf8'));
      expect(manifest).toMatchObject({ name, short_name: shortName, theme_color: primary, background_color: surface, start_url: '/', display: 'standalone' });

      for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
        const res = await fetchOnHost(page, host, icon.src);
        expect(res.status, icon.src).toBe(200);
        expect(res.type).toBe('image/png');
        expect(pngSize(res.body).join('x')).toBe(icon.sizes);
      }
    });
  }

  test('icons are drawn from each council’s own logo', async ({ page }) => {
    const orne = (await fetchOnHost(page, 'orne', '/icone/192.png')).body;
    const herblay = (await fetchOnHost(page, 'herblay', '/icone/192.png')).body;
    expect(pngSize(herblay)).toEqual([192, 192]);
    expect(herblay.equals(orne)).toBe(false);
    expect((await fetchOnHost(page, 'herblay', '/icone/1024.png')).status).toBe(404);
  });

  test('when the network is down, the service worker shows the offline page in the council’s colours', async ({ page, context }) => {
    await page.goto(site('orne'));
    // Registered after the page has loaded; once active, it handles every navigation in its scope.
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', undefined, {
      timeout: 30_000,
    });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(site('orne', '/'));
    // A later visit: the page is now controlled by the worker. (Chromium's offline emulation
    // only reaches the worker for pages it controls; a real browser sends every in-scope
    // navigation to it.)
    await expect(async () => {
      await page.reload();
      await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 3_000 });
    }).toPass({ timeout: 30_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(site('orne', '/sw.js'));

    await context.setOffline(true);
    try {
      // What a resident does: follow a link while the network is down.
      await page.getByRole('contentinfo').getByRole('link', { name: 'Charte' }).click();
      await expect(page.getByRole('heading', { name: 'Pas de connexion Internet', level: 1 })).toBeVisible();
      expect(page.url()).toBe(site('orne', '/charte'));
      await page.goto(site('orne', '/annonces/carte'));
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

  test('the service worker, offline page and manifest belong to the host that serves them', async ({ page }) => {
    const sw = await fetchOnHost(page, 'herblay', '/sw.js');
    expect(sw.status).toBe(200);
    expect(sw.type).toContain('javascript');
    const offline = (await fetchOnHost(page, 'herblay', '/hors-ligne')).body.toString('utf8');
    expect(offline).toContain('Herblay-sur-Seine');
    expect(offline).not.toContain('Orne');
    for (const path of ['/sw.js', '/manifest.webmanifest', '/hors-ligne', '/icone/192.png', '/carte/moteur.mjs']) {
      const res = await page.goto(site('nulle-part', path));
      expect(res?.status(), path).toBe(404);
    }
  });
});
