/**
 * `npm run bench:matching`: R6 matching at 100,000 helpers in one council. Seeds one council
 * with 100,000 residents who recorded a standing offer (1–3 of 11 categories, radius 500 m to
 * 20 km, some weekdays), homes spread over 30 km × 30 km, plus 9 other councils of the same
 * size around it; then times lib/matching/find-matching-helpers.ts — the very query the job runs
 * when a need is published — for random needs (point, category, day), p50 / p95, against the
 * same query with index scans disabled (a scan of the council's helpers), in the same run.
 *
 * On a throwaway PostgreSQL 15 cluster (scripts/pg-cluster.ts) and on PGlite.
 */
import { sql } from 'drizzle-orm';
import { closeDatabase, openDatabase, setDatabase, type Database } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { withTenant } from '@/db/with-tenant';
import { findMatchingHelpers, matchingHelpersQuery, MATCH_LIMIT } from '@/lib/matching/find-matching-helpers';
import { startCluster } from '../../scripts/pg-cluster';

const HELPERS = 100_000;
const COUNCILS = 10;
const RUNS = 200;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const CENTRE = { x: 640_000, y: 6_870_000 };

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function seedCouncils(db: Database) {
  const started = Date.now();
  await db.admin.execute(sql`
    insert into tenants (slug, status) select 'match-' || i, 'active' from generate_series(1, ${COUNCILS}) i`);
  await db.admin.execute(sql`
    insert into councils (tenant_id, name, short_name, kind, insee_code, population, residents_label, centre_lat, centre_lng,
      default_radius_km, theme, welcome_title, welcome_text, charter, legal)
    select id, slug, slug, 'commune', '95306', 100000, 'habitants', 48.99, 2.16, 3,
      '{"primary":"#0F4C81","onPrimary":"#FFFFFF","accent":"#0B6E6D","onAccent":"#FFFFFF","surface":"#FFFFFF","text":"#111111","font":"sans"}',
      'Bienvenue', 'Entraide.', '["Soyez bienveillants."]', '{"publisher":"","address":"","privacyContact":"","hostedBy":""}'
    from tenants where slug like 'match-%'`);
  await db.admin.execute(sql`
    insert into categories (tenant_id, key, label, icon, position)
    select t.id, 'c' || k, 'Catégorie ' || k, 'basket', k from tenants t cross join generate_series(1, 11) k where t.slug like 'match-%'`);
  // Every council has the same 100,000 helpers' geography: the same query shape as one big council.
  await db.admin.execute(sql`
    insert into users (tenant_id, email, name, home, created_at)
    select t.id, 'aidant' || g || '@' || t.slug || '.example', 'Aidant ' || g,
      point(${CENTRE.x} + ((hashtext(g::text) & 32767)::float / 32767 - 0.5) * 30000,
            ${CENTRE.y} + ((hashtext((g * 7)::text) & 32767)::float / 32767 - 0.5) * 30000),
      now()
    from tenants t cross join generate_series(1, ${HELPERS}) g where t.slug like 'match-%'`);
  await db.admin.execute(sql`
    insert into standing_offers (tenant_id, user_id, radius_m, weekdays)
    select u.tenant_id, u.id,
      (array[500, 1000, 2000, 5000, 10000, 20000])[1 + (hashtext(u.email) & 5)],
      case when hashtext(u.email || 'd') & 1 = 0 then '{}'::text[]
           else array[(array${sql.raw(`['${WEEKDAYS.join("','")}']`)})[1 + (hashtext(u.email || 'w') & 6)]] end
    from users u`);
  await db.admin.execute(sql`
    insert into standing_offer_categories (tenant_id, user_id, category_id)
    select distinct so.tenant_id, so.user_id, c.id
    from standing_offers so
    cross join generate_series(0, 2) n
    join categories c on c.tenant_id = so.tenant_id and c.position = 1 + ((hashtext(so.user_id::text || n) & 1023) % 11)
    where n <= (hashtext(so.user_id::text) & 3) % 3`);
  await db.admin.execute(sql`vacuum analyze`);
  return Date.now() - started;
}

