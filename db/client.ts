import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import type PgBoss from 'pg-boss';
import { getEnv } from '@/lib/env';

export type AppDb = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<AppDb['transaction']>[0]>[0];

export type Database = {
  kind: 'pglite' | 'postgres';
  /** The application connection: a role that owns nothing and cannot bypass RLS. */
  app: AppDb;
  /** Owner connection: migrations, the operator console, billing webhooks, job scheduling. */
  admin: AppDb;
  /** pg-boss runs its SQL through this (on the admin connection). */
  bossDb: PgBoss.Db;
  close(): Promise<void>;
  /** PGlite only: a snapshot of the data directory (tests clone a migrated template from it). */
  dumpDataDir?: () => Promise<Blob>;
};

export type DatabaseOptions =
  | { kind: 'pglite'; dataDir: string; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; adminUrl: string };

/**
 * Marks code running inside a database transaction. PGlite has a single connection, so a query
 * issued outside the transaction while it is open would wait for it forever: we fail loudly
 * instead (see `guardPglite`).
 */
export const transactionScope = new AsyncLocalStorage<{ tenantId: string | null; tx: Tx }>();

const GLOBAL_KEY = Symbol.for('coupdemain.database');
type GlobalWithDb = typeof globalThis & { [GLOBAL_KEY]?: Promise<Database> };

export function databaseOptionsFromEnv(): DatabaseOptions {
  const env = getEnv();
  if (env.DATABASE_URL) {
    return { kind: 'postgres', url: env.DATABASE_URL, adminUrl: env.DATABASE_ADMIN_URL ?? env.DATABASE_URL };
  }
  return { kind: 'pglite', dataDir: env.PGLITE_DATA_DIR };
}

/**
 * The process-wide database. Kept on globalThis because Next bundles middleware, route
 * handlers and instrumentation separately: each must see the same PGlite instance, and two
 * instances on one data directory would corrupt it.
 */
export function getDatabase(): Promise<Database> {
  const g = globalThis as GlobalWithDb;
  g[GLOBAL_KEY] ??= openDatabase(databaseOptionsFromEnv()).catch((error) => {
    delete g[GLOBAL_KEY];
    throw error;
  });
  return g[GLOBAL_KEY];
}

/** Tests and scripts install their own database (e.g. an in-memory PGlite). */
export function setDatabase(db: Database | undefined) {
  const g = globalThis as GlobalWithDb;
  if (db) g[GLOBAL_KEY] = Promise.resolve(db);
  else delete g[GLOBAL_KEY];
}

export async function closeDatabase() {
  const g = globalThis as GlobalWithDb;
  const current = g[GLOBAL_KEY];
  delete g[GLOBAL_KEY];
  if (current) await (await current).close();
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (process.env.NODE_ENV !== 'test') {
    const where = options.kind === 'pglite' ? options.dataDir : new URL(options.url).host;
    console.log(JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'database opened', kind: options.kind, where, pid: process.pid }));
  }
  return options.kind === 'pglite'
    ? openPglite(options.dataDir, options.loadDataDir)
    : openPostgres(options.url, options.adminUrl);
}

export const PGLITE_EXTENSIONS = ['btree_gist', 'pg_trgm', 'unaccent'] as const;

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  const [{ PGlite }, { drizzle }, { btree_gist }, { pg_trgm }, { unaccent }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('@electric-sql/pglite/contrib/btree_gist'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
  ]);
  if (!dataDir.startsWith('memory://')) mkdirSync(path.resolve(dataDir), { recursive: true });
  const client = await PGlite.create(dataDir.startsWith('memory://') ? undefined : path.resolve(dataDir), {
    extensions: { btree_gist, pg_trgm, unaccent },
    loadDataDir,
  });
  const guarded = guardPglite(client);
  const db = drizzle(guarded, { casing: 'snake_case' }) as unknown as AppDb;
  return {
    kind: 'pglite',
    app: db,
    admin: db,
    bossDb: {
      async executeSql(text, values) {
        if (values && values.length) return { rows: (await guarded.query(text, values)).rows };
        const results = await guarded.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      },
    },
    close: () => client.close(),
    dumpDataDir: () => client.dumpDataDir('gzip'),
  };
}

function guardPglite(client: PGlite): PGlite {
  const guard = (name: string) => {
    if (transactionScope.getStore()) {
      throw new Error(
        `Database access (${name}) outside the current transaction while one is open: on PGlite this would wait forever. ` +
          'Use the transaction passed to withTenant/withAdmin.',
      );
    }
  };
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'query' || prop === 'exec' || prop === 'transaction') {
        return (...args: unknown[]) => {
          guard(String(prop));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function openPostgres(url: string, adminUrl: string): Promise<Database> {
  const [{ default: postgresFn }, { drizzle }] = await Promise.all([import('postgres'), import('drizzle-orm/postgres-js')]);
  const options: postgres.Options<Record<string, never>> = { max: 10, onnotice: () => {}, idle_timeout: 30 };
  const appClient = postgresFn(url, options);
  const adminClient = adminUrl === url ? appClient : postgresFn(adminUrl, { ...options, max: 5 });
  return {
    kind: 'postgres',
    app: drizzle(appClient, { casing: 'snake_case' }) as unknown as AppDb,
    admin: drizzle(adminClient, { casing: 'snake_case' }) as unknown as AppDb,
    bossDb: {
      async executeSql(text, values) {
        // pg-boss is written for node-postgres, which sends plain objects as JSON and undefined as NULL.
        const params = (values ?? []).map((v: unknown) =>
          v === undefined
            ? null
            : v !== null && typeof v === 'object' && !(v instanceof Date) && !Buffer.isBuffer(v) && !Array.isArray(v)
              ? JSON.stringify(v)
              : v,
        );
        // Its maintenance commands arrive as one "BEGIN; …; COMMIT;" script, which postgres-js
        // only runs inside sql.begin on a pool.
        const script = params.length === 0 ? /^\s*BEGIN\s*;([\s\S]*?);?\s*COMMIT\s*;?\s*$/i.exec(text) : null;
        if (script) {
          const result = (await adminClient.begin((tx) => tx.unsafe(script[1]!).simple())) as unknown[];
          const last = Array.isArray(result.at(-1)) ? (result.at(-1) as unknown[]) : result;
          return { rows: [...last] };
        }
        const rows = await adminClient.unsafe(text, params as never[]);
        return { rows: [...rows] };
      },
    },
    async close() {
      await appClient.end({ timeout: 5 });
      if (adminClient !== appClient) await adminClient.end({ timeout: 5 });
    },
  };
}

/** Rows of a raw `execute()` result, whichever driver produced it. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
