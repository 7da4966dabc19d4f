import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type Database } from './client';
import { posts } from './schema/posts';
import { users } from './schema/users';
import { createTestPost, createTestTenant, createTestUser } from './test-fixtures';
import { currentTestEngine, setupTestDatabase } from './test-database';
import { APP_ROLE, withAdmin, withTenant } from './with-tenant';

const ctx = setupTestDatabase();

type TableRow = { table_name: string };

/** Drizzle wraps the driver's error; the database's own message is in the cause chain. */
function isRlsViolation(error: unknown): boolean {
  for (let e = error as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (/row-level security/.test(e.message ?? '')) return true;
  }
  return false;
}

async function tenantTables(): Promise<string[]> {
  const rows = await withAdmin((tx) =>
    tx.execute(sql`
      select c.relname as table_name
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
      where n.nspname = 'public' and c.relkind in ('r', 'p')
      order by 1`),
  );
  return rowsOf<TableRow>(rows).map((r) => r.table_name);
}

describe('catalogue: every tenant table is protected (X1)', () => {
  it('finds the tenant tables', async () => {
    const tables = await tenantTables();
    expect(tables).toEqual(expect.arrayContaining(['users', 'sessions', 'verification_tokens', 'posts', 'councils', 'categories', 'emails']));
  });

  it('has RLS enabled and forced, a fail-closed policy, and tenant_id not null', async () => {
    const rows = rowsOf<{
      table_name: string;
      rls: boolean;
      forced: boolean;
      policies: number;
      closed_policies: number;
      not_null: boolean;
    }>(
      await withAdmin((tx) =>
        tx.execute(sql`
          select c.relname as table_name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
            (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies,
            (select count(*)::int from pg_policy p where p.polrelid = c.oid
               and pg_get_expr(p.polqual, p.polrelid) like '%app_current_tenant()%'
               and pg_get_expr(p.polwithcheck, p.polrelid) like '%app_current_tenant()%') as closed_policies,
            a.attnotnull as not_null
          from pg_class c
          join pg_namespace n on n.oid = c.relnamespace
          join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
          where n.nspname = 'public' and c.relkind in ('r', 'p')`),
      ),
    );
    expect(rows.length).toBeGreaterThan(0);
    const failures = rows.filter((r) => !r.rls || !r.forced || r.policies !== 1 || r.closed_policies !== 1 || !r.not_null);
    expect(failures).toEqual([]);
  });

  it('leads every primary key, unique constraint and foreign key with tenant_id (Citus-ready)', async () => {
    const rows = rowsOf<{ table_name: string; conname: string; contype: string; first_col: string }>(
      await withAdmin((tx) =>
        tx.execute(sql`
          select c.relname as table_name, k.conname, k.contype::text as contype,
            (select attname from pg_attribute where attrelid = c.oid and attnum = k.conkey[1]) as first_col
          from pg_constraint k
          join pg_class c on c.oid = k.conrelid
          join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and k.contype in ('p', 'u', 'f')
            and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)`),
      ),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.first_col !== 'tenant_id')).toEqual([]);
    // Unique indexes that are not constraints must follow the same rule.
    const indexes = rowsOf<{ indexname: string; indexdef: string }>(
      await withAdmin((tx) =>
        tx.execute(sql`
          select i.relname as indexname, pg_get_indexdef(i.oid) as indexdef
          from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid
          join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and x.indisunique
            and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)`),
      ),
    );
    expect(indexes.filter((i) => !/\((tenant_id)[,)]/.test(i.indexdef))).toEqual([]);
  });

  it('runs tenant queries as a role that owns nothing and cannot bypass RLS', async () => {
    const [me] = rowsOf<{ role: string; bypass: boolean; superuser: boolean; owns: number }>(
      await withTenant('00000000-0000-4000-8000-000000000000', (tx) =>
        tx.execute(sql`
          select current_user as role, r.rolbypassrls as bypass, r.rolsuper as superuser,
            (select count(*)::int from pg_class c where c.relowner = r.oid) as owns
          from pg_roles r where r.rolname = current_user`),
      ),
    );
    expect(me).toEqual({ role: APP_ROLE, bypass: false, superuser: false, owns: 0 });
  });
});

