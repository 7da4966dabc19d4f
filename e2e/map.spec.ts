import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, site } from './helpers';

/** Waits until the map has drawn (the engine was loaded on demand) and returns its state. */
async function openMap(page: Page, host: string, query = '') {
  await page.goto(site(host, `/annonces/carte${query}`));
  const map = page.getByTestId('post-map');
  await expect(map).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  return map;
}

async function markerTotal(page: Page) {
  const clusters = await page.getByTestId('map-cluster').evaluateAll((els) => els.reduce((n, el) => n + Number((el as HTMLElement).dataset.count), 0));
  return clusters + (await page.getByTestId('map-post').count());
}

test.describe('map of posts (R5)', () => {
  test('Herblay: the boundary, quartiers and clustered posts are drawn; a cluster zooms; a post opens its page', async ({ page }) => {
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const map = await openMap(page, 'herblay');
    await expectAccessible(page);

    // A real canvas, labelled, drawn by MapLibre (no token configured) from the local style.
    await expect(map).toHaveAttribute('data-engine', 'maplibre');
    await expect(map.locator('canvas')).toHaveAttribute('aria-label', 'Carte de Herblay-sur-Seine avec les annonces ouvertes');
    expect(Number(await map.getAttribute('data-rendered-boundary'))).toBeGreaterThan(0);
    expect(Number(await map.getAttribute('data-rendered-quartiers'))).toBeGreaterThan(0);
    // Nothing was asked of another origin: the map works offline and tracks nobody; and the
    // production CSP (no 'unsafe-eval') let the library and its worker run.
    expect(requests.filter((u) => !u.startsWith(site('herblay', '/')))).toEqual([]);
    expect(requests).toContainEqual(expect.stringContaining('/carte/moteur.mjs?v='));
    expect(problems).toEqual([]);

    // Every post of the list is on the map, in clusters or on its own.
    const listed = page.getByTestId('map-post-list').getByRole('link');
    const total = await listed.count();
    expect(total).toBeGreaterThan(5);
    await expect(map).toHaveAttribute('data-posts', String(total));
    expect(await markerTotal(page)).toBe(total);
    expect(await page.getByTestId('map-cluster').count()).toBeGreaterThan(0);

    // A cluster, reached with the keyboard, zooms in (or, if its posts share one grid cell, lists them).
    const zoomBefore = Number(await map.getAttribute('data-zoom'));
    const cluster = page.getByTestId('map-cluster').first();
    await cluster.focus();
    await page.keyboard.press('Enter');
    const cell = page.getByTestId('map-cell');
    await expect(async () => {
      const zoomed = Number(await map.getAttribute('data-zoom')) > zoomBefore + 0.5;
      expect(zoomed || (await cell.isVisible())).toBe(true);
    }).toPass({ timeout: 10_000 });

    // Keep opening clusters until a single post (or a cell listing) is there to click.
    const ids = await listed.evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).pathname.split('/').pop()));
    for (let i = 0; i < 8 && !(await cell.isVisible()) && (await page.getByTestId('map-post').count()) === 0; i++) {
      await page.getByTestId('map-cluster').first().click();
      await page.waitForTimeout(700);
    }
    const target = (await cell.isVisible()) ? cell.getByRole('link').first() : page.getByTestId('map-post').first();
    // Markers are links: follow one from the keyboard (a marker at the canvas edge can sit under the page).
    await target.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/annonces\/[0-9a-f-]{36}$/);
    expect(ids).toContain(new URL(page.url()).pathname.split('/').pop());
  });

  test('the filters of the search page apply to the map, and the list is one link away', async ({ page }) => {
    await openMap(page, 'herblay');
    const all = await page.getByTestId('map-post-list').getByRole('listitem').count();
    await page.getByLabel('Type d’annonce').selectOption('offre');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page).toHaveURL(/type=offre/);
    const map = page.getByTestId('post-map');
    await expect(map).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    const items = page.getByTestId('map-post-list').getByRole('listitem');
    const offers = await items.count();
    expect(offers).toBeGreaterThan(0);
    expect(offers).toBeLessThan(all);
    for (const text of await items.allInnerTexts()) expect(text).toContain('Proposition');
    expect(await markerTotal(page)).toBe(offers);
    await expect(page.getByRole('link', { name: 'Voir les annonces en liste' })).toHaveAttribute('href', '/annonces?type=offre');
    await expectAccessible(page);
  });

  test('Orne’s map shows none of Herblay’s posts, nor its boundary', async ({ page }) => {
    await openMap(page, 'herblay');
    const herblayTitles = await page.getByTestId('map-post-list').getByRole('link').allInnerTexts();
    expect(herblayTitles.length).toBeGreaterThan(0);

    await openMap(page, 'orne');
    await expectAccessible(page);
    await expect(page.getByRole('heading', { name: 'Carte des annonces' })).toBeVisible();
    const orneTitles = await page.getByTestId('map-post-list').getByRole('link').allInnerTexts();
    expect(orneTitles.length).toBeGreaterThan(0);
    for (const title of herblayTitles) expect(orneTitles).not.toContain(title);

    // Nor anywhere in what the browser receives (HTML and the React payload inside it).
    const html = await page.evaluate(async () => (await fetch('/annonces/carte')).text());
    for (const title of herblayTitles) expect(html).not.toContain(title);
    expect(html).not.toContain('Herblay');
  });

  test('in English, and readable with the keyboard alone', async ({ page, context }) => {
    await context.addCookies([{ name: 'lang', value: 'en', url: site('herblay', '/') }]);
    const map = await openMap(page, 'herblay');
    await expect(page.getByRole('heading', { name: 'Map of posts', level: 1 })).toBeVisible();
    await expect(map.locator('canvas')).toHaveAttribute('aria-label', 'Map of Herblay-sur-Seine with the open posts');
    await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
    await expect(page.getByTestId('map-cluster').first()).toHaveAttribute('aria-label', /posts around here/);
    await expectAccessible(page);

    // Tab from the list link reaches the filters, the map and its markers, then the list of posts.
    await page.getByRole('link', { name: 'See the posts as a list' }).focus();
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.dataset.testid ?? el?.tagName.toLowerCase() ?? '';
      });
      reached.add(id);
      if (id === 'a' && (await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname.startsWith('/annonces/')))) {
        const inList = await page.evaluate(() => !!document.activeElement?.closest('[data-testid="map-post-list"]'));
        if (inList) break;
      }
    }
    expect(reached).toContain('map-cluster');
    expect(reached).toContain('canvas');
  });
});

