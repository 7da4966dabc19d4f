import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn, site, uniqueEmail } from './helpers';

function unique(prefix: string) {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}

/** A day in French time, as the dashboard's date fields take it. */
function frenchDay(offsetDays: number) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

const PRIVATE = { name: 'Josette Lambertini', phone: '01 39 97 40 00', address: '12 rue de la Fontaine' };

async function expectNothingPrivate(page: Page) {
  const html = await page.content();
  for (const secret of ['Josette', 'Lambertini', '39 97 40', '0139974000', 'Fontaine', 'appelée le matin']) expect(html, secret).not.toContain(secret);
}

test.describe('council console, part 2 (A5, A7, A8, A11)', () => {
  test('an agent records a need for a resident: public "via la mairie" with nothing private, answered, followed up and closed', async ({ browser }) => {
    test.setTimeout(240_000);
    const agentContext = await browser.newContext();
    const helperContext = await browser.newContext();
    const visitorContext = await browser.newContext();
    const agent = await agentContext.newPage();
    const helper = await helperContext.newPage();
    const visitor = await visitorContext.newPage();
    const title = `Courses guichet ${unique('g')}`;

    await signIn(agent, 'herblay', 'accueil@herblay.example', 'Hélène Petit');
    await agent.goto(site('herblay', '/admin'));
    await expectAccessible(agent);
    await agent.getByRole('link', { name: 'Guichet', exact: true }).click();
    await expect(agent.getByRole('heading', { level: 1, name: 'Guichet : demandes d’aide assistées' })).toBeVisible();
    await expectAccessible(agent);
    await agent.getByRole('link', { name: 'Enregistrer une nouvelle demande' }).click();
    await expectAccessible(agent);

    await agent.getByLabel('Nom et prénom').fill(PRIVATE.name);
    await agent.getByRole('textbox', { name: 'Téléphone' }).fill(PRIVATE.phone);
    await agent.getByRole('textbox', { name: 'Adresse', exact: true }).fill(PRIVATE.address);
    await agent.getByRole('button', { name: 'Chercher cette adresse' }).click();
    await expect(agent.getByRole('radio', { name: '12 Rue de la Fontaine 95220 Herblay-sur-Seine' })).toBeChecked();
    await expectAccessible(agent);
    await agent.getByRole('checkbox', { name: /La personne est d’accord/ }).check();
    await agent.getByRole('radio', { name: 'Au téléphone' }).check();
    await agent.getByLabel('Catégorie').selectOption({ label: 'Courses de première nécessité' });
    await agent.getByLabel('Titre').fill(title);
    // Out of habit, the agent names the person: refused, with the reason, nothing lost.
    await agent.getByLabel('Description').fill('Mme Lambertini a besoin de quelques courses au supermarché.');
    await agent.getByLabel('Note pour l’équipe (facultatif, privée)').fill('Préfère être appelée le matin');
    await agent.getByRole('button', { name: 'Publier la demande' }).click();
    await expect(agent.getByText('Le nom de la personne apparaît ici : il doit rester privé. Retirez-le.')).toBeVisible();
    await expect(agent.getByLabel('Nom et prénom')).toHaveValue(PRIVATE.name);
    await expectAccessible(agent);
    await agent.getByLabel('Description').fill('Quelques courses au supermarché, remboursées sur ticket.');
    await agent.getByRole('button', { name: 'Publier la demande' }).click();
    await expect(agent.getByText('La demande est publiée « via la mairie ».', { exact: false })).toBeVisible();
    await expect(agent.getByTestId('requester-name')).toHaveText(PRIVATE.name);
    await expect(agent.getByTestId('assisted-status')).toHaveText('En attente de réponse');
    await expectAccessible(agent);
    const requestUrl = agent.url().split('?')[0]!;

    // Anyone searching finds it "via la mairie", and nothing private is in the page.
    await visitor.goto(site('herblay', `/annonces?q=${encodeURIComponent(title)}`));
    const card = visitor.locator('article', { hasText: title });
    await expect(card).toContainText('Via la mairie — Herblay-sur-Seine');
    await expectNothingPrivate(visitor);
    await expectAccessible(visitor);
    await card.getByRole('link', { name: title }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(visitor.getByText('Via la mairie — Herblay-sur-Seine')).toBeVisible();
    await expectNothingPrivate(visitor);
    const postUrl = visitor.url();

    // A neighbour answers; the answer reaches the guichet's shared inbox.
    await signIn(helper, 'herblay', uniqueEmail('paul'), 'Paul R.');
    await helper.goto(postUrl);
    await expectNothingPrivate(helper);
    await helper.getByRole('button', { name: 'Je peux aider' }).click();
    await expect(helper).toHaveURL(/\/messages\/[0-9a-f-]{36}$/);
    await expect(helper.getByText('Avec Via la mairie — Herblay-sur-Seine')).toBeVisible();
    await helper.getByLabel('Votre message').fill('Bonjour, je peux y aller jeudi matin.');
    await helper.getByRole('button', { name: 'Envoyer' }).click();
    await expect(helper.getByText('Bonjour, je peux y aller jeudi matin.')).toBeVisible();
    await expectNothingPrivate(helper);

    await agent.goto(requestUrl);
    await expect(agent.getByTestId('assisted-status')).toHaveText('Des voisins ont répondu');
    await agent.getByRole('link', { name: 'Ouvrir l’échange avec Paul R.' }).click();
    await expect(agent.getByText('Bonjour, je peux y aller jeudi matin.')).toBeVisible();
    await expectAccessible(agent);
    await agent.getByLabel('Votre message (au nom de la mairie)').fill('Merci ! Jeudi matin, c’est parfait.');
    await agent.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await expect(agent.getByText('Message envoyé.')).toBeVisible();
    await agent.getByRole('button', { name: 'Choisir cette personne pour aider' }).click();
    await expect(agent.getByText('Cette personne a été choisie. La demande est « en cours ».').first()).toBeVisible();
    await agent.getByRole('button', { name: 'Transmettre l’adresse à cette personne' }).click();
    await expect(agent.getByText('L’adresse a été transmise à cette personne.')).toBeVisible();
    await expectAccessible(agent);

    // The helper reads the council's message and, now chosen, the address — never the name or phone.
    await helper.reload();
    await expect(helper.getByText('Merci ! Jeudi matin, c’est parfait.')).toBeVisible();
    await expect(helper.getByText(PRIVATE.address)).toBeVisible();
    const helperHtml = await helper.content();
    for (const secret of ['Josette', 'Lambertini', '39 97 40', 'Hélène']) expect(helperHtml, secret).not.toContain(secret);

    await agent.getByLabel('Un mot de remerciement de la part de la personne aidée (facultatif)').fill('Merci beaucoup Paul !');
    await agent.getByRole('button', { name: 'C’est fait : clore la demande' }).click();
    await expect(agent.getByText('Merci ! La demande est terminée.')).toBeVisible();
    await expect(agent.getByTestId('assisted-status')).toHaveText('Terminée');
    await agent.goto(site('herblay', '/admin/guichet?vue=terminees'));
    await expect(agent.getByTestId('assisted-list')).toContainText(title);
    await expectAccessible(agent);

    await Promise.all([agentContext.close(), helperContext.close(), visitorContext.close()]);
  });

  test('the dashboard shows figures consistent with the data, and its CSV downloads without personal data', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, 'herblay', 'moderation@herblay.example', 'Karim Benali');
    // A closed period (up to yesterday): nothing other tests publish today can change it.
    const from = frenchDay(-60);
    const to = frenchDay(-1);
    await page.goto(site('herblay', '/admin'));
    await page.getByLabel('Du', { exact: true }).fill(from);
    await page.getByLabel('Au', { exact: true }).fill(to);
    await page.getByRole('button', { name: 'Afficher' }).click();
    await expect(page).toHaveURL(new RegExp(`du=${from}&au=${to}`));
    await expectAccessible(page);

    const totals = page.getByTestId('dashboard-totals');
    const total = async (label: string) => Number(await totals.locator('div', { hasText: label }).locator('dd').textContent());
    const needs = await total('Demandes d’aide publiées');
    const offers = await total('Propositions d’aide publiées');
    expect(needs).toBeGreaterThan(0);
    expect(offers).toBeGreaterThan(0);
    expect(await total('Demandes résolues')).toBeLessThanOrEqual(needs);

    const sums = async (testId: string) => {
      const rows = await page.getByTestId(testId).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))));
      return rows.reduce((acc, [n, o]) => [acc[0]! + n!, acc[1]! + o!], [0, 0]);
    };
    expect(await sums('categories-table')).toEqual([needs, offers]);
    expect(await sums('semaines-table')).toEqual([needs, offers]);
    expect(await sums('quartiers-table')).toEqual([needs, offers]);
    await expect(page.getByRole('img', { name: 'Demandes et propositions par catégorie' })).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Télécharger ces chiffres/ }).click()]);
    expect(download.suggestedFilename()).toBe(`tableau-de-bord-herblay-${from}-${to}.csv`);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain(`Totaux;Demandes d’aide publiées;;;${needs}\r\n`);
    expect(csv).toContain(`Totaux;Propositions d’aide publiées;;;${offers}\r\n`);
    const firstCategory = await page.getByTestId('categories-table').locator('tbody tr').first().evaluate((tr) => [...tr.children].map((c) => c.textContent));
    expect(csv).toContain(`Catégorie;${firstCategory[0]};${firstCategory[1]};${firstCategory[2]};\r\n`);
    expect(csv).not.toMatch(/@|herblay\.example|Monique/);
  });

  test('the training sandbox: entered from the console, branded, practised in, reset to its synthetic data', async ({ page }) => {
    test.setTimeout(240_000);
    await signIn(page, 'herblay', 'admin@herblay.example', 'Isabelle Moreau');
    await page.goto(site('herblay', '/admin/formation'));
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Modérer une annonce' }).first().click();
    await expect(page.getByRole('img', { name: 'Illustration : Modérer une annonce' })).toBeVisible();
    await expectAccessible(page);
    await page.goto(site('herblay', '/admin/formation/guide'));
    await expectAccessible(page);
    for (const guide of ['demande-au-guichet', 'publier-une-annonce', 'mode-crise']) {
      await page.goto(site('herblay', `/admin/formation/guide/${guide}`));
      await expectAccessible(page);
    }

    await page.goto(site('herblay', '/admin/formation'));
    await page.getByRole('button', { name: 'Ouvrir l’espace de formation' }).click();
    await expect(page).toHaveURL(site('herblay-formation', '/admin/formation'));
    await expect(page.getByTestId('sandbox-banner')).toContainText('Espace de formation');
    await expect(page.getByRole('heading', { level: 1, name: 'Vous êtes dans l’espace de formation' })).toBeVisible();
    await expectAccessible(page);

    // The synthetic residents' posts are there, with the banner on every page.
    await page.goto(site('herblay-formation', '/annonces?q=Courses+pour+la+semaine'));
    await expect(page.getByTestId('sandbox-banner')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Courses pour la semaine' })).toBeVisible();
    await expectAccessible(page);

    // Practise: a need recorded at the guichet.
    const title = `Essai guichet ${unique('f')}`;
    await page.goto(site('herblay-formation', '/admin/guichet/nouvelle'));
    await page.getByLabel('Nom et prénom').fill('Personne Fictive');
    await page.getByRole('textbox', { name: 'Téléphone' }).fill('01 23 45 67 89');
    await page.getByRole('textbox', { name: 'Adresse', exact: true }).fill('1 place imaginaire');
    await page.getByRole('radio', { name: 'Au centre de la commune' }).check();
    await page.getByRole('checkbox', { name: /La personne est d’accord/ }).check();
    await page.getByLabel('Catégorie').selectOption({ index: 1 });
    await page.getByLabel('Titre').fill(title);
    await page.getByLabel('Description').fill('Une demande pour s’entraîner au guichet.');
    await page.getByRole('button', { name: 'Publier la demande' }).click();
    await expect(page.getByTestId('assisted-status')).toHaveText('En attente de réponse');
    await page.goto(site('herblay-formation', `/annonces?q=${encodeURIComponent(title)}`));
    await expect(page.getByRole('link', { name: title })).toBeVisible();

    await page.goto(site('herblay-formation', '/admin/formation'));
    await expect(page.getByTestId('checklist')).toContainText('Enregistrer une demande au guichet — Fait');
    await page.getByRole('link', { name: 'Ouvrir la boîte mail de formation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Boîte mail de formation' })).toBeVisible();
    await expectAccessible(page);

    // Reset: confirmed, then the synthetic data is back and the practice is gone.
    await page.goto(site('herblay-formation', '/admin/formation'));
    await page.getByRole('button', { name: 'Réinitialiser l’espace de formation' }).click();
    await expect(page.getByText('Cochez la case pour confirmer la réinitialisation.')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('checkbox', { name: /Je comprends que tout ce qui a été fait/ }).check();
    await page.getByRole('button', { name: 'Réinitialiser l’espace de formation' }).click();
    await expect(page.getByText(/C’est fait : l’espace de formation est comme neuf, avec 16 habitants/)).toBeVisible();
    await expectAccessible(page);
    await page.goto(site('herblay-formation', `/annonces?q=${encodeURIComponent(title)}`));
    await expect(page.getByRole('link', { name: title })).toHaveCount(0);
    await page.goto(site('herblay-formation', '/annonces?q=Courses+pour+la+semaine'));
    await expect(page.getByRole('link', { name: 'Courses pour la semaine' })).toBeVisible();
    // Progress is kept, and the real council's console shows it.
    await page.goto(site('herblay-formation', '/admin/formation'));
    await expect(page.getByTestId('checklist')).toContainText('Enregistrer une demande au guichet — Fait');
    await page.goto(site('herblay', '/admin/formation'));
    await expect(page.getByTestId('checklist')).toContainText('Enregistrer une demande au guichet — Fait');
    await expect(page.getByTestId('team-progress')).toContainText('Hélène Petit');
    // Nothing of the practice reached the real site.
    await page.goto(site('herblay', `/annonces?q=${encodeURIComponent(title)}`));
    await expect(page.getByRole('link', { name: title })).toHaveCount(0);
    await expect(page.getByTestId('sandbox-banner')).toHaveCount(0);
  });

  test('the embed renders in a frame on an allowed site and is refused elsewhere; every other page refuses frames', async ({ page, request }) => {
    test.setTimeout(120_000);
    const embedUrl = site('herblay', '/integration');
    const server: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="fr"><head><title>Site de la ville</title></head><body><h1>Site de la ville</h1><iframe src="${embedUrl}" title="Entraide" width="600" height="700"></iframe></body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      await signIn(page, 'herblay', 'admin@herblay.example', 'Isabelle Moreau');
      await page.goto(site('herblay', '/admin/integration'));
      await expectAccessible(page);
      await expect(page.getByLabel('Code à copier')).toHaveValue(new RegExp(`<iframe src="${embedUrl.replace(/[.?]/g, '\\$&')}"`));
      await page.getByLabel('Adresses des sites, une par ligne').fill(`partenaire.localhost:${port}\nnot a host`);
      await page.getByRole('button', { name: 'Enregistrer la liste' }).click();
      await expect(page.getByText('« not » n’est pas une adresse de site valide.', { exact: false })).toBeVisible();
      await expectAccessible(page);
      await page.getByLabel('Adresses des sites, une par ligne').fill(`partenaire.localhost:${port}`);
      await page.getByRole('button', { name: 'Enregistrer la liste' }).click();
      await expect(page.getByTestId('embed-hosts')).toHaveText(`partenaire.localhost:${port}`);

      // The embed itself, in the council's colours, with links out of the frame.
      await page.goto(embedUrl);
      await expect(page.getByRole('heading', { level: 1, name: 'Herblay-sur-Seine' })).toBeVisible();
      await expect(page.getByRole('link', { name: /J’ai besoin d’aide/ })).toHaveAttribute('target', '_blank');
      await expect(page.getByRole('link', { name: /J’ai besoin d’aide/ })).toHaveAttribute('href', '/annonces/nouvelle?type=besoin');
      await expectAccessible(page);

      // Allowed site: the frame shows the embed.
      await page.goto(`http://partenaire.localhost:${port}/`);
      const frame = page.frameLocator('iframe');
      await expect(frame.getByRole('heading', { level: 1, name: 'Herblay-sur-Seine' })).toBeVisible();
      await expect(frame.getByRole('link', { name: /Je propose de l’aide/ })).toHaveAttribute('target', '_blank');

      // Any other site: the browser refuses to show it.
      const loaded = page.waitForResponse((r) => r.url() === embedUrl);
      await page.goto(`http://autre.localhost:${port}/`);
      await loaded;
      // Chromium replaces a frame refused by frame-ancestors with its error page.
      await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
      await expect(frame.getByRole('heading', { name: 'Herblay-sur-Seine' })).toHaveCount(0);

      // Headers: the embed route is the one exception. (Node does not resolve *.localhost:
      // the request goes to 127.0.0.1 with the council's Host.)
      const host = new URL(embedUrl).host;
      const direct = (path: string) => request.get(`http://127.0.0.1:${new URL(embedUrl).port}${path}`, { headers: { host }, maxRedirects: 0 });
      const embed = await direct('/integration');
      expect(embed.status()).toBe(200);
      expect(embed.headers()['x-frame-options']).toBeUndefined();
      expect(embed.headers()['content-security-policy']).toContain(`frame-ancestors 'self' partenaire.localhost:${port};`);
      for (const path of ['/', '/annonces', '/admin', '/connexion']) {
        const other = await direct(path);
        expect(other.headers()['x-frame-options'], path).toBe('DENY');
        expect(other.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
