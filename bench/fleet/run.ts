/**
 * `npm run bench:fleet`: the operator's fleet overview (O6) at 1,000 councils. Seeds 1,000
 * councils (and their 1,000 sandboxes), ~150,000 residents and ~450,000 posts over a year with
 * generate_series, then times lib/operator/fleet.ts's listFleet — the very query of the page —
 * for each sort, a search, a status filter and a far page: p50 / p95 over repeated runs.
 *
 * Runs on the embedded PGlite, and also on PostgreSQL when BENCH_DATABASE_ADMIN_URL points to
 * an empty database owned by a role with BYPASSRLS (e.g. the throwaway cluster of `npm test`).
 */
import { sql } from 'drizzle-orm';
import { closeDatabase, openDatabase, setDatabase, type Database } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { withAdmin } from '@/db/with-tenant';
import { listFleet, type FleetQuery } from '@/lib/operator/fleet';

const COUNCILS = 1_000;
const RUNS = 15;

async function seed(db: Database) {
  const started = Date.now();
  await db.admin.execute(sql`
    insert into tenants (slug, status, created_at)
    select 'bench-' || lpad(i::text, 4, '0'),
      (array['trial','active','active','active','active','past_due','suspended','archived'])[1 + i % 8]::tenant_status,
      now() - (i % 900 || ' days')::interval
    from generate_series(1, ${COUNCILS}) i`);
  await db.admin.execute(sql`
    insert into tenants (slug, status, sandbox_of) select slug || '-formation', 'active', id from tenants where slug like 'bench-%'`);
  await db.admin.execute(sql`
    insert into councils (tenant_id, name, short_name, kind, insee_code, population, residents_label, centre_lat, centre_lng,
      default_radius_km, theme, welcome_title, welcome_text, charter, legal)
    select t.id, 'Ville n°' || substr(t.slug, 7), substr(t.slug, 7), 'commune', lpad((10000 + row_number() over ())::text, 5, '0'),
      500 + (hashtext(t.slug) & 262143), 'habitants', 48.99, 2.16, 3,
      '{"primary":"#0F4C81","onPrimary":"#FFFFFF","accent":"#0B6E6D","onAccent":"#FFFFFF","surface":"#FFFFFF","text":"#111111","font":"sans"}',
      'Bienvenue', 'Entraide entre voisins.', '["Soyez bienveillants."]',
      '{"publisher":"Mairie","address":"","privacyContact":"","hostedBy":""}'
    from tenants t where t.slug like 'bench-%'`);
  await db.admin.execute(sql`
    insert into categories (tenant_id, key, label, icon) select id, 'courses', 'Courses', 'basket' from tenants where slug like 'bench-%'`);
  await db.admin.execute(sql`
    insert into users (tenant_id, email, name, role, created_at)
    select t.id, 'habitant' || g || '@' || t.slug || '.example', 'Habitant ' || g,
      (case when g <= 3 then 'admin' else 'resident' end)::user_role, now() - ((g * 37) % 365 || ' days')::interval
    from tenants t cross join lateral generate_series(1, 30 + (hashtext(t.slug) & 255)) g
    where t.slug like 'bench-%' and t.sandbox_of is null`);
  await db.admin.execute(sql`
    insert into posts (tenant_id, author_id, kind, category_id, title, description, location, search_text, created_at, updated_at, expires_at)
    select u.tenant_id, u.id, (case when g = 1 then 'offer' else 'need' end)::post_kind, c.id, 'Annonce', 'Un coup de main.',
      point(650000 + (g * 97) % 3000, 6860000 + (g * 31) % 3000), 'annonce',
      now() - ((hashtext(u.email || g) & 511) % 365 || ' days')::interval, now(), now() + interval '30 days'
    from users u join categories c on c.tenant_id = u.tenant_id cross join generate_series(1, 3) g`);
  // What autovacuum does on a live PostgreSQL (visibility map for index-only scans, statistics).
  await db.admin.execute(sql`vacuum analyze`);
  return { ms: Date.now() - started };
}

const CASES: [string, FleetQuery][] = [
  ['par nom (défaut)', { sort: 'name', dir: 'asc', page: 1 }],
  ['par habitants ↓', { sort: 'residents', dir: 'desc', page: 1 }],
  ['par annonces du mois ↓', { sort: 'postsMonth', dir: 'desc', page: 1 }],
  ['par dernière activité ↓', { sort: 'lastActivity', dir: 'desc', page: 1 }],
  ['par formule', { sort: 'plan', dir: 'asc', page: 1 }],
  ['recherche « 042 »', { q: '042', sort: 'name', dir: 'asc', page: 1 }],
  ['état « suspendue »', { status: 'suspended', sort: 'residents', dir: 'desc', page: 1 }],
  ['page 15 par nom', { sort: 'name', dir: 'asc', page: 15 }],
];

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function bench(label: string, db: Database) {
  setDatabase(db);
  await migrateDatabase(db);
  const seeded = await seed(db);
  const { rows: sample, total } = await listFleet({ sort: 'name', dir: 'asc', page: 1 });
  if (total !== COUNCILS || sample.length !== 50) throw new Error(`unexpected fleet: ${total} councils, ${sample.length} rows`);
  const [stats] = await withAdmin(async (tx) => {
    const r = await tx.execute(sql`select (select count(*) from users)::int as users, (select count(*) from posts)::int as posts`);
    return ((r as { rows?: unknown[] }).rows ?? r) as { users: number; posts: number }[];
  });
  console.log(`\n${label} — ${COUNCILS} communes (+ ${COUNCILS} bacs à sable), ${stats!.users} comptes, ${stats!.posts} annonces, données créées en ${(seeded.ms / 1000).toFixed(1)} s`);
  console.log('requête                       p50 (ms)   p95 (ms)');
  const results: Record<string, { p50: number; p95: number }> = {};
  for (const [name, query] of CASES) {
    await listFleet(query); // warm-up
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await listFleet(query);
      times.push(performance.now() - t);
    }
    results[name] = { p50: percentile(times, 50), p95: percentile(times, 95) };
    console.log(`${name.padEnd(30)}${results[name].p50.toFixed(1).padStart(8)}${results[name].p95.toFixed(1).padStart(11)}`);
  }
  await closeDatabase();
  return results;
}

async function main() {
  await bench('PGlite (embarqué)', await openDatabase({ kind: 'pglite', dataDir: 'memory://' }));
  const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL;
  if (adminUrl) await bench('PostgreSQL', await openDatabase({ kind: 'postgres', url: adminUrl, adminUrl }));
  else console.log('\n(PostgreSQL : relancez avec BENCH_DATABASE_ADMIN_URL=postgres://… vers une base vide pour le mesurer aussi.)');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
