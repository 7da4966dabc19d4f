import { expect, test, type Page } from '@playwright/test';
import { toMetric } from '../lib/geo/lambert93';
import { GRID_METRES, snapToGrid } from '../lib/geo/privacy';
import { expectAccessible, signIn, site, uniqueEmail } from './helpers';

/** The fake geocoder's answer for "12 rue de la Fontaine" in Herblay: the exact point of the post. */
const EXACT = { lat: 48.99041, lng: 2.16412 };
const ADDRESS = '12 Rue de la Fontaine 95220 Herblay-sur-Seine';

/**
 * Every way the browser receives a page: the HTML, and the RSC payload of a client navigation.
 * Fetched from inside the page (Node does not resolve *.localhost), with its cookies.
 */
async function responsesFor(page: Page, path: string) {
  const got = await page.evaluate(async (p) => {
    const html = await fetch(p, { credentials: 'same-origin' });
    const rsc = await fetch(p, { credentials: 'same-origin', headers: { RSC: '1' } });
    return [
      { status: html.status, body: await html.text() },
      { status: rsc.status, body: await rsc.text() },
    ];
  }, path);
  for (const r of got) expect(r.status, path).toBe(200);
  return got.map((r) => r.body);
}

/**
 * R3: nothing finer than the 500 m grid. Any number in the response close to the exact point —
 * in degrees (within ~1 km) or in Lambert-93 metres (within 1 km) — must be the grid cell's
 * centre, never the point itself or a rounding of it.
 */
function expectNoFineCoordinate(body: string, label: string) {
  const snapped = snapToGrid(toMetric(EXACT));
  const metric = toMetric(EXACT);
  const numbers = [...body.matchAll(/-?\d+\.\d+|\d{6,}/g)].map((m) => Number(m[0]));
  const leaks = numbers.filter((n) => {
    if (Math.abs(n - EXACT.lat) < 0.01) return n !== snapped.lat;
    if (Math.abs(n - EXACT.lng) < 0.01) return n !== snapped.lng;
    if (Math.abs(n - metric.x) < 1000 || Math.abs(n - metric.y) < 1000) return Math.abs((n % GRID_METRES) - GRID_METRES / 2) > 0.001;
    return false;
  });
  expect(leaks, `coordinates finer than the grid in ${label}`).toEqual([]);
  expect(body, `the address in ${label}`).not.toContain('Rue de la Fontaine');
  expect(body.toLowerCase(), `the address in ${label}`).not.toContain('fontaine');
}

test('another resident receives no address and no coordinate finer than the grid (R3)', async ({ browser }) => {
  // The check itself can fail: the exact point, a rounding of it, or the address is caught.
  expect(() => expectNoFineCoordinate('{"lat":48.99041}', 'self-check')).toThrow();
  expect(() => expectNoFineCoordinate('[2.1641,"x"]', 'self-check')).toThrow();
  expect(() => expectNoFineCoordinate(`{"x":${Math.round(toMetric(EXACT).x)}}`, 'self-check')).toThrow();
  expect(() => expectNoFineCoordinate('12 rue de la fontaine', 'self-check')).toThrow();
  const cell = snapToGrid(toMetric(EXACT));
  expectNoFineCoordinate(`{"lat":${cell.lat},"lng":${cell.lng}}`, 'self-check');

  const word = `lessive${Date.now().toString(36)}`;
  const authorEmail = uniqueEmail('auteur');

  // The author posts for her father at an address found by the geocoder.
  const authorContext = await browser.newContext();
  const author = await authorContext.newPage();
  await signIn(author, 'herblay', authorEmail, 'Claire V.');
  await author.goto(site('herblay', '/annonces/nouvelle?type=besoin&lieu=adresse'));
  await author.getByLabel('Catégorie').selectOption({ label: 'Courses de première nécessité' });
  await author.getByLabel('Titre').fill(`Une ${word} pour mon père`);
  await author.getByLabel('Description').fill('Il faudrait étendre le linge deux fois par semaine.');
  await author.getByLabel('Adresse', { exact: true }).fill('12 rue de la Fontaine');
  await author.getByRole('button', { name: 'Chercher cette adresse' }).click();
  await expect(author.getByRole('radio', { name: ADDRESS })).toBeChecked();
  await author.getByRole('button', { name: 'Publier mon annonce' }).click();
  await expect(author.getByText('Votre annonce est publiée.')).toBeVisible();
  const postPath = new URL(author.url()).pathname;
  // The check can fail: the author's own page does carry the address.
  const [ownHtml] = await responsesFor(author, postPath);
  expect(ownHtml).toContain(ADDRESS);

  // A neighbour, signed in, and an anonymous visitor.
  const neighbourContext = await browser.newContext();
  const neighbour = await neighbourContext.newPage();
  await signIn(neighbour, 'herblay', uniqueEmail('voisin'), 'Marc T.');
  await neighbour.goto(site('herblay', postPath));
  await expect(neighbour.getByRole('heading', { level: 1, name: `Une ${word} pour mon père` })).toBeVisible();
  await expect(neighbour.getByText(/^Secteur : /)).toBeVisible();
  await expectAccessible(neighbour);
  const anonymousContext = await browser.newContext();
  const anonymous = await anonymousContext.newPage();
  await anonymous.goto(site('herblay'));

  for (const [who, viewer] of [
    ['a neighbour', neighbour],
    ['an anonymous visitor', anonymous],
  ] as const) {
    for (const path of [postPath, `/annonces?q=${word}&rayon=5`, '/']) {
      const bodies = await responsesFor(viewer, path);
      if (path !== '/') expect(bodies.join('\n'), `${path} shows the post`).toContain(word);
      bodies.forEach((body, i) => expectNoFineCoordinate(body, `${path} (${i ? 'RSC' : 'HTML'}) for ${who}`));
      for (const body of bodies) expect(body).not.toContain(authorEmail);
    }
  }
  await Promise.all([authorContext.close(), neighbourContext.close(), anonymousContext.close()]);
});
