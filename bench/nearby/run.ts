/**
 * `npm run bench:nearby` — the home page's "nearest posts" query at scale (R5).
 *
 * On a throwaway PostgreSQL 15 cluster (scripts/pg-cluster.ts), with the application's own
 * migrations, it seeds 1,000,000 posts over 1,000 councils (set-based INSERT … SELECT from
 * generate_series, indexes built after the load), then times "the 20 nearest open posts within
 * 10 km in council T, optional category" for many random councils and points:
 *
 *   - indexed: the exact SQL that lib/posts/list-nearby-posts.ts sends (captured from the
 *     driver), run as the application role under row-level security, like the app;
 *   - seqscan: the same SQL with index scans switched off for the transaction;
 *   - postgis: the same SQL with the position as a PostGIS geometry and a GiST index on
 *     (tenant_id, geom), ST_DWithin and `<->` — the usual reference.
 *
 * Prints p50/p95 of each and the ratios, and exits non-zero if the target is missed: p95 under
 * 5 ms, at least 100× faster than the scan, no slower than PostGIS.
 *
 * Options: --posts=N --councils=N --samples=N --scan-samples=N (defaults 1e6, 1e3, 2000, 30),
 * --keep (leave the cluster running afterwards, to study plans).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { queryNearbyPosts } from '@/lib/posts/list-nearby-posts';
import { startCluster, type Cluster } from '../../scripts/pg-cluster';
import { percentile, toPostgis } from './sql';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--'))
    .map((a) => {
      const [k, v] = a.slice(2).split('=');
      return [k!, v ?? '1'];
    }),
);
const POSTS = Number(args.posts ?? 1_000_000);
const COUNCILS = Number(args.councils ?? 1_000);
const SAMPLES = Number(args.samples ?? 2_000);
const SCAN_SAMPLES = Number(args['scan-samples'] ?? 30);
const CATEGORIES_PER_COUNCIL = 10;
const USERS_PER_COUNCIL = 50;
/** Posts are spread over a disc of this radius around each council's centre. */
const SPREAD_M = 12_000;
const RADIUS_KM = 10;
const DB = 'bench_nearby';

const log = (line: string) => console.log(`\x1b[1m[nearby]\x1b[0m ${line}`);
const isRoot = process.getuid?.() === 0;

function postgisInstalled(bin: string) {
  const share = spawnSync(bin.replace(/bin$/, 'bin/pg_config'), ['--sharedir'], { encoding: 'utf8' }).stdout.trim() || '/usr/share/postgresql/15';
  return existsSync(`${share}/extension/postgis.control`);
}