test.describe('map point picker (R3)', () => {
  test('a point is chosen by clicking the map, then moved with the arrow keys', async ({ page }) => {
    await page.goto(site('herblay', '/dev/point-sur-la-carte'));
    const picker = page.getByTestId('point-picker');
    await expect(picker).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await expect(page.getByTestId('point-picker-status')).toHaveText('Aucun point choisi pour le moment.');
    await expectAccessible(page);

    const canvas = picker.locator('canvas');
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2 - 30);
    const status = page.getByTestId('point-picker-status');
    await expect(status).toHaveText(/^Point choisi : 4[89]\.\d{5}, 2\.\d{5}$/);
    const lat = Number(await page.locator('input[name="lat"]').inputValue());
    const lng = Number(await page.locator('input[name="lng"]').inputValue());
    // Herblay's boundary box.
    expect(lat).toBeGreaterThan(48.95);
    expect(lat).toBeLessThan(49.02);
    expect(lng).toBeGreaterThan(2.1);
    expect(lng).toBeLessThan(2.25);

    await page.getByTestId('point-picker-marker').focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => Number(await page.locator('input[name="lat"]').inputValue())).toBeCloseTo(lat + 100 / 111_320, 5);
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(async () => Number(await page.locator('input[name="lng"]').inputValue())).toBeLessThan(lng - 0.01);
    await page.getByRole('button', { name: 'Déplacer vers le sud' }).click();
    await expect.poll(async () => Number(await page.locator('input[name="lat"]').inputValue())).toBeCloseTo(lat, 5);
  });
});
