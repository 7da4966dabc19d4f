import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { operators } from '@/db/schema/operators';
import { withAdmin } from '@/db/with-tenant';
import { recordAudit, type AuditActor } from './audit';

/**
 * Creates an operator account (idempotent: an existing one is re-enabled). Only from the
 * command line — the console has no sign-up — so the first operator is whoever runs
 * `npm run operator -- create <email>` on the server.
 */
export async function createOperator(rawEmail: string, actor: AuditActor, name?: string) {
  const email = z.email().parse(rawEmail.trim().toLowerCase());
  return withAdmin(async (tx) => {
    const [existing] = await tx.select().from(operators).where(eq(operators.email, email));
    if (existing) {
      if (existing.disabledAt) await tx.update(operators).set({ disabledAt: null }).where(eq(operators.id, existing.id));
      return { id: existing.id, email, created: false };
    }
    const [row] = await tx.insert(operators).values({ email, name: name ?? null }).returning({ id: operators.id });
    await recordAudit(tx, { actor, action: 'operator.create', details: { email } });
    return { id: row!.id, email, created: true };
  });
}

/** Disabling signs the operator out everywhere at once (sessions are checked against it). */
export async function disableOperator(rawEmail: string) {
  const email = rawEmail.trim().toLowerCase();
  const rows = await withAdmin((tx) =>
    tx.update(operators).set({ disabledAt: new Date() }).where(eq(operators.email, email)).returning({ id: operators.id }),
  );
  return rows.length > 0;
}