function ensurePostgis(bin: string): boolean {
  if (postgisInstalled(bin)) return true;
  if (!isRoot || !existsSync('/etc/debian_version')) {
    log('PostGIS absent, et installation impossible sans root sur Debian : sudo apt-get install postgresql-15-postgis-3');
    return false;
  }
  log('PostGIS absent : apt-get install postgresql-15-postgis-3…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql-15-postgis-3'], { stdio: 'inherit', env });
  return r.status === 0 && postgisInstalled(bin);
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const result = await fn();
  log(`${label} : ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return result;
}

async function seed(su: postgres.Sql, withPostgis: boolean) {
  if (withPostgis) {
    await su`CREATE EXTENSION IF NOT EXISTS postgis`;
    // The reference keeps its position in a PostGIS column of the same table, in the same
    // projection (Lambert-93 metres), filled from the same random draw.
    await su.unsafe(`ALTER TABLE posts ADD COLUMN geom geometry(Point, 2154)`);
  }
  // Bulk load first, indexes after: the secondary indexes are dropped and rebuilt exactly
  // as the migrations define them.
  const indexes = await su<{ name: string; def: string }[]>`
    select indexname as name, indexdef as def from pg_indexes
    where tablename = 'posts' and indexname not in (select conname from pg_constraint)`;
  for (const i of indexes) await su.unsafe(`DROP INDEX ${i.name}`);

  await timed(`${COUNCILS} conseils, ${COUNCILS * CATEGORIES_PER_COUNCIL} catégories, ${COUNCILS * USERS_PER_COUNCIL} habitants`, async () => {
    // Council centres drawn over metropolitan France in Lambert-93.
    await su.unsafe(`
      CREATE TABLE bench_councils AS
      SELECT g AS n, md5('t' || g)::uuid AS tenant_id,
             200000 + random() * 1000000 AS cx, 6150000 + random() * 950000 AS cy
      FROM generate_series(0, ${COUNCILS - 1}) g`);
    await su.unsafe(`INSERT INTO tenants (id, slug, status) SELECT tenant_id, 'bench-' || n, 'active' FROM bench_councils`);
    await su.unsafe(`
      INSERT INTO categories (tenant_id, id, key, label, icon, position)
      SELECT c.tenant_id, md5('c' || c.n || '-' || k)::uuid, 'cat-' || k, 'Catégorie ' || k, 'circle', k
      FROM bench_councils c, generate_series(0, ${CATEGORIES_PER_COUNCIL - 1}) k`);
    await su.unsafe(`
      INSERT INTO users (tenant_id, id, email, name, charter_accepted_at)
      SELECT c.tenant_id, md5('u' || c.n || '-' || u)::uuid, 'u' || u || '@' || c.n || '.example', 'Voisin ' || u, now()
      FROM bench_councils c, generate_series(0, ${USERS_PER_COUNCIL - 1}) u`);
  });

  await timed(`${POSTS.toLocaleString('fr-FR')} annonces`, async () => {
    await su.unsafe(`
      INSERT INTO posts (tenant_id, author_id, kind, category_id, title, description, location, search_text,
                         status, moderation, expires_at${withPostgis ? ', geom' : ''})
      SELECT c.tenant_id,
             md5('u' || c.n || '-' || (floor(random() * ${USERS_PER_COUNCIL}))::int)::uuid,
             (CASE WHEN random() < 0.6 THEN 'need' ELSE 'offer' END)::post_kind,
             md5('c' || c.n || '-' || p.cat)::uuid,
             'Annonce ' || p.g, 'Une annonce de démonstration', point(p.x, p.y), 'annonce ' || p.g,
             (CASE WHEN p.s < 0.80 THEN 'open' WHEN p.s < 0.88 THEN 'in_progress' WHEN p.s < 0.95 THEN 'resolved' ELSE 'expired' END)::post_status,
             (CASE WHEN random() < 0.97 THEN 'approved' ELSE 'hidden' END)::post_moderation,
             now() + interval '30 days'
             ${withPostgis ? ', ST_SetSRID(ST_MakePoint(p.x, p.y), 2154)' : ''}
      FROM (
        SELECT g, g % ${COUNCILS} AS n, (floor(random() * ${CATEGORIES_PER_COUNCIL}))::int AS cat, random() AS s,
               ${SPREAD_M} * sqrt(random()) AS r, 2 * pi() * random() AS a
        FROM generate_series(0, ${POSTS - 1}) g
      ) q
      JOIN bench_councils c ON c.n = q.n
      CROSS JOIN LATERAL (SELECT q.g, q.cat, q.s, c.cx + q.r * cos(q.a) AS x, c.cy + q.r * sin(q.a) AS y) p`);
  });

  await timed('index (migrations)', async () => {
    await su`SET maintenance_work_mem = '512MB'`;
    for (const i of indexes) await su.unsafe(i.def);
  });
  if (withPostgis) {
    await timed('index GiST PostGIS (tenant_id, geom)', () =>
      su.unsafe(`CREATE INDEX posts_open_geom_idx ON posts USING gist (tenant_id, geom) WHERE status = 'open' AND moderation = 'approved'`),
    );
  }
  await timed('VACUUM ANALYZE', () => su.unsafe('VACUUM ANALYZE'));
}

type Sample = { tenantId: string; x: number; y: number; category: string | null };

async function main() {
  log(`${POSTS.toLocaleString('fr-FR')} annonces, ${COUNCILS} conseils, ${SAMPLES} requêtes (${SCAN_SAMPLES} en parcours séquentiel)`);
  const cluster: Cluster | null = await startCluster({ shared_buffers: '1GB', max_wal_size: '4GB', checkpoint_timeout: '30min' });
  if (!cluster) {
    console.error('PostgreSQL 15 introuvable. Debian : sudo apt-get install postgresql-15');
    process.exit(1);
  }
  let exitCode = 0;
  try {
    log(`PostgreSQL ${cluster.version}, port ${cluster.port}`);
    const withPostgis = ensurePostgis(cluster.bin);
    const root = postgres(cluster.superUrl, { max: 1, onnotice: () => {} });
    await root.unsafe(`CREATE DATABASE ${DB} OWNER coupdemain_admin`);
    await root.end();

    const db = await openDatabase({ kind: 'postgres', url: cluster.urlFor(cluster.appUrl, DB), adminUrl: cluster.urlFor(cluster.adminUrl, DB) });
    await timed('migrations', () => migrateDatabase(db));
    await db.close();

    const su = postgres(cluster.urlFor(cluster.superUrl, DB), { max: 1, onnotice: () => {} });
    await seed(su, withPostgis);
    const councils = await su<{ tenant_id: string; cx: number; cy: number }[]>`select tenant_id, cx, cy from bench_councils`;
    const [{ count }] = (await su<{ count: string }[]>`select count(*) from posts`) as unknown as [{ count: string }];
    const [{ size }] = (await su<{ size: string }[]>`select pg_size_pretty(pg_total_relation_size('posts')) as size`) as unknown as [{ size: string }];
    log(`posts : ${Number(count).toLocaleString('fr-FR')} lignes, ${size} avec index`);
    await su.end();

    // Capture the SQL the application sends, through the driver's debug hook.
    const captured: { query: string; params: unknown[] }[] = [];
    const app = postgres(cluster.urlFor(cluster.appUrl, DB), {
      max: 1,
      onnotice: () => {},
      debug: (_c, query, params) => captured.push({ query, params: params as unknown[] }),
    });
    const appDb = drizzle(app, { casing: 'snake_case' });
    const one = councils[0]!;
    const samples: Sample[] = Array.from({ length: SAMPLES }, () => {
      const c = councils[Math.floor(Math.random() * councils.length)]!;
      const r = 5_000 * Math.sqrt(Math.random());
      const a = 2 * Math.PI * Math.random();
      const category = Math.random() < 0.5 ? `cat-${Math.floor(Math.random() * CATEGORIES_PER_COUNCIL)}` : null;
      return { tenantId: c.tenant_id, x: c.cx + r * Math.cos(a), y: c.cy + r * Math.sin(a), category };
    });

    const shapes = new Map<boolean, { query: string; params: unknown[] }>();
    for (const withCategory of [false, true]) {
      await appDb.transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', 'coupdemain_app', true), set_config('app.tenant_id', ${one.tenant_id}, true)`);
        captured.length = 0;
        await queryNearbyPosts(tx as never, one.tenant_id, { x: one.cx, y: one.cy }, { radiusKm: RADIUS_KM, ...(withCategory ? { categoryKey: 'cat-1' } : {}) }, null);
        const q = captured.find((c) => /from "posts"/i.test(c.query));
        if (!q) throw new Error('requête de lib/posts/list-nearby-posts.ts non capturée');
        shapes.set(withCategory, q);
      });
    }
    console.log(`\nRequête de l’application (avec catégorie) :\n${shapes.get(true)!.query}\n`);

    /** Parameters of the captured query for another council, point and category. */
    const paramsFor = (template: unknown[], s: Sample, baseline: Sample) =>
      template.map((p) => {
        if (p === baseline.tenantId) return s.tenantId;
        if (p === baseline.x) return s.x;
        if (p === baseline.y) return s.y;
        if (p === 'cat-1') return s.category;
        return p;
      });
    const baseline: Sample = { tenantId: one.tenant_id, x: one.cx, y: one.cy, category: 'cat-1' };
    const variants = {
      indexed: (s: Sample) => ({ q: shapes.get(s.category !== null)!.query, p: paramsFor(shapes.get(s.category !== null)!.params, s, baseline) }),
      postgis: (s: Sample) => ({ q: toPostgis(shapes.get(s.category !== null)!.query), p: paramsFor(shapes.get(s.category !== null)!.params, s, baseline) }),
    };

    const conn = postgres(cluster.urlFor(cluster.appUrl, DB), { max: 1, onnotice: () => {} });
    /** One query, timed alone, inside a transaction set up like withTenant's (role, tenant, RLS on). */
    async function measure(s: Sample, q: string, p: unknown[], seqscan = false): Promise<{ ms: number; rows: number }> {
      return conn.begin(async (tx) => {
        await tx`select set_config('role', 'coupdemain_app', true), set_config('app.tenant_id', ${s.tenantId}, true)`;
        if (seqscan) await tx.unsafe('set local enable_indexscan = off; set local enable_bitmapscan = off; set local enable_indexonlyscan = off');
        const t = performance.now();
        // A scan must be planned under its own settings: a prepared statement would reuse the
        // plan it got with index scans allowed.
        const rows = await tx.unsafe(q, p as never[], { prepare: !seqscan });
        return { ms: performance.now() - t, rows: rows.length };
      }) as Promise<{ ms: number; rows: number }>;
    }

    const runs: Record<'indexed' | 'postgis' | 'seqscan', number[]> = { indexed: [], postgis: [], seqscan: [] };
    const byShape: Record<'indexed' | 'postgis', Record<'all' | 'category', number[]>> = {
      indexed: { all: [], category: [] },
      postgis: { all: [], category: [] },
    };
    const warm = samples.slice(0, 200);
    await timed('préchauffage (200 requêtes de chaque)', async () => {
      for (const s of warm) {
        const a = variants.indexed(s);
        await measure(s, a.q, a.p);
        if (withPostgis) {
          const b = variants.postgis(s);
          await measure(s, b.q, b.p);
        }
      }
    });
    let mismatches = 0;
    await timed(`${SAMPLES} requêtes indexées${withPostgis ? ' et autant sur PostGIS, alternées' : ''}`, async () => {
      for (const s of samples) {
        const a = variants.indexed(s);
        const ra = await measure(s, a.q, a.p);
        runs.indexed.push(ra.ms);
        byShape.indexed[s.category ? 'category' : 'all'].push(ra.ms);
        if (withPostgis) {
          const b = variants.postgis(s);
          const rb = await measure(s, b.q, b.p);
          runs.postgis.push(rb.ms);
          byShape.postgis[s.category ? 'category' : 'all'].push(rb.ms);
          if (ra.rows !== rb.rows) mismatches++;
        }
      }
    });
    if (mismatches) log(`attention : ${mismatches} requêtes PostGIS n’ont pas rendu le même nombre de lignes`);
    await timed(`${SCAN_SAMPLES} requêtes en parcours séquentiel forcé`, async () => {
      for (const s of samples.slice(0, SCAN_SAMPLES)) {
        const a = variants.indexed(s);
        runs.seqscan.push((await measure(s, a.q, a.p, true)).ms);
      }
    });

    const plan = async (seqscan: boolean, postgisVariant = false, withCategory = true) => {
      const s = samples.find((x) => (x.category !== null) === withCategory)!;
      const v = postgisVariant ? variants.postgis(s) : variants.indexed(s);
      return conn.begin(async (tx) => {
        await tx`select set_config('role', 'coupdemain_app', true), set_config('app.tenant_id', ${s.tenantId}, true)`;
        if (seqscan) await tx.unsafe('set local enable_indexscan = off; set local enable_bitmapscan = off; set local enable_indexonlyscan = off');
        const rows = await tx.unsafe(`explain (costs off) ${v.q}`, v.p as never[]);
        return rows.map((r) => Object.values(r)[0]).join('\n');
      });
    };
    console.log(`\nPlan indexé, sans catégorie :\n${await plan(false, false, false)}\n`);
    console.log(`Plan indexé, avec catégorie :\n${await plan(false)}\n`);
    if (withPostgis) console.log(`Plan PostGIS, avec catégorie :\n${await plan(false, true)}\n`);
    console.log(`Plan séquentiel forcé :\n${await plan(true)}\n`);
    await conn.end();
    await app.end();

    const stat = (xs: number[]) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95), n: xs.length });
    const idx = stat(runs.indexed);
    const scan = stat(runs.seqscan);
    const gis = withPostgis ? stat(runs.postgis) : null;
    const f = (ms: number) => `${ms.toFixed(3)} ms`;
    console.log('variante                 n        p50        p95');
    console.log(`index GiST (app)    ${String(idx.n).padStart(6)} ${f(idx.p50).padStart(10)} ${f(idx.p95).padStart(10)}`);
    if (gis) console.log(`PostGIS GiST        ${String(gis.n).padStart(6)} ${f(gis.p50).padStart(10)} ${f(gis.p95).padStart(10)}`);
    console.log(`parcours séquentiel ${String(scan.n).padStart(6)} ${f(scan.p50).padStart(10)} ${f(scan.p95).padStart(10)}`);
    for (const shape of ['all', 'category'] as const) {
      const a = stat(byShape.indexed[shape]);
      const b = gis ? stat(byShape.postgis[shape]) : null;
      console.log(
        `  ${shape === 'all' ? 'sans catégorie' : 'avec catégorie'} : index p50 ${f(a.p50)} p95 ${f(a.p95)}${b ? ` — PostGIS p50 ${f(b.p50)} p95 ${f(b.p95)}` : ''} (n=${a.n})`,
      );
    }
    const scanRatio = { p50: scan.p50 / idx.p50, p95: scan.p95 / idx.p95 };
    console.log(`\nséquentiel / index : p50 ×${scanRatio.p50.toFixed(0)}, p95 ×${scanRatio.p95.toFixed(0)}`);
    if (gis) console.log(`PostGIS / index    : p50 ×${(gis.p50 / idx.p50).toFixed(2)}, p95 ×${(gis.p95 / idx.p95).toFixed(2)}`);

    const misses: string[] = [];
    if (idx.p95 >= 5) misses.push(`p95 ${f(idx.p95)} ≥ 5 ms`);
    if (scanRatio.p50 < 100) misses.push(`seulement ×${scanRatio.p50.toFixed(0)} plus rapide que le parcours séquentiel (p50)`);
    if (gis && idx.p95 > gis.p95) misses.push(`plus lent que PostGIS au p95 (${f(idx.p95)} > ${f(gis.p95)})`);
    if (!gis) misses.push('pas de référence PostGIS');
    if (misses.length) {
      console.log(`\nObjectif manqué : ${misses.join(' ; ')}`);
      exitCode = 1;
    } else {
      console.log('\nObjectif atteint : p95 < 5 ms, ≥ 100× le parcours séquentiel, pas plus lent que PostGIS.');
    }
  } finally {
    // --keep leaves the cluster running to study plans by hand (psql on the printed URL).
    if (args.keep) log(`cluster gardé : psql ${cluster.urlFor(cluster.superUrl, DB)} — arrêt : pg_ctl -D ${cluster.dataDir} stop`);
    else await cluster.stop();
  }
  process.exit(exitCode);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
