import { sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';

/**
 * Every table that holds a council's rows: those with a tenant_id column, read from the
 * catalogue so that a table added tomorrow is exported and deleted without anyone having to
 * remember it. Ordered so that a table comes before the tables it references (children first):
 * deleting in this order never trips a foreign key, whatever its ON DELETE rule.
 */
export async function listTenantTables(tx: Tx): Promise<string[]> {
  const tables = rowsOf<{ name: string }>(
    await tx.execute(sql`
      select c.relname as name
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
      where n.nspname = 'public' and c.relkind in ('r', 'p')
      order by 1`),
  ).map((r) => r.name);
  const edges = rowsOf<{ child: string; parent: string }>(
    await tx.execute(sql`
      select c.relname as child, p.relname as parent
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public' and c.oid <> p.oid`),
  ).filter((e) => tables.includes(e.child) && tables.includes(e.parent));
  return childrenFirst(tables, edges);
}

/** Topological order: every child before its parents. Throws on a cycle (none exists today). */
export function childrenFirst(tables: string[], edges: { child: string; parent: string }[]): string[] {
  const ordered: string[] = [];
  const remaining = new Set(tables);
  while (remaining.size) {
    const next = [...remaining].filter((t) => !edges.some((e) => e.parent === t && e.child !== t && remaining.has(e.child)));
    if (!next.length) throw new Error(`Foreign-key cycle between tenant tables: ${[...remaining].join(', ')}`);
    for (const t of next.sort()) {
      ordered.push(t);
      remaining.delete(t);
    }
  }
  return ordered;
}

/** A table name from the catalogue, quoted for SQL. */
export function quoteIdent(name: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected table name ${name}`);
  return sql.raw(`"${name}"`);
}