async function bench(label: string, db: Database) {
  setDatabase(db);
  await migrateDatabase(db);
  const seededMs = await seedCouncils(db);
  const tenants = (await db.admin.execute(sql`select id from tenants where slug = 'match-1'`)) as unknown;
  const tenantId = (((tenants as { rows?: { id: string }[] }).rows ?? (tenants as { id: string }[])) as { id: string }[])[0]!.id;
  const cats = await withTenant(tenantId, (tx) => tx.execute(sql`select id from categories where tenant_id = ${tenantId}`));
  const categoryIds = (((cats as { rows?: { id: string }[] }).rows ?? cats) as { id: string }[]).map((c) => c.id);
  const author = '00000000-0000-4000-8000-000000000000';
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const needs = Array.from({ length: RUNS }, () => ({
    postId: author,
    authorId: author,
    categoryId: categoryIds[Math.floor(random() * categoryIds.length)]!,
    location: { x: CENTRE.x + (random() - 0.5) * 25_000, y: CENTRE.y + (random() - 0.5) * 25_000 },
    whenKind: random() < 0.5 ? ('flexible' as const) : ('weekly' as const),
    whenDate: null,
    whenWeekdays: [WEEKDAYS[Math.floor(random() * 7)]!],
  }));

  const time = async (forceScan: boolean) => {
    const times: number[] = [];
    let found = 0;
    for (const need of needs) {
      const t = performance.now();
      const helpers = await withTenant(tenantId, async (tx) => {
        if (forceScan) await tx.execute(sql`set local enable_indexscan = off; set local enable_bitmapscan = off`);
        return findMatchingHelpers(tx, tenantId, need);
      });
      times.push(performance.now() - t);
      found += helpers.length;
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), avgFound: found / needs.length };
  };
  if (process.argv.includes('--explain')) {
    const plan = await withTenant(tenantId, (tx) => tx.execute(sql`explain (analyze, buffers) ${matchingHelpersQuery(tenantId, needs[0]!)}`));
    console.log((((plan as { rows?: unknown[] }).rows ?? plan) as Record<string, string>[]).map((r) => Object.values(r)[0]).join('\n'));
  }
  await time(false); // warm-up
  const indexed = await time(false);
  const scan = await time(true);
  console.log(`\n${label} — ${HELPERS.toLocaleString('fr-FR')} aidants dans la commune (${COUNCILS} communes, ${(HELPERS * COUNCILS).toLocaleString('fr-FR')} au total), données créées en ${(seededMs / 1000).toFixed(1)} s`);
  console.log(`requête                         p50 (ms)   p95 (ms)   aidants prévenus (moy., ${MATCH_LIMIT} au plus)`);
  console.log(`matching (index GiST)       ${indexed.p50.toFixed(2).padStart(10)}${indexed.p95.toFixed(2).padStart(11)}${indexed.avgFound.toFixed(0).padStart(12)}`);
  console.log(`même requête, sans index    ${scan.p50.toFixed(2).padStart(10)}${scan.p95.toFixed(2).padStart(11)}${scan.avgFound.toFixed(0).padStart(12)}`);
  console.log(`rapport p95 sans index / avec index : ×${(scan.p95 / indexed.p95).toFixed(1)}`);
  if (Math.round(indexed.avgFound) !== Math.round(scan.avgFound)) throw new Error('the two plans disagree on the helpers found');
  await closeDatabase();
}

async function main() {
  const cluster = await startCluster({ shared_buffers: '512MB' });
  try {
    if (cluster) {
      const { default: postgres } = await import('postgres');
      const root = postgres(cluster.superUrl, { max: 1, onnotice: () => {} });
      await root.unsafe('CREATE DATABASE bench_matching OWNER coupdemain_admin');
      await root.end();
      // The application's role for the timed query, as in production; the owner for the seed.
      const db = await openDatabase({
        kind: 'postgres',
        url: cluster.urlFor(cluster.appUrl, 'bench_matching'),
        adminUrl: cluster.urlFor(cluster.adminUrl, 'bench_matching'),
      });
      await bench(`PostgreSQL ${cluster.version}`, db);
    }
    else console.log('PostgreSQL 15 absent : mesure sur PGlite seulement.');
  } finally {
    await cluster?.stop();
  }
  if (process.argv.includes('--pglite')) await bench('PGlite (embarqué)', await openDatabase({ kind: 'pglite', dataDir: 'memory://' }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
