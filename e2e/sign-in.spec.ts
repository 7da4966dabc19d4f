import { expect, test } from '@playwright/test';
import { expectAccessible, expectSignedIn, readLinkFromMailbox, signIn, signOut, site, uniqueEmail } from './helpers';

test.describe('accounts belong to one council (R2, X1)', () => {
  test('a resident signs up on Herblay through the mailbox link, and that session is worthless on Orne', async ({ page, context }) => {
    const email = uniqueEmail('camille');
    await page.goto(site('herblay', '/connexion'));
    await expectAccessible(page);
    await signIn(page, 'herblay', email, 'Camille T.');
    await expectAccessible(page);

    // The session cookie is host-only: Chromium does not send it to orne.localhost…
    const cookies = await context.cookies(site('herblay'));
    const session = cookies.find((c) => c.name.endsWith('authjs.session-token'));
    expect(session, 'a session cookie on herblay').toBeTruthy();
    expect(session!.domain).toBe('herblay.localhost');
    await page.goto(site('orne'));
    await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();

    // …and even replayed there by hand, Orne does not know it.
    await context.addCookies([{ ...session!, domain: 'orne.localhost' }]);
    await page.goto(site('orne'));
    await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
    await expect(page.getByText('Connecté·e')).toHaveCount(0);

    // Back on Herblay the resident is still signed in, then signs out.
    await page.goto(site('herblay'));
    await expectSignedIn(page, 'Camille T.');
    await signOut(page);
  });

  test('a magic link minted on Herblay signs nobody in on Orne', async ({ page }) => {
    const email = uniqueEmail('dominique');
    await page.goto(site('herblay', '/connexion'));
    await page.getByLabel('Votre adresse e-mail').fill(email);
    await page.getByRole('button', { name: 'Recevoir mon lien de connexion' }).click();
    const link = await readLinkFromMailbox(page, 'herblay', email, /\/api\/auth\/callback\/email/);
    expect(new URL(link).host).toBe(new URL(site('herblay')).host);

    const onOrne = new URL(link);
    onOrne.host = new URL(site('orne')).host;
    await page.goto(onOrne.toString());
    await expect(page.getByRole('heading', { name: 'Connexion impossible' })).toBeVisible();
    await expectAccessible(page);
    await page.goto(site('orne'));
    await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();

    // The genuine link still works on its own council.
    await page.goto(link);
    await expect(page).toHaveURL(/\/bienvenue/);
    await expectAccessible(page);
  });

  test('a bad address is explained and kept in the form', async ({ page }) => {
    await page.goto(site('orne', '/connexion'));
    await page.getByLabel('Votre adresse e-mail').fill('pas-une-adresse');
    await page.getByRole('button', { name: 'Recevoir mon lien de connexion' }).click();
    await expect(page.getByText('Cette adresse e-mail ne semble pas correcte. Vérifiez-la.')).toBeVisible();
    await expect(page.getByLabel('Votre adresse e-mail')).toHaveValue('pas-une-adresse');
    await expectAccessible(page);
  });

  test('the welcome step requires a name and the charter', async ({ page }) => {
    const email = uniqueEmail('alex');
    await page.goto(site('orne', '/connexion'));
    await page.getByLabel('Votre adresse e-mail').fill(email);
    await page.getByRole('button', { name: 'Recevoir mon lien de connexion' }).click();
    const link = await readLinkFromMailbox(page, 'orne', email, /\/api\/auth\/callback\/email/);
    await page.goto(link);
    await expect(page).toHaveURL(/\/bienvenue/);
    await page.getByLabel('Votre nom affiché').fill('Alex P.');
    await page.getByRole('button', { name: 'C’est parti' }).click();
    await expect(page.getByText('Pour continuer, cochez la case de la charte.')).toBeVisible();
    await expect(page.getByLabel('Votre nom affiché')).toHaveValue('Alex P.');
    await expectAccessible(page);
    await page.getByLabel('J’ai lu la charte et je m’engage à la respecter.').check();
    await page.getByRole('button', { name: 'C’est parti' }).click();
    await expectSignedIn(page, 'Alex P.');
  });
});
