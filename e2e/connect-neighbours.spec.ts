import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, readLinkFromMailbox, signIn, site, uniqueEmail } from './helpers';

function unique(prefix: string) {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}

async function chooseQuartier(page: Page, host: string, name: string) {
  await page.goto(site(host, '/mon-adresse'));
  await page.getByRole('radio', { name }).check();
  await page.getByRole('button', { name: 'Enregistrer ce quartier' }).click();
  await expect(page.getByText('C’est enregistré.')).toBeVisible();
}

test.describe('neighbours connect (R6, R7, R8, R9)', () => {
  test('a standing offer, a matching need, the notification, a live conversation, address, chosen helper, done with thanks; Orne sees none of it', async ({ browser }) => {
    test.setTimeout(180_000);
    const helperContext = await browser.newContext();
    const requesterContext = await browser.newContext();
    const helper = await helperContext.newPage();
    const requester = await requesterContext.newPage();
    const helperEmail = uniqueEmail('hugo');
    const title = `Porter les courses ${unique('rue')}`;

    // The helper records a standing offer: groceries, 2 km, any day, instantly.
    await signIn(helper, 'herblay', helperEmail, 'Hugo H.');
    await chooseQuartier(helper, 'herblay', 'Le Val');
    await helper.goto(site('herblay', '/je-peux-aider'));
    await expectAccessible(helper);
    await helper.getByRole('checkbox', { name: 'Courses de première nécessité' }).check();
    await helper.getByLabel('Jusqu’à quelle distance de chez moi').selectOption('2000');
    await helper.getByRole('radio', { name: 'Tout de suite' }).check();
    await helper.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(helper.getByText('C’est enregistré. Merci pour votre aide !')).toBeVisible();

    // A resident of the same quartier posts a matching need.
    await signIn(requester, 'herblay', uniqueEmail('rose'), 'Rose R.');
    await chooseQuartier(requester, 'herblay', 'Le Val');
    await requester.goto(site('herblay', '/annonces/nouvelle?type=besoin'));
    await requester.getByLabel('Catégorie').selectOption({ label: 'Courses de première nécessité' });
    await requester.getByLabel('Titre').fill(title);
    await requester.getByLabel('Description').fill('Trois sacs à monter au deuxième étage, samedi matin.');
    await requester.getByRole('radio', { name: 'Quand vous voulez' }).check();
    await requester.getByRole('button', { name: 'Publier mon annonce' }).click();
    await expect(requester.getByRole('heading', { level: 1, name: title })).toBeVisible();
    // The requester sees how many neighbours can help, not who.
    await expect(requester.getByText(/voisins? peu(t|vent) vous aider à moins de/)).toBeVisible();
    await expect(requester.getByText('Hugo H.')).toHaveCount(0);

    // The helper's notification arrives in the development mailbox and leads to the need.
    const link = await readLinkFromMailbox(helper, 'herblay', helperEmail, /\/annonces\//, title);
    await helper.goto(link);
    await expect(helper.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expectAccessible(helper);
    await helper.getByRole('button', { name: 'Je peux aider' }).click();
    await expect(helper).toHaveURL(/\/messages\/[0-9a-f-]{36}$/);
    const conversationUrl = helper.url();
    await helper.getByLabel('Votre message').fill('Bonjour, je peux passer samedi vers 10 h.');
    await helper.getByRole('button', { name: 'Envoyer' }).click();
    await expect(helper.getByText('Bonjour, je peux passer samedi vers 10 h.')).toBeVisible();
    await expectAccessible(helper);

    // The requester opens the conversation; the next messages appear on both sides without reload.
    await requester.goto(site('herblay', '/messages'));
    await expectAccessible(requester);
    await requester.getByRole('link', { name: new RegExp(title) }).click();
    // The list page also quotes the last message: wait for the conversation itself.
    await expect(requester).toHaveURL(conversationUrl);
    await expect(requester.getByRole('list', { name: 'Messages de l’échange' }).getByText('Bonjour, je peux passer samedi vers 10 h.')).toBeVisible();
    await requester.getByLabel('Votre message').fill('Parfait, merci beaucoup !');
    await expect(requester.getByLabel('Votre message')).toHaveValue('Parfait, merci beaucoup !');
    await requester.getByRole('button', { name: 'Envoyer' }).click();
    await expect(requester.getByRole('list', { name: 'Messages de l’échange' }).getByText('Parfait, merci beaucoup !')).toBeVisible();
    await expect(helper.getByText('Parfait, merci beaucoup !')).toBeVisible({ timeout: 15_000 });

    // The exact address is shared only by the requester's action.
    await expect(helper.getByText('Adresse partagée')).toHaveCount(0);
    await requester.locator('summary', { hasText: 'Partager l’adresse' }).click();
    await requester.getByLabel('Adresse à partager').fill('7 rue des Écoles, 2e étage');
    await requester.getByRole('button', { name: 'Partager l’adresse' }).click();
    await expect(helper.getByText('7 rue des Écoles, 2e étage')).toBeVisible({ timeout: 15_000 });

    // Chosen ("en cours"), then done with a thank-you shown on the helper's profile.
    await requester.getByRole('button', { name: 'Choisir cette personne pour m’aider' }).click();
    await expect(requester.getByText('Vous avez choisi cette personne.')).toBeVisible();
    await requester.getByLabel('Un petit mot de remerciement (facultatif)').fill('Merci Hugo, un vrai coup de main !');
    await requester.getByRole('button', { name: 'C’est fait' }).click();
    await expect(requester.getByText('Cette annonce est résolue.')).toBeVisible();
    await expectAccessible(requester);
    await requester.getByRole('link', { name: 'Avec Hugo H.' }).click();
    await expect(requester.getByText('« Merci Hugo, un vrai coup de main ! »')).toBeVisible();
    await expectAccessible(requester);

    // An Orne resident sees none of it: not the post, not the conversation, not the profile.
    const orneContext = await browser.newContext();
    const orne = await orneContext.newPage();
    await signIn(orne, 'orne', uniqueEmail('odile'), 'Odile O.');
    const postPath = new URL(link).pathname;
    expect((await orne.goto(site('orne', postPath)))?.status()).toBe(404);
    expect((await orne.goto(site('orne', new URL(conversationUrl).pathname)))?.status()).toBe(404);
    await orne.goto(site('orne', '/annonces'));
    await expect(orne.getByText(title)).toHaveCount(0);
    const api = await orne.evaluate(async (path) => (await fetch(`/api/conversations/${path.split('/').pop()}/messages`)).status, conversationUrl);
    expect(api).toBe(404);
    await orneContext.close();
    await helperContext.close();
    await requesterContext.close();
  });

  test('a third resident of the same council cannot read the conversation', async ({ browser }) => {
    const a = await (await browser.newContext()).newPage();
    await signIn(a, 'herblay', uniqueEmail('auteur'), 'Anne A.');
    await chooseQuartier(a, 'herblay', 'Centre-ville');
    await a.goto(site('herblay', '/annonces/nouvelle?type=offre'));
    const title = `Prêter une perceuse ${unique('p')}`;
    await a.getByLabel('Catégorie').selectOption({ label: 'Petit bricolage' });
    await a.getByLabel('Titre').fill(title);
    await a.getByLabel('Description').fill('Une perceuse à prêter pour le week-end.');
    await a.getByRole('radio', { name: 'Quand vous voulez' }).check();
    await a.getByRole('button', { name: 'Publier mon annonce' }).click();
    await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const postUrl = a.url();

    const b = await (await browser.newContext()).newPage();
    await signIn(b, 'herblay', uniqueEmail('bruno'), 'Bruno B.');
    await b.goto(postUrl);
    await b.getByRole('button', { name: 'Ça m’intéresse' }).click();
    await expect(b).toHaveURL(/\/messages\//);
    const conversation = new URL(b.url()).pathname;

    const c = await (await browser.newContext()).newPage();
    await signIn(c, 'herblay', uniqueEmail('chloe'), 'Chloé C.');
    expect((await c.goto(site('herblay', conversation)))?.status()).toBe(404);
    const status = await c.evaluate(async (path) => (await fetch(`/api/conversations/${path.split('/').pop()}/messages`)).status, conversation);
    expect(status).toBe(404);
  });

  test('answer a post, report it and get an acknowledgement; its author unsubscribes in one click without signing in', async ({ page, browser }) => {
    await signIn(page, 'herblay', uniqueEmail('signal'), 'Sam S.');
    await page.goto(site('herblay', '/annonces?type=besoin'));
    await page.locator('main article a').first().click();
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!;
    await page.getByRole('button', { name: 'Je peux aider' }).click();
    await expect(page).toHaveURL(/\/messages\//);
    await page.getByRole('link', { name: new RegExp(`À propos de`) }).click();
    await page.getByRole('link', { name: 'Signaler cette annonce' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await expect(page.getByText('Expliquez en quelques mots (3 à 1 000 caractères).')).toBeVisible();
    await page.getByLabel('Que se passe-t-il ?').fill('Cette annonce demande de l’argent.');
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await expect(page.getByText('Merci. Votre signalement a bien été reçu')).toBeVisible();
    await expectAccessible(page);

    // Preferences, my data and privacy pages render and are accessible; the export is mine.
    for (const path of ['/preferences', '/mes-donnees', '/confidentialite', '/je-peux-aider']) {
      await page.goto(site('herblay', path));
      await expectAccessible(page);
    }
    const exported = await page.evaluate(async () => {
      const r = await fetch('/mes-donnees/export');
      return { status: r.status, body: (await r.json()) as { account: { displayName: string }; conversations: unknown[] } };
    });
    expect(exported.status).toBe(200);
    expect(exported.body.account.displayName).toBe('Sam S.');
    expect(exported.body.conversations).toHaveLength(1);

    // The post's author was emailed; the unsubscribe link works signed out, after one confirmation.
    const mailbox = await (await browser.newContext()).newPage();
    await mailbox.goto(site('herblay', '/dev/boite-mail'));
    const notification = mailbox.locator('li', { hasText: `Quelqu’un vous propose son aide — ${title}` }).first();
    await expect(async () => {
      await mailbox.reload();
      await expect(notification).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await notification.getByRole('link').first().click();
    await expect(mailbox.getByTestId('mail-link').first()).toBeVisible();
    const hrefs = await mailbox.getByTestId('mail-link').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
    const unsubscribe = hrefs.find((h) => h.includes('/desabonnement?'));
    expect(unsubscribe).toBeTruthy();
    await mailbox.goto(unsubscribe!);
    await expectAccessible(mailbox);
    await mailbox.getByRole('button', { name: 'Confirmer le désabonnement' }).click();
    await expect(mailbox.getByText('C’est fait : vous ne recevrez plus ces e-mails.')).toBeVisible();
  });
});
