import { sql } from 'drizzle-orm';
import { getDatabase, transactionScope, type Tx } from './client';

/** The role every tenant query runs as: owns nothing, no BYPASSRLS. Created by the first migration. */
export const APP_ROLE = 'coupdemain_app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const afterCommitHooks = new WeakMap<Tx, Array<() => Promise<unknown> | unknown>>();

/**
 * The one way to touch tenant data: a transaction that runs as the application role with the
 * tenant set for this transaction only (`set_config(..., true)`), so a pooled connection never
 * carries it into the next one. Inside an open transaction of the same tenant, the callback
 * joins it; another tenant's transaction cannot be nested.
 */
export async function withTenant<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!UUID.test(tenantId)) throw new Error(`withTenant: not a tenant id: ${JSON.stringify(tenantId)}`);
  const current = transactionScope.getStore();
  if (current) {
    if (current.tenantId === tenantId) return fn(current.tx);
    throw new Error('withTenant: cannot open a transaction for another tenant inside this one');
  }
  const db = await getDatabase();
  const hooks: Array<() => Promise<unknown> | unknown> = [];
  const result = await db.app.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', ${APP_ROLE}, true), set_config('app.tenant_id', ${tenantId}, true)`);
    afterCommitHooks.set(tx, hooks);
    return transactionScope.run({ tenantId, tx }, () => fn(tx));
  });
  await runHooks(hooks);
  return result;
}

/**
 * Cross-tenant work on the owner connection (migrations, seed, operator console, billing
 * webhooks, job scheduling). Council routes must never reach it; see eslint.config.mjs.
 */
export async function withAdmin<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const current = transactionScope.getStore();
  if (current) {
    if (current.tenantId === null) return fn(current.tx);
    throw new Error('withAdmin: cannot open an admin transaction inside a tenant transaction');
  }
  const db = await getDatabase();
  const hooks: Array<() => Promise<unknown> | unknown> = [];
  const result = await db.admin.transaction(async (tx) => {
    afterCommitHooks.set(tx, hooks);
    return transactionScope.run({ tenantId: null, tx }, () => fn(tx));
  });
  await runHooks(hooks);
  return result;
}

/** Runs `hook` once the transaction has committed (never if it rolls back). */
export function afterCommit(tx: Tx, hook: () => Promise<unknown> | unknown) {
  const hooks = afterCommitHooks.get(tx);
  if (!hooks) throw new Error('afterCommit: not inside withTenant/withAdmin');
  hooks.push(hook);
}

async function runHooks(hooks: Array<() => Promise<unknown> | unknown>) {
  // Outside the transaction's async scope: hooks may start their own transactions.
  await transactionScope.exit(async () => {
    for (const hook of hooks) {
      try {
        await hook();
      } catch (error) {
        console.error('afterCommit hook failed', error);
      }
    }
  });
}

/**
 * Reads global tables (the tenant directory) through the open transaction when there is one,
 * so a lookup made inside withTenant does not wait on PGlite's single connection.
 */
export async function readGlobal<T>(fn: (db: Tx | import('./client').AppDb) => Promise<T>): Promise<T> {
  const current = transactionScope.getStore();
  if (current) return fn(current.tx);
  return fn((await getDatabase()).app);
}
