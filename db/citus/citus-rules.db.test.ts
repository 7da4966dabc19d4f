import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../client';
import { setupTestDatabase } from '../test-database';
import { withAdmin } from '../with-tenant';

setupTestDatabase();

const script = readFileSync(path.join(import.meta.dirname, 'distribute.sql'), 'utf8').replace(/--.*$/gm, '');
const referenceTables = [...script.matchAll(/create_reference_table\('([a-z_]+)'\)/g)].map((m) => m[1]!);
const distributed = [...script.matchAll(/create_distributed_table\('([a-z_]+)',\s*'([a-z_]+)',\s*colocate_with\s*=>\s*'([a-z_]+)'\)/g)].map((m) => ({
  table: m[1]!,
  column: m[2]!,
  colocateWith: m[3]!,
}));

type Constraint = { table: string; name: string; type: 'p' | 'u' | 'f' | 'x'; columns: string[]; refTable: string | null; refColumns: string[] | null };

async function catalogue() {
  return withAdmin(async (tx) => {
    const tables = rowsOf<{ name: string; tenant_type: string | null }>(
      await tx.execute(sql`
        select c.relname as name,
          (select format_type(a.atttypid, a.atttypmod) from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as tenant_type
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`),
    );
    const constraints = rowsOf<{ table: string; name: string; type: string; columns: string[]; ref_table: string | null; ref_columns: string[] | null }>(
      await tx.execute(sql`
        select c.relname as table, k.conname as name, k.contype::text as type,
          array(select a.attname::text from unnest(k.conkey) with ordinality u(n, i) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i) as columns,
          r.relname as ref_table,
          case when k.confrelid = 0 then null else
            array(select a.attname::text from unnest(k.confkey) with ordinality u(n, i) join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.i) end as ref_columns
        from pg_constraint k
        join pg_class c on c.oid = k.conrelid
        join pg_namespace n on n.oid = c.relnamespace
        left join pg_class r on r.oid = k.confrelid
        where n.nspname = 'public' and k.contype in ('p', 'u', 'f', 'x')`),
    ).map((r): Constraint => ({ table: r.table, name: r.name, type: r.type as Constraint['type'], columns: r.columns, refTable: r.ref_table, refColumns: r.ref_columns }));
    const uniqueIndexes = rowsOf<{ table: string; name: string; columns: string[] }>(
      await tx.execute(sql`
        select t.relname as table, i.relname as name,
          array(select a.attname::text from unnest(x.indkey) u(n) join pg_attribute a on a.attrelid = x.indrelid and a.attnum = u.n) as columns
        from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
        join pg_namespace n on n.oid = t.relnamespace
        where n.nspname = 'public' and x.indisunique`),
    );
    return {
      tenantTables: tables.filter((t) => t.tenant_type).map((t) => t.name),
      globalTables: tables.filter((t) => !t.tenant_type).map((t) => t.name),
      tenantIdTypes: new Set(tables.filter((t) => t.tenant_type).map((t) => t.tenant_type)),
      constraints,
      uniqueIndexes,
    };
  });
}

describe('db/citus/distribute.sql and the rules Citus needs (X7)', () => {
  it('distributes every tenant table by tenant_id, co-located, and makes every global table a reference table', async () => {
    const { tenantTables, globalTables } = await catalogue();
    expect(distributed.map((d) => d.table).sort()).toEqual([...tenantTables].sort());
    expect([...referenceTables].sort()).toEqual([...globalTables].sort());
    expect(distributed.every((d) => d.column === 'tenant_id')).toBe(true);
    const [first, ...rest] = distributed;
    expect(first!.colocateWith).toBe('none');
    expect(rest.every((d) => d.colocateWith === first!.table)).toBe(true);
  });

  it('gives tenant_id one type everywhere (co-location needs it)', async () => {
    expect([...(await catalogue()).tenantIdTypes]).toEqual(['uuid']);
  });

  it('includes tenant_id in every primary key, unique constraint, unique index and exclusion constraint of a tenant table', async () => {
    const { tenantTables, constraints, uniqueIndexes } = await catalogue();
    const tenant = new Set(tenantTables);
    expect(tenantTables.filter((t) => !constraints.some((c) => c.table === t && c.type === 'p'))).toEqual([]);
    const keys = constraints.filter((c) => tenant.has(c.table) && c.type !== 'f');
    expect(keys.length).toBeGreaterThan(tenantTables.length);
    expect(keys.filter((c) => !c.columns.includes('tenant_id')).map((c) => c.name)).toEqual([]);
    expect(uniqueIndexes.filter((i) => tenant.has(i.table) && !i.columns.includes('tenant_id')).map((i) => i.name)).toEqual([]);
  });

  it('keys every foreign key between tenant tables on tenant_id on both sides; others point to reference tables only', async () => {
    const { tenantTables, constraints } = await catalogue();
    const tenant = new Set(tenantTables);
    const reference = new Set(referenceTables);
    const fks = constraints.filter((c) => c.type === 'f');
    expect(fks.length).toBeGreaterThan(0);
    const bad = fks.filter((fk) => {
      const fromTenant = tenant.has(fk.table);
      const toTenant = tenant.has(fk.refTable!);
      if (fromTenant && toTenant) {
        const i = fk.columns.indexOf('tenant_id');
        return i < 0 || fk.refColumns![i] !== 'tenant_id';
      }
      if (fromTenant) return !reference.has(fk.refTable!); // distributed → reference: allowed
      return toTenant; // reference → distributed: Citus refuses it
    });
    expect(bad.map((fk) => `${fk.table}.${fk.name} → ${fk.refTable}`)).toEqual([]);
  });

  it('distributes a table only after the tables it references', async () => {
    const { constraints } = await catalogue();
    const order = new Map([...referenceTables, ...distributed.map((d) => d.table)].map((t, i) => [t, i]));
    const late = constraints
      .filter((c) => c.type === 'f' && c.table !== c.refTable)
      .filter((fk) => order.get(fk.refTable!)! > order.get(fk.table)!)
      .map((fk) => `${fk.table} before ${fk.refTable}`);
    expect(late).toEqual([]);
  });

  it('would notice a table Citus cannot take (the checks can fail)', async () => {
    await withAdmin(async (tx) => {
      await tx.execute(sql`create table zz_bad (tenant_id uuid not null references tenants(id), code text not null, primary key (tenant_id, code), unique (code))`);
    });
    const { tenantTables, constraints } = await catalogue();
    expect(tenantTables).toContain('zz_bad');
    expect(distributed.map((d) => d.table)).not.toContain('zz_bad');
    expect(constraints.filter((c) => c.table === 'zz_bad' && c.type === 'u' && !c.columns.includes('tenant_id'))).toHaveLength(1);
    await withAdmin((tx) => tx.execute(sql`drop table zz_bad`));
  });
});
