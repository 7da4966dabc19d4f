/**
 * Onboarding from the command line (O2), through the same code as the console's wizard:
 *
 *   npm run tenant -- create --name "Conflans-Sainte-Honorine" --insee 78172 --population 35000 \
 *     --lat 48.9947 --lng 2.0947 [--slug conflans] [--kind commune] [--radius 3] \
 *     [--primary "#7A1F2B"] [--accent "#FFD166"] [--font sans] [--preset essentiel] [--admin maire@example.fr]
 *   npm run tenant -- import tenants/<slug> [--admin maire@example.fr]
 *
 * Both are idempotent: run again, the council is brought up to date and nothing is sent twice.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getMessages } from '@/lib/i18n/messages';
import { councilInputSchema, folderFromInput, loadPresets } from '@/lib/operator/council-input';
import { onboardCouncil, type OnboardResult } from '@/lib/operator/onboard-council';
import { councilOriginFromConsole } from '@/lib/tenant/council-origin';
import { loadTenantFolder } from '@/lib/tenant/definition';
import { suggestSubdomain } from '@/lib/tenant/subdomain';
import { CliUsageError, withCliDatabase } from './cli-database';

const m = getMessages('fr');
const actor = { id: null, label: m.operator.commandLine };
const [command, ...argv] = process.argv.slice(2);

function report(result: OnboardResult, admin: string | undefined) {
  console.log(`${result.created ? 'Collectivité créée' : 'Collectivité mise à jour'} : ${result.slug} → ${councilOriginFromConsole(result.slug)}`);
  console.log(`Bac à sable de formation : ${councilOriginFromConsole(result.sandboxSlug)}`);
  if (result.invited === 'sent') console.log(`Invitation envoyée à ${admin} (premier administrateur).`);
  if (result.invited === 'already_admin') console.log(`${admin} est déjà administrateur : pas de nouvelle invitation.`);
  if (result.billing === 'customer') console.log('Client Stripe : prêt.');
  if (result.billing === 'not_configured') console.log('Facturation : non configurée (pas de clé Stripe).');
  if (result.billing === 'unreachable') console.log('Facturation : Stripe ne répond pas, client à créer plus tard depuis la console.');
}

async function create() {
  const { values } = parseArgs({
    args: argv,
    options: {
      name: { type: 'string' },
      slug: { type: 'string' },
      kind: { type: 'string', default: 'commune' },
      insee: { type: 'string' },
      population: { type: 'string' },
      lat: { type: 'string' },
      lng: { type: 'string' },
      radius: { type: 'string', default: '3' },
      primary: { type: 'string', default: '#1E3A5F' },
      accent: { type: 'string', default: '#0B6E6D' },
      font: { type: 'string', default: 'sans' },
      preset: { type: 'string', default: 'essentiel' },
      admin: { type: 'string' },
    },
  });
  const presets = await loadPresets();
  const parsed = councilInputSchema(m, Object.keys(presets.categoryPresets)).partial({ adminEmail: true }).safeParse({
    name: values.name,
    slug: values.slug ?? suggestSubdomain(values.name ?? ''),
    kind: values.kind,
    inseeCode: values.insee,
    population: values.population,
    centreLat: values.lat,
    centreLng: values.lng,
    radiusKm: values.radius,
    primary: values.primary,
    accent: values.accent,
    font: values.font,
    preset: values.preset,
    adminEmail: values.admin,
  });
  if (!parsed.success) {
    const flags: Record<string, string> = { inseeCode: 'insee', centreLat: 'lat', centreLng: 'lng', radiusKm: 'radius', adminEmail: 'admin' };
    const lines = parsed.error.issues.map((i) => `  --${flags[String(i.path[0])] ?? String(i.path[0])} : ${i.message}`);
    throw new CliUsageError(`certaines options sont à corriger :\n${lines.join('\n')}`);
  }
  const folder = folderFromInput(parsed.data, presets, null);
  report(await onboardCouncil(folder, { mode: 'upsert', adminEmail: values.admin, actor, locale: 'fr' }), values.admin);
}

async function importFolder() {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { admin: { type: 'string' } } });
  const dir = positionals[0];
  if (!dir) throw new CliUsageError('indiquez le dossier, par exemple : npm run tenant -- import tenants/herblay');
  const folder = await loadTenantFolder(path.resolve(dir));
  report(await onboardCouncil(folder, { mode: 'upsert', adminEmail: values.admin, actor, locale: 'fr' }), values.admin);
}

if (command !== 'create' && command !== 'import') {
  console.error('Usage : npm run tenant -- create --name … --insee … --population … --lat … --lng … [--admin …]\n        npm run tenant -- import tenants/<slug> [--admin …]');
  process.exit(1);
}
void withCliDatabase(command === 'create' ? create : importFolder);
