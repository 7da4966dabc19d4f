import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { signWebhook, subscriptionEvent } from '../lib/billing/test-events';
import { readZip } from '../lib/operator/zip-reader';
import { expectAccessible, expectSignedIn, readLinkFromMailbox, ROOT_URL, site, uniqueEmail } from './helpers';
import { E2E_OPERATOR_EMAIL, E2E_STRIPE_WEBHOOK_SECRET } from './operator-env';

/** The operator signs in on admin.localhost through the operator host's own mailbox. */
async function signInAsOperator(page: Page) {
  await page.goto(site('admin', '/'));
  await expect(page).toHaveURL(/\/connexion$/);
  await expect(page.getByRole('heading', { name: 'Console opérateur' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Votre adresse e-mail d’opérateur').fill(E2E_OPERATOR_EMAIL);
  await page.getByRole('button', { name: 'Recevoir mon lien de connexion' }).click();
  await expect(page.getByRole('heading', { name: 'Regardez vos e-mails' })).toBeVisible();
  await expectAccessible(page);
  const link = await readLinkFromMailbox(page, 'admin', E2E_OPERATOR_EMAIL, /\/api\/operator-auth\/callback\/email/);
  expect(new URL(link).host).toBe(new URL(site('admin')).host);
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Communes', level: 1 })).toBeVisible();
  await expect(page.getByText(`Connecté·e : ${E2E_OPERATOR_EMAIL}`)).toBeVisible();
  await expectAccessible(page);
}

async function postWebhook(page: Page, event: ReturnType<typeof subscriptionEvent>) {
  const payload = JSON.stringify(event);
  const response = await page.request.post(`${ROOT_URL}api/stripe/webhook`, {
    headers: { 'content-type': 'application/json', 'stripe-signature': signWebhook(payload, E2E_STRIPE_WEBHOOK_SECRET) },
    data: payload,
  });
  expect(response.status(), await response.text()).toBe(200);
  return response.json() as Promise<{ outcome?: string; duplicate?: boolean }>;
}

test.describe('operator console (O1–O7)', () => {
  // One operator account signs in through one mailbox: one test at a time, so each reads its own link.
  test.describe.configure({ mode: 'default' });

  test('onboards Conflans-Sainte-Honorine, bills it through Stripe webhooks, exports and deletes it', async ({ page, browser }) => {
    test.setTimeout(300_000);
    const adminEmail = uniqueEmail('maire.adjointe');

    await signInAsOperator(page);

    // ---- O2: the wizard, with its checks.
    await page.getByRole('link', { name: 'Nouvelle commune' }).click();
    await expect(page.getByRole('heading', { name: 'Étape 1 sur 6 : Identité' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByText('Indiquez le nom de la collectivité (2 à 120 caractères).')).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Nom de la collectivité').fill('Conflans-Sainte-Honorine');
    await page.getByLabel('Code INSEE').fill('78172');
    await page.getByLabel('Nombre d’habitants').fill('35000');
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expect(page.getByRole('heading', { name: 'Étape 2 sur 6 : Adresse du site' })).toBeVisible();
    const slug = page.getByLabel('Sous-domaine');
    await expect(slug).toHaveValue('conflans-sainte-honorine');
    await slug.fill('admin');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByText('Ce sous-domaine est réservé à la plateforme. Choisissez-en un autre.')).toBeVisible();
    await slug.fill('herblay');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByText('Ce sous-domaine est déjà utilisé par une autre collectivité.')).toBeVisible();
    await expect(slug).toHaveValue('herblay');
    await expectAccessible(page);
    await slug.fill('conflans');
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expect(page.getByRole('heading', { name: 'Étape 3 sur 6 : Carte' })).toBeVisible();
    await page.getByLabel('Latitude du centre').fill('48.9947');
    await page.getByLabel('Longitude du centre').fill('2.0947');
    await page.getByLabel('Rayon par défaut (km)').fill('3');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expect(page.getByRole('heading', { name: 'Étape 4 sur 6 : Apparence' })).toBeVisible();
    await page.getByLabel('Couleur principale').fill('#7a1f2b');
    await page.getByLabel('Couleur secondaire').fill('#0b5d8f');
    await page.getByRole('radio', { name: /L'essentiel/ }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expect(page.getByRole('heading', { name: 'Étape 5 sur 6 : Premier administrateur' })).toBeVisible();
    await page.getByLabel('Adresse e-mail du premier administrateur').fill(adminEmail);
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expect(page.getByRole('heading', { name: 'Étape 6 sur 6 : Vérification' })).toBeVisible();
    await expect(page.getByText(adminEmail)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Créer la commune' }).click();

    await expect(page.getByRole('heading', { name: 'Conflans-Sainte-Honorine', level: 1 })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('La collectivité est en ligne, en période d’essai.')).toBeVisible();
    await expect(page.getByText('État actuel : Essai')).toBeVisible();
    await expect(page.getByRole('link', { name: /Bac à sable de formation : conflans-formation\.localhost/ })).toBeVisible();
    await expectAccessible(page);
    const councilPage = page.url();

    // ---- O4: a yearly subscription paid by invoice, through the real Stripe SDK (fake server).
    await page.getByRole('button', { name: 'Démarrer l’abonnement par facture (virement, 30 jours)' }).click();
    await expect(page.getByTestId('subscription')).toContainText(/sub_[0-9a-f]+ — payé \(active\), facture à régler par virement \(30 jours\)/);
    await expect(page.getByText('État actuel : Active')).toBeVisible();
    const subscriptionId = (await page.getByTestId('subscription').textContent())!.match(/sub_[0-9a-f]+/)![0];
    const customerId = (await page.getByText(/Client Stripe : cus_/).textContent())!.match(/cus_[0-9a-f]+/)![0];

    // ---- O3: a custom domain, its DNS instructions and a check that never crashes offline.
    await page.getByRole('textbox', { name: 'Nom de domaine' }).fill('entraide.ville-conflans.fr');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText('Nom de domaine enregistré.')).toBeVisible();
    await expect(page.getByText('Créez un enregistrement CNAME pour entraide.ville-conflans.fr qui pointe vers conflans.localhost.')).toBeVisible();
    await page.getByRole('button', { name: 'Vérifier le réglage DNS' }).click();
    await expect(page.getByTestId('dns-check')).toContainText(/entraide\.ville-conflans\.fr|Impossible de vérifier pour le moment/, { timeout: 20_000 });
    await expectAccessible(page);

    // ---- The invited admin signs in on the council's own host from the mailbox link.
    const link = await readLinkFromMailbox(page, 'conflans', adminEmail, /\/api\/auth\/callback\/email/);
    expect(new URL(link).host).toBe(new URL(site('conflans')).host);
    await page.goto(link);
    await expect(page).toHaveURL(/\/bienvenue/);
    await page.getByLabel('Votre nom affiché').fill('Nadia B.');
    await page.getByLabel('J’ai lu la charte et je m’engage à la respecter.').check();
    await page.getByRole('button', { name: 'C’est parti' }).click();
    await expectSignedIn(page, 'Nadia B.');
    await expect(page.getByRole('link', { name: 'Conflans-Sainte-Honorine' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Conflans-Sainte-Honorine, on se donne un coup de main' })).toBeVisible();
    await expect(page.locator('header').first()).toHaveCSS('background-color', 'rgb(122, 31, 43)');
    await expectAccessible(page);

    // A council session is worthless in the console.
    const councilCookies = await page.context().cookies(site('conflans'));
    const stranger = await browser.newContext();
    await stranger.addCookies(councilCookies.map((c) => ({ ...c, domain: 'admin.localhost' })));
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(site('admin', '/'));
    await expect(strangerPage).toHaveURL(/\/connexion$/);

    // ---- Signed webhooks: past due (admins see a notice), unpaid (read-only for everyone), paid.
    const now = Math.floor(Date.now() / 1000);
    const webhook = (status: string, at: number) =>
      subscriptionEvent({ subscriptionId, customerId, status, created: at, subscriptionCreated: now - 3600 });
    expect((await postWebhook(page, webhook('past_due', now + 1))).outcome).toBe('applied');
    await page.goto(site('conflans'));
    await expect(page.getByText('Un paiement est en retard')).toBeVisible();
    await expect(page.getByText('Ce site est en lecture seule')).toHaveCount(0);
    await expectAccessible(page);
    await strangerPage.goto(site('conflans'));
    await expect(strangerPage.getByRole('heading', { name: 'Conflans-Sainte-Honorine, on se donne un coup de main' })).toBeVisible();
    await expect(strangerPage.getByText('Un paiement est en retard')).toHaveCount(0);

    const unpaid = webhook('unpaid', now + 2);
    expect((await postWebhook(page, unpaid)).outcome).toBe('applied');
    expect(await postWebhook(page, unpaid)).toMatchObject({ duplicate: true });
    await page.goto(site('conflans'));
    await expect(page.getByText('Ce site est en lecture seule')).toBeVisible();
    await expect(page.getByText('L’abonnement n’a pas été réglé après le délai prévu.')).toBeVisible();
    await expectAccessible(page);
    await strangerPage.goto(site('conflans'));
    await expect(strangerPage.getByText('Ce site est en lecture seule')).toBeVisible();
    await expect(strangerPage.getByText('personne ne peut publier de nouvelle annonce')).toBeVisible();
    // An older state arriving late changes nothing.
    expect((await postWebhook(page, webhook('active', now))).outcome).toBe('stale');
    await strangerPage.reload();
    await expect(strangerPage.getByText('Ce site est en lecture seule')).toBeVisible();

    expect((await postWebhook(page, webhook('active', now + 3))).outcome).toBe('applied');
    await page.goto(site('conflans'));
    await expectSignedIn(page, 'Nadia B.');
    await expect(page.getByText('Ce site est en lecture seule')).toHaveCount(0);
    await expect(page.getByText('Un paiement est en retard')).toHaveCount(0);
    await stranger.close();

    // ---- O5: the history says who did what; export, then deletion with typed confirmation.
    await page.goto(councilPage);
    await expect(page.getByRole('cell', { name: 'Paiement en retard → Paiement en retard (lecture seule activée)' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'stripe' }).first()).toBeVisible();
    await page.getByLabel('Pour confirmer, tapez le sous-domaine : conflans').fill('conflans');
    await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await expect(page.getByText('Faites d’abord un export (de moins de 24 heures) : la suppression n’est possible qu’après.').first()).toBeVisible();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger l’export' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^coupdemain-conflans-\d{8}-\d{4}\.zip$/);
    const files = readZip(await readFile((await download.path())!));
    expect(files.get('personnes.csv')!.toString('utf8')).toContain(adminEmail);
    expect([...files.keys()]).toEqual(expect.arrayContaining(['tables/users.json', 'tables/posts.json', 'tables/councils.json', 'annonces.csv']));

    await page.goto(councilPage);
    await expect(page.getByText(/Dernier export : .*operateur@e2e\.example/)).toBeVisible();
    await page.getByLabel('Pour confirmer, tapez le sous-domaine : conflans').fill('conflan');
    await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await expect(page.getByText('Le texte tapé ne correspond pas au sous-domaine. Rien n’a été supprimé.')).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Pour confirmer, tapez le sous-domaine : conflans').fill('conflans');
    await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await expect(page.getByText('La collectivité conflans a été supprimée.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Conflans-Sainte-Honorine' })).toHaveCount(0);
    await expectAccessible(page);

    // Its host, and its sandbox's, now get the 404 page.
    for (const host of ['conflans', 'conflans-formation']) {
      const response = await page.goto(site(host));
      expect(response!.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Cette commune n’utilise pas Coup de main' })).toBeVisible();
    }

    // ---- O7: the journal has it all, filterable.
    await page.goto(site('admin', '/journal'));
    await expect(page.getByRole('heading', { name: 'Journal des actions' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Collectivité', { exact: true }).fill('conflans');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    for (const action of ['Collectivité créée', 'Abonnement démarré', 'Nom de domaine changé', 'Données exportées', 'Collectivité supprimée']) {
      await expect(page.getByRole('cell', { name: action, exact: true }).first()).toBeVisible();
    }
    await page.getByLabel('Action', { exact: true }).selectOption('tenant.delete');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect(page.getByRole('cell', { name: 'Collectivité créée', exact: true })).toHaveCount(0);
    const csv = await page.evaluate(async () => {
      const response = await fetch('/journal/export?commune=conflans');
      return { type: response.headers.get('content-type'), body: await response.text() };
    });
    expect(csv.type).toContain('text/csv');
    expect(csv.body).toContain('tenant.delete');
  });

  test('the fleet lists the demo councils, searchable and sortable, without their sandboxes', async ({ page }) => {
    await signInAsOperator(page);
    await expect(page.getByRole('link', { name: 'Herblay-sur-Seine' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Département de l\'Orne' })).toBeVisible();
    await page.getByRole('link', { name: 'Trier par Habitants inscrits' }).click();
    await expect(page.getByRole('columnheader', { name: /Habitants inscrits/ })).toHaveAttribute('aria-sort', 'descending');
    await expectAccessible(page);
    await page.getByLabel('Rechercher une commune').fill('herblay');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByRole('link', { name: 'Herblay-sur-Seine' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Département de l\'Orne' })).toHaveCount(0);
    await expectAccessible(page);
  });

  test('the console is only on admin.localhost, and a council account cannot get a link there', async ({ page }) => {
    // The operator's auth route does not exist on a council's host…
    const onCouncil = await page.goto(site('herblay', '/api/operator-auth/session'));
    expect(onCouncil!.status()).toBe(404);
    // …and the console's pages are not reachable from one.
    const response = await page.goto(site('herblay', '/operator'));
    expect(response!.status()).toBe(404);
    // Nor the Stripe webhook, nor a council's billing portal for anyone but its admins.
    await page.goto(site('herblay'));
    const webhookOnCouncil = await page.evaluate(async () => (await fetch('/api/stripe/webhook', { method: 'POST', body: '{}' })).status);
    expect(webhookOnCouncil).toBe(404);
    const portal = await page.goto(site('herblay', '/facturation/portail'));
    expect(portal!.status()).toBe(404);
    // A council admin's address gets the same answer as anyone, and no email.
    await page.goto(site('admin', '/connexion'));
    await page.getByLabel('Votre adresse e-mail d’opérateur').fill('admin@herblay.example');
    await page.getByRole('button', { name: 'Recevoir mon lien de connexion' }).click();
    await expect(page.getByRole('heading', { name: 'Regardez vos e-mails' })).toBeVisible();
    await page.goto(site('admin', '/dev/boite-mail'));
    await expect(page.getByText('admin@herblay.example')).toHaveCount(0);
    await expectAccessible(page);
    // A forged or reused link ends on a plain explanation.
    await page.goto(site('admin', '/api/operator-auth/callback/email?token=faux&email=admin%40herblay.example'));
    await expect(page.getByRole('heading', { name: 'Connexion impossible' })).toBeVisible();
    await expectAccessible(page);
  });
});
