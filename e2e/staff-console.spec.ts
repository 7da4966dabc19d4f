import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { CONSOLE_SECTIONS } from '@/lib/staff/console-sections';
import { TRAINING_GUIDES } from '@/lib/staff/training-guides';
import { expectAccessible, readLinkFromMailbox, signIn, site, uniqueEmail } from './helpers';

/**
 * The council staff console (A1–A4, A6, A9, A10) in a real browser, on Herblay, with its demo
 * admin signing in through the development mailbox like anyone. One worker runs these in order:
 * they share the demo admin's mailbox and the council's settings, and each test puts back what
 * it changed (colour, crisis mode) so other spec files see the council as seeded.
 */
test.describe.configure({ mode: 'serial' });

const ADMIN = { email: 'admin@herblay.example', name: 'Isabelle Moreau' };
let moderator = { email: '', name: 'Mona Modératrice' };

function unique(prefix: string) {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

/**
 * The demo admin's browser. They sign in through the mailbox once (sign-in requests per address
 * are rate limited, as for anyone), then every test opens a browser with that session.
 */
let adminSession: BrowserContextOptions['storageState'] | undefined;
/** The invited moderator's and a resident's sessions, kept for the later tests. */
let moderatorSession: BrowserContextOptions['storageState'] | undefined;
let residentSession: BrowserContextOptions['storageState'] | undefined;
async function adminPage(browser: Browser) {
  const page = await (await browser.newContext(adminSession ? { storageState: adminSession } : {})).newPage();
  if (!adminSession) {
    await signIn(page, 'herblay', ADMIN.email, ADMIN.name);
    adminSession = await page.context().storageState();
  }
  return page;
}

async function openConsole(page: Page, path: string, heading: string | RegExp) {
  await page.goto(site('herblay', path));
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectAccessible(page);
}

test('the demo admin invites a moderator, who signs in from the emailed link and reaches moderation only', async ({ browser }) => {
  const page = await adminPage(browser);
  await openConsole(page, '/admin/equipe', 'L’équipe');
  await expect(page.getByRole('navigation', { name: 'Menu de l’espace mairie' })).toContainText('Journal des actions');

  moderator = { ...moderator, email: uniqueEmail('moderation') };
  // A bad address first: a French message next to the field, nothing sent.
  await page.getByLabel('Adresse e-mail').fill('pas-une-adresse');
  await page.getByLabel('Rôle', { exact: true }).selectOption({ label: 'Modérateur·rice' });
  await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(page.getByText('Écrivez une adresse e-mail valide, par exemple prenom.nom@mairie.fr.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Adresse e-mail').fill(moderator.email);
  await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(page.getByText(`Invitation envoyée à ${moderator.email}.`)).toBeVisible();
  await expectAccessible(page);

  const mod = await newPage(browser);
  const link = await readLinkFromMailbox(mod, 'herblay', moderator.email, /\/api\/auth\/callback\/email/, /Invitation/);
  await mod.goto(link);
  await mod.getByLabel('Votre nom affiché').fill(moderator.name);
  await mod.getByLabel('J’ai lu la charte et je m’engage à la respecter.').check();
  await mod.getByRole('button', { name: 'C’est parti' }).click();
  await openConsole(mod, '/admin/moderation', 'Modération');
  const menu = mod.getByRole('navigation', { name: 'Menu de l’espace mairie' });
  await expect(menu.getByRole('link', { name: 'Modération' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Équipe' })).toHaveCount(0);
  // The server refuses what the menu does not offer.
  expect((await mod.goto(site('herblay', '/admin/equipe')))?.status()).toBe(404);
  expect((await mod.goto(site('herblay', '/admin/journal/export')))?.status()).toBe(404);
  moderatorSession = await mod.context().storageState();
  await mod.context().close();

  // The team page lists the new moderator.
  await page.reload();
  await expect(page.locator('main')).toContainText(moderator.email);
});

test('the admin changes the theme colour, previews it, publishes, and the public site shows it', async ({ browser }) => {
  const page = await adminPage(browser);
  const visitor = await newPage(browser);
  await visitor.goto(site('herblay'));
  const offerButton = visitor.getByRole('link', { name: /Je propose de l’aide/ });
  const before = await offerButton.evaluate((el) => getComputedStyle(el).backgroundColor);

  await openConsole(page, '/admin/apparence', 'Apparence du site');
  const accent = page.getByLabel('Couleur secondaire (bouton « Je propose de l’aide »)', { exact: true });
  const original = await accent.inputValue();
  try {
    // Too pale under white text: refused, with the ratio and a nearby colour that passes.
    await accent.fill('#9ED9D8');
    await page.getByRole('button', { name: 'Enregistrer et voir l’aperçu' }).click();
    await expect(page.getByText(/Contraste trop faible : \d+,\d+ pour 1 entre « couleur secondaire » et « texte sur la couleur secondaire »/)).toBeVisible();
    await page.getByRole('button', { name: /^Utiliser #[0-9A-F]{6} pour « couleur secondaire »/ }).click();
    await expect(accent).not.toHaveValue('#9ED9D8');
    // With the suggestion in place, the live preview reads well again (axe checks it).
    await expectAccessible(page);

    await accent.fill('#6B1D4A');
    await page.getByRole('button', { name: 'Enregistrer et voir l’aperçu' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Aperçu avant publication' })).toBeVisible();
    await expectAccessible(page);
    // Not published yet: visitors still see the old colour.
    await visitor.reload();
    await expect(offerButton).toHaveCSS('background-color', before);

    await page.getByRole('button', { name: 'Publier ces changements' }).click();
    await expect(page.getByText('C’est publié : le site affiche la nouvelle apparence.')).toBeVisible();
    await visitor.reload();
    await expect(offerButton).toHaveCSS('background-color', 'rgb(107, 29, 74)');
    await expectAccessible(visitor);
  } finally {
    // Put the seeded colour back for the other spec files.
    await page.goto(site('herblay', '/admin/apparence'));
    await page.getByLabel('Couleur secondaire (bouton « Je propose de l’aide »)', { exact: true }).fill(original);
    await page.getByRole('button', { name: 'Enregistrer et voir l’aperçu' }).click();
    await page.getByRole('button', { name: 'Publier ces changements' }).click();
    await expect(page.getByText('C’est publié : le site affiche la nouvelle apparence.')).toBeVisible();
  }
  await visitor.reload();
  await expect(offerButton).toHaveCSS('background-color', before);
  await visitor.context().close();
});

test('three residents report a post and it is hidden; the moderator restores it with a reason the author sees', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const title = `Installer une imprimante ${unique('m')}`;
  const authorEmail = uniqueEmail('autrice');

  // The author posts a need.
  await signIn(page, 'herblay', authorEmail, 'Aude A.');
  await page.goto(site('herblay', '/mon-adresse'));
  await page.getByRole('radio', { name: 'Le Val' }).check();
  await page.getByRole('button', { name: 'Enregistrer ce quartier' }).click();
  await expect(page.getByText('C’est enregistré.')).toBeVisible();
  await page.goto(site('herblay', '/annonces/nouvelle?type=besoin'));
  await page.getByLabel('Catégorie').selectOption({ label: 'Dépannage informatique' });
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Description').fill('Une imprimante neuve à brancher sur mon ordinateur.');
  await page.getByRole('button', { name: 'Publier mon annonce' }).click();
  await expect(page.getByText('Votre annonce est publiée.')).toBeVisible();
  const postPath = new URL(page.url()).pathname;
  residentSession = await page.context().storageState();
  const postId = postPath.split('/').pop()!;

  // Three different residents report it.
  for (const [i, name] of ['Rémi R.', 'Sofia S.', 'Tom T.'].entries()) {
    const reporter = await newPage(browser);
    await signIn(reporter, 'herblay', uniqueEmail(`signale${i}`), name);
    await reporter.goto(site('herblay', postPath));
    await reporter.getByRole('link', { name: 'Signaler cette annonce' }).click();
    await reporter.getByLabel('Que se passe-t-il ?').fill('Cette annonce demande de l’argent.');
    await reporter.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await expect(reporter.getByText('Merci. Votre signalement a bien été reçu')).toBeVisible();
    if (i === 2) {
      // Hidden at once: the post is gone for residents.
      expect((await reporter.goto(site('herblay', postPath)))?.status()).toBe(404);
    }
    await reporter.context().close();
  }

  // The moderator finds it in the queue with the three reports, and restores it with a reason.
  const mod = await (await browser.newContext({ storageState: moderatorSession })).newPage();
  await openConsole(mod, '/admin/moderation', 'Modération');
  const item = mod.getByTestId('queue-post').filter({ hasText: title });
  await expect(item).toContainText('Masquée automatiquement');
  await expect(item).toContainText('Signalements (3)');
  await expect(item).toContainText('Cette annonce demande de l’argent.');
  await item.getByLabel('Raison, envoyée à l’auteur').fill('Après vérification, votre annonce respecte la charte.');
  await item.getByRole('button', { name: 'Rétablir' }).click();
  await expect(mod.getByText('L’annonce est de nouveau visible et son auteur est prévenu.')).toBeVisible();
  await expect(mod.getByTestId('queue-post').filter({ hasText: title })).toHaveCount(0);
  await expectAccessible(mod);
  await mod.context().close();

  // The author sees the decision and its reason on the post, and got it by email.
  await page.goto(site('herblay', postPath));
  await expect(page.getByText('Message de l’équipe de modération')).toBeVisible();
  await expect(page.getByText('Après vérification, votre annonce respecte la charte.')).toBeVisible();
  await expectAccessible(page);
  await readLinkFromMailbox(page, 'herblay', authorEmail, new RegExp(postId), /de nouveau visible/);

  // And the audit log has the restore, filterable by action.
  const admin = await adminPage(browser);
  await openConsole(admin, '/admin/journal', 'Journal des actions');
  await admin.getByLabel('Action', { exact: true }).selectOption({ label: 'Annonce rétablie' });
  await admin.getByRole('button', { name: 'Filtrer' }).click();
  await expect(admin).toHaveURL(/action=moderation\.restore/);
  const rows = admin.getByTestId('audit-row');
  await expect(rows.first()).toContainText(moderator.name);
  await expect(rows.first()).toContainText('Après vérification');
  expect(await rows.evaluateAll((els) => els.every((e) => e.getAttribute('data-action') === 'moderation.restore'))).toBe(true);
  await expectAccessible(admin);
  const csv = await admin.evaluate(async () => {
    const r = await fetch(`/admin/journal/export${location.search}`);
    return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
  });
  expect(csv.status).toBe(200);
  expect(csv.type).toBe('text/csv; charset=utf-8');
  expect(csv.text).toContain(';moderation.restore;');
  expect(csv.text).not.toContain(';staff.invite;');
  await admin.context().close();
});

test('an announcement shows as a banner on the site until it is withdrawn', async ({ browser }) => {
  const title = `Collecte de sang ${unique('c')}`;
  const page = await adminPage(browser);
  await openConsole(page, '/admin/annonces', 'Annonces de la mairie');
  await page.getByRole('button', { name: 'Publier l’annonce' }).click();
  await expect(page.getByText('Écrivez un titre de 3 à 120 caractères.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Titre', { exact: true }).fill(title);
  await page.getByLabel('Texte', { exact: true }).fill('Mardi de 14 h à 19 h, salle des fêtes.');
  await page.getByRole('radio', { name: 'Non, seulement le bandeau sur le site' }).check();
  await page.getByRole('button', { name: 'Publier l’annonce' }).click();
  await expect(page.getByText('L’annonce est publiée.')).toBeVisible();
  await expectAccessible(page);

  const visitor = await newPage(browser);
  for (const path of ['/', '/annonces']) {
    await visitor.goto(site('herblay', path));
    await expect(visitor.getByRole('region', { name: 'Annonces de la mairie' })).toContainText(title);
  }
  await expectAccessible(visitor);
  // Not on another council's site.
  await visitor.goto(site('orne'));
  await expect(visitor.getByText(title)).toHaveCount(0);

  await page.getByTestId('announcement').filter({ hasText: title }).getByRole('button', { name: /Retirer du site/ }).click();
  await expect(page.getByText('L’annonce est retirée du site.')).toBeVisible();
  await visitor.goto(site('herblay'));
  await expect(visitor.getByText(title)).toHaveCount(0);
  await visitor.context().close();
});

test('crisis mode: prepared, switched on after confirmation (banner everywhere), then off (gone)', async ({ browser }) => {
  const banner = `Canicule : appelez vos voisins isolés ${unique('k')}`;
  const page = await adminPage(browser);
  await openConsole(page, '/admin/crise', 'Mode crise');
  await expect(page.getByTestId('crisis-state')).toHaveText('Le mode crise est en veille.');
  await page.getByLabel('Texte du bandeau d’alerte').fill(banner);
  await page.getByRole('checkbox', { name: 'Appels aux personnes isolées' }).check();
  await page.getByRole('radio', { name: 'Les annonces sont visibles tout de suite et vérifiées ensuite' }).check();
  await page.getByLabel('Titre de l’annonce').fill('Canicule : entraide');
  await page.getByLabel('Texte de l’annonce').fill('Proposez de faire les courses de vos voisins âgés.');
  await page.getByRole('button', { name: 'Enregistrer le plan' }).click();
  await expect(page.getByText('Le plan de crise est enregistré.')).toBeVisible();
  await expectAccessible(page);

  const visitor = await newPage(browser);
  await visitor.goto(site('herblay'));
  await expect(visitor.getByTestId('crisis-banner')).toHaveCount(0);

  // The confirmation step says what will happen; nothing happens before "Oui".
  await page.getByRole('link', { name: 'Activer le mode crise…' }).click();
  await expect(page.getByRole('heading', { name: 'Activer le mode crise maintenant ?' })).toBeVisible();
  await expect(page.getByText(`Bandeau : « ${banner} »`)).toBeVisible();
  await expect(page.getByText('Catégories en premier : Appels aux personnes isolées')).toBeVisible();
  await expectAccessible(page);
  await visitor.reload();
  await expect(visitor.getByTestId('crisis-banner')).toHaveCount(0);
  await page.getByRole('button', { name: 'Oui, activer le mode crise' }).click();
  await expect(page.getByText('Le mode crise est actif. Le bandeau est visible sur tout le site.')).toBeVisible();
  await expect(page.getByTestId('crisis-state')).toContainText('Le mode crise est actif depuis le');
  await expectAccessible(page);

  for (const path of ['/', '/annonces', '/charte']) {
    await visitor.goto(site('herblay', path));
    await expect(visitor.getByRole('region', { name: 'Alerte de la mairie' })).toContainText(banner);
  }
  await expect(visitor.getByRole('region', { name: 'Annonces de la mairie' })).toContainText('Canicule : entraide');
  await expectAccessible(visitor);
  await visitor.goto(site('orne'));
  await expect(visitor.getByTestId('crisis-banner')).toHaveCount(0);

  await page.getByRole('link', { name: 'Revenir en veille…' }).click();
  await expect(page.getByRole('heading', { name: 'Revenir en veille ?' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Oui, revenir en veille' }).click();
  await expect(page.getByText('Le mode crise est en veille. Le site est revenu à la normale.')).toBeVisible();
  await visitor.goto(site('herblay'));
  await expect(visitor.getByTestId('crisis-banner')).toHaveCount(0);
  await expect(visitor.getByText('Canicule : entraide')).toHaveCount(0);
  await visitor.context().close();

  // Both switches are in the audit log.
  await openConsole(page, '/admin/journal?action=crisis.on', 'Journal des actions');
  await expect(page.getByTestId('audit-row').first()).toContainText(ADMIN.name);
});

test('the categories page is accessible, and a resident is refused every console page', async ({ browser }) => {
  const page = await adminPage(browser);
  await openConsole(page, '/admin/categories', 'Catégories');
  // A resident (the author of the earlier test) is refused every console page.
  const resident = await (await browser.newContext({ storageState: residentSession })).newPage();
  await resident.goto(site('herblay'));
  await expect(resident.locator('header')).toContainText('Mon espace');
  for (const path of [...CONSOLE_SECTIONS.map((s) => s.path), '/admin/guichet/nouvelle', '/admin/journal/export', '/admin/statistiques.csv']) {
    expect((await resident.goto(site('herblay', path)))?.status(), path).toBe(404);
  }
  await resident.context().close();
});

test('axe finds no violation on any console page, on a computer and on a phone', async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await adminPage(browser);
  const paths = [
    ...CONSOLE_SECTIONS.map((s) => s.path),
    '/admin/guichet/nouvelle',
    '/admin/apparence/apercu',
    '/admin/formation/guide',
    ...Object.keys(TRAINING_GUIDES).map((slug) => `/admin/formation/guide/${slug}`),
  ];
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    for (const path of paths) {
      const response = await page.goto(site('herblay', path));
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
  }
  await page.context().close();
});