describe('rows of another council are out of reach (X1)', () => {
  let a: { tenantId: string };
  let b: { tenantId: string };
  let bUserId: string;
  let bPostId: string;

  beforeAll(async () => {
    a = await createTestTenant('alpha');
    b = await createTestTenant('beta');
    await createTestUser(a.tenantId, 'anne@example.org');
    const bUser = await createTestUser(b.tenantId, 'bruno@example.org');
    bUserId = bUser.id;
    bPostId = (await createTestPost(b.tenantId, bUserId)).id;
  });

  it('cannot select them, even naming their tenant_id', async () => {
    const seen = await withTenant(a.tenantId, async (tx) => ({
      users: await tx.select().from(users).where(eq(users.tenantId, b.tenantId)),
      posts: await tx.select().from(posts),
      all: rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from users where tenant_id <> ${a.tenantId}`)),
    }));
    expect(seen.users).toEqual([]);
    expect(seen.posts).toEqual([]);
    expect(seen.all[0]!.n).toBe(0);
  });

  it('cannot insert into them', async () => {
    await expect(
      withTenant(a.tenantId, (tx) => tx.insert(users).values({ tenantId: b.tenantId, email: 'intrus@example.org' })),
    ).rejects.toSatisfy(isRlsViolation);
  });

  it('cannot update or delete them', async () => {
    const result = await withTenant(a.tenantId, async (tx) => ({
      updated: await tx.update(posts).set({ title: 'piraté' }).where(eq(posts.id, bPostId)).returning(),
      deleted: await tx.delete(users).where(eq(users.id, bUserId)).returning(),
    }));
    expect(result).toEqual({ updated: [], deleted: [] });
    const [post] = await withTenant(b.tenantId, (tx) => tx.select().from(posts).where(and(eq(posts.tenantId, b.tenantId), eq(posts.id, bPostId))));
    expect(post!.title).toBe('Besoin de courses');
  });

  it('cannot move their own rows into another council', async () => {
    await expect(
      withTenant(a.tenantId, (tx) => tx.update(users).set({ tenantId: b.tenantId }).where(eq(users.tenantId, a.tenantId))),
    ).rejects.toSatisfy(isRlsViolation);
  });

  it('sees nothing and writes nothing when no tenant is set', async () => {
    const db = ctx.db;
    const seen = await db.app.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
      return rowsOf<{ n: number }>(await tx.execute(sql`select (select count(*) from users) + (select count(*) from posts) as n`));
    });
    expect(Number(seen[0]!.n)).toBe(0);
    await expect(
      db.app.transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', ${APP_ROLE}, true)`);
        await tx.insert(users).values({ tenantId: a.tenantId, email: 'sans-tenant@example.org' });
      }),
    ).rejects.toThrow();
  });
});

describe('a pooled connection never carries a tenant into the next transaction (X1)', () => {
  // One connection, so the next transaction is certain to reuse it.
  let single: Database;
  beforeAll(async () => {
    if (currentTestEngine() === 'postgres') {
      const url = new URL(process.env.TEST_DATABASE_URL!);
      const { default: postgres } = await import('postgres');
      const { drizzle } = await import('drizzle-orm/postgres-js');
      // Same database as this file's: reuse its connection parameters with a pool of one.
      const current = rowsOf<{ db: string }>(await ctx.db.admin.execute(sql`select current_database() as db`))[0]!.db;
      url.pathname = `/${current}`;
      const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
      single = { ...ctx.db, app: drizzle(client, { casing: 'snake_case' }) as never, close: () => client.end() };
    } else {
      single = ctx.db; // PGlite has exactly one connection
    }
  });

  async function settingsOutsideTransaction() {
    const [row] = rowsOf<{ tenant: string | null; role: string; login: string }>(
      await single.app.execute(
        sql`select current_setting('app.tenant_id', true) as tenant, current_user as role, session_user as login`,
      ),
    );
    return row!;
  }

  it('resets the tenant and the role after withTenant', async () => {
    const { setDatabase } = await import('./client');
    setDatabase(single);
    try {
      const a = await createTestTenant('gamma');
      await withTenant(a.tenantId, async (tx) => tx.select().from(users));
      const after = await settingsOutsideTransaction();
      expect(after.tenant ?? '').toBe('');
      expect(after.role).toBe(after.login); // the SET ROLE did not outlive the transaction
      // And after a transaction that failed half-way.
      await expect(withTenant(a.tenantId, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect((await settingsOutsideTransaction()).tenant ?? '').toBe('');
    } finally {
      setDatabase(ctx.db);
    }
  });

  it('would detect a session-level setting (the check can fail)', async () => {
    await single.app.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.tenant_id', '00000000-0000-4000-8000-000000000001', false)`);
    });
    expect((await settingsOutsideTransaction()).tenant).toBe('00000000-0000-4000-8000-000000000001');
    await single.app.execute(sql`select set_config('app.tenant_id', '', false)`);
  });

  afterAll(async () => {
    if (currentTestEngine() === 'postgres') await single.close();
  });
});

