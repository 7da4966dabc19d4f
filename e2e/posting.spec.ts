import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, openAccountLink, readLinkFromMailbox, signIn, site, uniqueEmail } from './helpers';

/** A word no demo post contains, to find exactly this test's post. */
function uniqueWord(prefix: string) {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

function tomorrow() {
  return new Date(Date.now() + 36 * 3_600_000).toISOString().slice(0, 10);
}

async function chooseQuartier(page: Page, name: string) {
  await page.getByRole('radio', { name }).check();
  await page.getByRole('button', { name: 'Enregistrer ce quartier' }).click();
}

async function fillPost(page: Page, post: { category: string; title: string; description: string }) {
  await page.getByLabel('Catégorie').selectOption({ label: post.category });
  await page.getByLabel('Titre').fill(post.title);
  await page.getByLabel('Description').fill(post.description);
}

/** Signs in on Herblay with a home in a quartier, ready to post. */
async function residentWithHome(page: Page, name: string, quartier = 'Le Val') {
  await signIn(page, 'herblay', uniqueEmail(name.toLowerCase().replace(/\W/g, '')), name);
  await page.goto(site('herblay', '/mon-adresse'));
  await chooseQuartier(page, quartier);
  await expect(page.getByText('C’est enregistré.')).toBeVisible();
  await expect(page.getByTestId('home-summary')).toHaveText(`Votre position : quartier ${quartier}.`);
}

test.describe('residents post and find help (R3, R4, R5)', () => {
  test('from the home page: sign in, choose a quartier, post a need, find it in search; Orne never sees it', async ({ page, browser }) => {
    const word = uniqueWord('potager');
    const title = `Arroser le ${word}`;
    const email = uniqueEmail('rose');

    await page.goto(site('herblay'));
    await page.getByRole('link', { name: /J’ai besoin d’aide/ }).click();
    await expect(page).toHaveURL(/\/connexion\?suite=/);
    await expectAccessible(page);
    await page.getByLabel('Votre adresse e-mail').fill(email);
    await page.getByRole('button', { name: 'Recevoir mon lien de connexion' }).click();
    const link = await readLinkFromMailbox(page, 'herblay', email, /\/api\/auth\/callback\/email/);
    await page.goto(link);
    await page.getByLabel('Votre nom affiché').fill('Rose L.');
    await page.getByLabel('J’ai lu la charte et je m’engage à la respecter.').check();
    await page.getByRole('button', { name: 'C’est parti' }).click();

    // No home yet: asked for it first, then straight back to the form.
    await expect(page).toHaveURL(/\/mon-adresse\?/);
    await expect(page.getByText('Avant de publier, indiquez où vous habitez.')).toBeVisible();
    await expectAccessible(page);
    await chooseQuartier(page, 'Le Val');
    await expect(page).toHaveURL(/\/annonces\/nouvelle\?type=besoin/);
    await expect(page.getByRole('heading', { name: 'Demander de l’aide' })).toBeVisible();
    await expect(page.getByText('Votre domicile : Le Val.')).toBeVisible();
    await expectAccessible(page);

    await fillPost(page, { category: 'Jardinage', title, description: 'Je pars une semaine. Il faudrait arroser les tomates le soir.' });
    await page.getByRole('radio', { name: 'Un jour précis' }).check();
    await page.getByLabel('Date').fill(tomorrow());
    await page.getByLabel('C’est urgent (dans les 48 heures)').check();
    await page.getByRole('button', { name: 'Publier mon annonce' }).click();

    await expect(page.getByText('Votre annonce est publiée.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('À moins de 500 m de chez vous')).toBeVisible();
    await expect(page.getByText('Secteur : Le Val')).toBeVisible();
    await expectAccessible(page);
    const postUrl = page.url().split('?')[0]!;
    const postPath = new URL(postUrl).pathname;

    // Search, filters in the URL, from the home page's link.
    await page.goto(site('herblay'));
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Annonces', exact: true }).click();
    await page.getByLabel('Type').selectOption('besoin');
    await page.getByLabel('Catégorie').selectOption({ label: 'Jardinage' });
    await page.getByLabel('Mots-clés').fill(word.toUpperCase());
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(new RegExp(`type=besoin&categorie=jardinage&rayon=\\d+&q=${word.toUpperCase()}`));
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expect(page.getByText('Distances mesurées depuis chez vous.')).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByRole('link', { name: 'Voir sur la carte' })).toHaveAttribute('href', /^\/annonces\/carte\?/);

    // Mes annonces lists it.
    await openAccountLink(page, 'Mes annonces');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expectAccessible(page);

    // A resident of Orne: not in search, not on the home page, and the post page is a 404.
    const orne = await browser.newContext();
    const other = await orne.newPage();
    await signIn(other, 'orne', uniqueEmail('odile'), 'Odile R.');
    await other.goto(site('orne', `/annonces?rayon=50&q=${word}`));
    await expect(other.getByText('Aucune annonce ne correspond.')).toBeVisible();
    await expectAccessible(other);
    await other.goto(site('orne'));
    await expect(other.getByText(title)).toHaveCount(0);
    for (const path of [postPath, `${postPath}/modifier`, `${postPath}/prolonger?jeton=x`]) {
      const response = await other.goto(site('orne', path));
      expect(response?.status(), path).toBe(404);
    }
    await expectAccessible(other);
    await orne.close();
  });

  test('a form with bad input shows the errors next to the fields and keeps what was typed', async ({ page }) => {
    await residentWithHome(page, 'Paul B.');
    await page.goto(site('herblay', '/annonces/nouvelle?type=offre'));
    await expect(page.getByRole('heading', { name: 'Proposer de l’aide' })).toBeVisible();
    await page.getByLabel('Titre').fill('Aide');
    await page.getByLabel('Description').fill('Je peux aider <b>le soir</b>, appelez le 06 12 34 56 78.');
    await page.getByRole('radio', { name: 'Un jour précis' }).check();
    await page.getByLabel('Date').fill('2020-01-01');
    // Enter in a field publishes (not the address search, which comes first in the form).
    await page.getByLabel('Titre').press('Enter');

    await expect(page.getByRole('alert').filter({ hasText: 'Certaines informations sont à corriger.' })).toBeVisible();
    await expect(page.getByText('Choisissez une catégorie dans la liste.')).toBeVisible();
    await expect(page.getByText('Écrivez un titre d’au moins 5 caractères.')).toBeVisible();
    await expect(page.getByText('N’écrivez pas de numéro de téléphone')).toBeVisible();
    await expect(page.getByText('Cette date est passée.')).toBeVisible();
    await expect(page.getByLabel('Titre')).toHaveValue('Aide');
    await expect(page.getByLabel('Titre')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Description')).toHaveValue('Je peux aider <b>le soir</b>, appelez le 06 12 34 56 78.');
    await expect(page.getByRole('radio', { name: 'proposez de l’aide' })).toBeChecked();
    await expect(page.getByLabel('Date')).toHaveValue('2020-01-01');
    await expectAccessible(page);

    // Corrected, it publishes; the HTML typed is shown as text.
    await fillPost(page, { category: 'Petit bricolage', title: 'Monter un meuble', description: 'Je peux aider <b>le soir</b> avec mes outils.' });
    await page.getByRole('radio', { name: 'Quand vous voulez' }).check();
    await page.getByRole('button', { name: 'Publier mon annonce' }).click();
    await expect(page.getByText('Votre annonce est publiée.')).toBeVisible();
    await expect(page.getByText('Je peux aider <b>le soir</b> avec mes outils.')).toBeVisible();
    await expect(page.locator('main b')).toHaveCount(0);
  });

  test('the author edits, resolves and deletes their post', async ({ page }) => {
    const word = uniqueWord('velo');
    await residentWithHome(page, 'Lina M.', 'Les Naquettes');
    await page.goto(site('herblay', '/annonces/nouvelle?type=besoin'));
    await fillPost(page, { category: 'Petit bricolage', title: `Réparer mon ${word}`, description: 'La chaîne a sauté, je ne sais pas la remettre.' });
    await page.getByRole('radio', { name: 'Chaque semaine' }).check();
    await page.getByRole('checkbox', { name: 'samedi' }).check();
    await page.getByRole('button', { name: 'Publier mon annonce' }).click();
    await expect(page.getByText('Quand : chaque semaine : samedi')).toBeVisible();

    await page.getByRole('link', { name: 'Modifier' }).click();
    await expect(page.getByLabel('Titre')).toHaveValue(`Réparer mon ${word}`);
    await expect(page.getByRole('checkbox', { name: 'samedi' })).toBeChecked();
    await expectAccessible(page);
    await page.getByLabel('Titre').fill(`Réparer mon ${word} bleu`);
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await expect(page.getByText('Vos modifications sont enregistrées.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: `Réparer mon ${word} bleu` })).toBeVisible();

    await page.getByRole('button', { name: 'Prolonger de 30 jours' }).click();
    await expect(page.getByText('C’est fait : votre annonce est prolongée jusqu’au')).toBeVisible();
    await page.getByRole('button', { name: 'C’est résolu' }).click();
    await expect(page.getByText('Bravo ! L’annonce est marquée comme résolue.')).toBeVisible();
    await expect(page.getByText('Cette annonce est résolue. Merci à tous !')).toBeVisible();
    await expectAccessible(page);
    await page.goto(site('herblay', `/annonces?q=${word}&rayon=50`));
    await expect(page.getByText('Aucune annonce ne correspond.')).toBeVisible();

    await page.goto(site('herblay', '/mes-annonces'));
    await page.getByRole('link', { name: `Réparer mon ${word} bleu` }).click();
    await page.getByText('Supprimer l’annonce').click();
    await page.getByRole('button', { name: 'Oui, supprimer définitivement' }).click();
    await expect(page.getByText('L’annonce est supprimée.')).toBeVisible();
    await expect(page.getByText(`Réparer mon ${word} bleu`)).toHaveCount(0);
    await expectAccessible(page);
  });

  test('a resident without a home can post for a parent at another address found by the geocoder', async ({ page }) => {
    const word = uniqueWord('maman');
    await signIn(page, 'herblay', uniqueEmail('hugo'), 'Hugo P.');
    await page.goto(site('herblay', '/annonces/nouvelle?type=besoin'));
    await expect(page).toHaveURL(/\/mon-adresse\?/);
    await page.getByRole('link', { name: 'Publier pour une autre adresse' }).click();
    await expect(page).toHaveURL(/lieu=adresse/);
    await fillPost(page, { category: 'Courses de première nécessité', title: `Courses pour ${word}`, description: 'Ma mère a besoin de ses courses le jeudi.' });
    await page.getByLabel('Adresse', { exact: true }).fill('12 rue de la Fontaine');
    await page.getByRole('button', { name: 'Chercher cette adresse' }).click();
    await expect(page.getByRole('radio', { name: '12 Rue de la Fontaine 95220 Herblay-sur-Seine' })).toBeChecked();
    await expect(page.getByLabel('Titre')).toHaveValue(`Courses pour ${word}`);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Publier mon annonce' }).click();
    await expect(page.getByText('Votre annonce est publiée.')).toBeVisible();
    await expect(page.getByText('Lieu : 12 Rue de la Fontaine 95220 Herblay-sur-Seine (visible par vous seul·e).')).toBeVisible();
    await expect(page.getByText('À moins de 500 m du centre')).toBeVisible();
  });

  test('address search on the location page, and a clear message for an address elsewhere', async ({ page }) => {
    await signIn(page, 'herblay', uniqueEmail('nina'), 'Nina G.');
    await page.goto(site('herblay', '/mon-adresse'));
    await page.getByRole('textbox', { name: 'Mon adresse' }).fill('Rue de la Fontaine Lyon');
    await page.getByRole('button', { name: 'Chercher' }).click();
    await expect(page.getByText('Aucune adresse trouvée dans Herblay-sur-Seine.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Mon adresse' })).toHaveValue('Rue de la Fontaine Lyon');
    await page.getByRole('textbox', { name: 'Mon adresse' }).fill('rue du Val');
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page.getByRole('button', { name: 'C’est mon adresse' }).click();
    await expect(page.getByText('C’est enregistré.')).toBeVisible();
    await expect(page.getByTestId('home-summary')).toContainText('Votre position est enregistrée');
    await expectAccessible(page);
  });

  test('an invalid or foreign renew link changes nothing and says so', async ({ page }) => {
    const response = await page.goto(site('herblay', '/annonces/00000000-0000-4000-8000-000000000000/prolonger?jeton=abc.def'));
    expect(response?.status()).toBe(404);
    await expect(page.getByText('Ce lien n’est plus valable.')).toBeVisible();
    await expectAccessible(page);
  });
});
