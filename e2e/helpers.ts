import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** The URL of a page on a council's (or any) host. */
export function site(host: string, path = '/') {
  return `http://${host}.localhost:${PORT}${path}`;
}

export const ROOT_URL = `http://localhost:${PORT}/`;

/** axe, WCAG 2.1 A and AA: the page must have no violation at all. */
export async function expectAccessible(page: Page) {
  // After a server action's redirect, Next streams the new page's <title> just after its body.
  await expect.poll(() => page.title(), { message: `a <title> on ${page.url()}` }).not.toBe('');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** A unique address per test run, so tests never see each other's accounts. */
export function uniqueEmail(prefix: string) {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;
}

/**
 * Opens the council's development mailbox until an email to `to` arrives (delivery goes
 * through the job queue), then returns the first link in it that matches `linkPattern`.
 */
export async function readLinkFromMailbox(page: Page, host: string, to: string, linkPattern: RegExp, subject?: string | RegExp): Promise<string> {
  await page.goto(site(host, '/dev/boite-mail'));
  const rows = page.locator('li', { hasText: to });
  const row = (subject ? rows.filter({ hasText: subject }) : rows).first();
  await expect(async () => {
    await page.reload();
    await expect(row).toBeVisible({ timeout: 1_000 });
    await expect(row).not.toContainText('en attente', { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expectAccessible(page);
  await row.getByRole('link').first().click();
  const links = page.getByTestId('mail-link');
  // The click navigates: read the links of the email page, not of the list it leaves.
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
  const href = hrefs.find((h) => linkPattern.test(h));
  expect(href, `a link matching ${linkPattern} in the email to ${to}`).toBeTruthy();
  return href!;
}

let clientAddresses = 0;

/**
 * Signs up (or in) through the magic link, and completes the welcome step if asked. Each
 * person signs in from their own network address, as residents do: from one address, the whole
 * suite would share one council's per-address sign-in budget (lib/rate-limit/limiters.ts).
 */
export async function signIn(page: Page, host: string, email: string, displayName = 'Camille T.') {
  clientAddresses += 1;
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${(process.pid + clientAddresses) % 250}` });
  await page.goto(site(host, '/connexion'));
  await page.getByLabel('Votre adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir mon lien de connexion' }).click();
  await expect(page.getByRole('heading', { name: 'Regardez vos e-mails' })).toBeVisible();
  const link = await readLinkFromMailbox(page, host, email, /\/api\/auth\/callback\/email/);
  await page.goto(link);
  if (page.url().includes('/bienvenue')) {
    await page.getByLabel('Votre nom affiché').fill(displayName);
    await page.getByLabel('J’ai lu la charte et je m’engage à la respecter.').check();
    await page.getByRole('button', { name: 'C’est parti' }).click();
  }
  await expectSignedIn(page, displayName);
}

/** The header shows who is signed in, inside the "Mon espace" menu. */
export async function expectSignedIn(page: Page, displayName: string) {
  const menu = page.locator('header details');
  await menu.locator('summary', { hasText: 'Mon espace' }).click();
  await expect(menu.getByText(`Connecté·e : ${displayName}`)).toBeVisible();
  await menu.locator('summary').click();
}

/** Opens the signed-in person's "Mon espace" menu and follows one of its links. */
export async function openAccountLink(page: Page, name: string) {
  const menu = page.locator('header details');
  await menu.locator('summary', { hasText: 'Mon espace' }).click();
  await menu.getByRole('link', { name }).click();
}

export async function signOut(page: Page) {
  const menu = page.locator('header details');
  await menu.locator('summary', { hasText: 'Mon espace' }).click();
  await menu.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
}
