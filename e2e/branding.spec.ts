import { expect, test } from '@playwright/test';
import { expectAccessible, ROOT_URL, site } from './helpers';

test.describe('each council renders in its own branding (R1, X1)', () => {
  test('Herblay: name, logo, colours, categories and latest posts', async ({ page }) => {
    await page.goto(site('herblay'));
    await expect(page).toHaveTitle(/Herblay-sur-Seine/);
    const header = page.getByRole('banner');
    await expect(header.getByText('Herblay-sur-Seine')).toBeVisible();
    await expect(header.locator('img[src^="/logo"]')).toBeVisible();
    await expect(header).toHaveCSS('background-color', 'rgb(15, 76, 129)'); // #0F4C81
    await expect(page.getByRole('link', { name: /J’ai besoin d’aide/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Je propose de l’aide/ })).toBeVisible();
    const categories = page.getByRole('region', { name: 'Ce que les voisins font ensemble' });
    await expect(categories.getByText('Petit bricolage')).toBeVisible(); // Herblay's own category
    await expect(page.getByText('Aide aux agriculteurs')).toHaveCount(0); // Orne's
    await expect(page.getByRole('heading', { name: 'Annonces près du centre' })).toBeVisible();
    await expect(page.locator('article').first()).toBeVisible();
    await expectAccessible(page);

    const logo = await page.evaluate(async () => {
      const r = await fetch('/logo');
      return { status: r.status, type: r.headers.get('content-type') };
    });
    expect(logo).toEqual({ status: 200, type: 'image/svg+xml' });
  });

  test('Orne: its own name, colours and categories', async ({ page }) => {
    await page.goto(site('orne'));
    await expect(page).toHaveTitle(/Orne/);
    const header = page.getByRole('banner');
    await expect(header).toHaveCSS('background-color', 'rgb(46, 94, 58)'); // #2E5E3A
    const categories = page.getByRole('region', { name: 'Ce que les voisins font ensemble' });
    await expect(categories.getByText('Aide aux agriculteurs')).toBeVisible();
    await expect(page.getByText('Petit bricolage')).toHaveCount(0);
    await expectAccessible(page);
  });

  test('the charter and legal pages are the council’s', async ({ page }) => {
    await page.goto(site('orne', '/charte'));
    await expect(page.getByRole('heading', { name: 'Charte de l’entraide' })).toBeVisible();
    await expectAccessible(page);
    await page.goto(site('orne', '/mentions-legales'));
    await expect(page.getByText('Hôtel du Département', { exact: false })).toBeVisible();
    await expectAccessible(page);
  });

  test('an unknown host gets the “not a Coup de main town” page with a 404', async ({ page }) => {
    const response = await page.goto(site('nulle-part'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Cette commune n’utilise pas Coup de main' })).toBeVisible();
    await expectAccessible(page);
    const reserved = await page.goto(site('www'));
    expect(reserved?.status()).toBe(404);
  });

  test('the root host presents the product and the open networks', async ({ page }) => {
    await page.goto(ROOT_URL);
    await expect(page.getByRole('heading', { name: 'Coup de main', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Herblay-sur-Seine' })).toBeVisible();
    await expectAccessible(page);
  });

  test('tenant headers sent by the client are ignored', async ({ page }) => {
    await page.setExtraHTTPHeaders({
      'x-cdm-tenant-id': '00000000-0000-4000-8000-000000000000',
      'x-cdm-host': 'orne.localhost',
      'x-cdm-host-signature': 'forged',
      'x-forwarded-host': 'orne.localhost',
    });
    const response = await page.goto(site('herblay'));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('banner').getByText('Herblay-sur-Seine')).toBeVisible();
    await expect(page.getByText("Département de l'Orne")).toHaveCount(0);
  });

  test('the language switch shows the site in English and back', async ({ page }) => {
    await page.goto(site('herblay'));
    await page.getByRole('button', { name: 'Read this site in English' }).click();
    await expect(page.getByRole('link', { name: /I need help/ })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Lire ce site en français' }).click();
    await expect(page.getByRole('link', { name: /J’ai besoin d’aide/ })).toBeVisible();
  });
});
