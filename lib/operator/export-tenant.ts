import { createHash } from 'node:crypto';
import { and, desc, eq, gte, sql } from 'drizzle-orm';
import { rowsOf } from '@/db/client';
import { categories } from '@/db/schema/categories';
import { operatorAuditLog } from '@/db/schema/operator-audit';
import { posts } from '@/db/schema/posts';
import { quartiers } from '@/db/schema/quartiers';
import { tenants } from '@/db/schema/tenants';
import { users } from '@/db/schema/users';
import { withAdmin } from '@/db/with-tenant';
import { toCsv } from '@/lib/csv';
import { recordAudit, type AuditActor } from './audit';
import { listTenantTables, quoteIdent } from '@/db/tenant-tables';
import { createZip } from './zip';

/** Deletion needs an export younger than this (O5). */
export const EXPORT_VALID_FOR_MS = 24 * 60 * 60 * 1000;

const REDACTED = '[masqué]';
/** Secrets that would let someone sign in as a resident: never written to a file. */
const SECRET_COLUMNS: Record<string, string[]> = { sessions: ['session_token'], verification_tokens: ['token'] };
/** Emails that carry a sign-in link: their body is a secret for as long as the link lives. */
const LINK_EMAIL_KINDS = new Set(['sign-in', 'staff-invite']);

function redact(table: string, rows: Record<string, unknown>[]) {
  const secret = SECRET_COLUMNS[table] ?? [];
  return rows.map((row) => {
    const copy = { ...row };
    for (const column of secret) if (column in copy) copy[column] = REDACTED;
    if (table === 'emails' && LINK_EMAIL_KINDS.has(String(copy.kind))) {
      copy.html = REDACTED;
      copy.text = REDACTED;
    }
    return copy;
  });
}

export type TenantExport = { filename: string; data: Buffer; sha256: string; counts: Record<string, number> };

/**
 * Everything a council owns, as a ZIP download (O5): one JSON file per tenant table (every
 * table with a tenant_id, from the catalogue), the people and the posts as CSV, and a README.
 * The export is recorded in the audit log, which is what allows deletion afterwards.
 */
export async function exportTenant(tenantId: string, actor: AuditActor, now = new Date()): Promise<TenantExport> {
  return withAdmin(async (tx) => {
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
    if (!tenant) throw new Error(`exportTenant: no tenant ${tenantId}`);
    const files: { name: string; data: string }[] = [];
    const counts: Record<string, number> = {};

    files.push({ name: 'collectivite.json', data: JSON.stringify(tenant, null, 2) });
    for (const table of await listTenantTables(tx)) {
      const [row] = rowsOf<{ rows: Record<string, unknown>[] }>(
        await tx.execute(sql`select coalesce(json_agg(t), '[]'::json) as rows from ${quoteIdent(table)} t where t.tenant_id = ${tenantId}`),
      );
      const rows = redact(table, typeof row!.rows === 'string' ? JSON.parse(row!.rows) : row!.rows);
      counts[table] = rows.length;
      files.push({ name: `tables/${table}.json`, data: JSON.stringify(rows, null, 2) });
    }

    const people = await tx
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        status: users.status,
        locale: users.locale,
        quartier: quartiers.name,
        charterAcceptedAt: users.charterAcceptedAt,
        createdAt: users.createdAt,
      })
      .from(users)
      .leftJoin(quartiers, and(eq(quartiers.tenantId, users.tenantId), eq(quartiers.id, users.homeQuartierId)))
      .where(eq(users.tenantId, tenantId))
      .orderBy(users.createdAt);
    files.push({
      name: 'personnes.csv',
      data: toCsv(
        ['id', 'email', 'nom_affiche', 'role', 'etat', 'langue', 'quartier', 'charte_acceptee_le', 'inscrit_le'],
        people.map((p) => [p.id, p.email, p.name, p.role, p.status, p.locale, p.quartier, p.charterAcceptedAt, p.createdAt]),
      ),
    });

    const postRows = await tx
      .select({
        id: posts.id,
        authorId: posts.authorId,
        author: users.name,
        kind: posts.kind,
        category: categories.label,
        title: posts.title,
        description: posts.description,
        urgency: posts.urgency,
        status: posts.status,
        moderation: posts.moderation,
        createdAt: posts.createdAt,
        expiresAt: posts.expiresAt,
        resolvedAt: posts.resolvedAt,
      })
      .from(posts)
      .innerJoin(users, and(eq(users.tenantId, posts.tenantId), eq(users.id, posts.authorId)))
      .innerJoin(categories, and(eq(categories.tenantId, posts.tenantId), eq(categories.id, posts.categoryId)))
      .where(eq(posts.tenantId, tenantId))
      .orderBy(posts.createdAt);
    files.push({
      name: 'annonces.csv',
      data: toCsv(
        ['id', 'auteur_id', 'auteur', 'type', 'categorie', 'titre', 'description', 'urgence', 'etat', 'moderation', 'publiee_le', 'expire_le', 'resolue_le'],
        postRows.map((p) => [p.id, p.authorId, p.author, p.kind, p.category, p.title, p.description, p.urgency, p.status, p.moderation, p.createdAt, p.expiresAt, p.resolvedAt]),
      ),
    });

    files.unshift({
      name: 'LISEZMOI.txt',
      data: [
        `Export des données de « ${tenant.slug} » — Coup de main`,
        `Fait le ${now.toISOString()}.`,
        '',
        'tables/<table>.json : toutes les lignes de la collectivité, table par table.',
        'personnes.csv et annonces.csv : les personnes et les annonces, lisibles dans un tableur (séparateur « ; »).',
        'collectivite.json : la fiche de la collectivité dans l’annuaire (sous-domaine, état, domaine personnalisé).',
        '',
        `Par sécurité, les jetons de session et de connexion sont remplacés par « ${REDACTED} ».`,
        'Les positions sont en Lambert-93 (EPSG:2154), en mètres.',
        '',
      ].join('\r\n'),
    });

    const data = createZip(files, now);
    const sha256 = createHash('sha256').update(data).digest('hex');
    const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
    const filename = `coupdemain-${tenant.slug}-${stamp}.zip`;
    await recordAudit(tx, { actor, action: 'tenant.export', tenant: { id: tenantId, slug: tenant.slug }, details: { file: filename, bytes: data.length, sha256, counts } });
    return { filename, data, sha256, counts };
  });
}

/** The latest export of a council still young enough to allow its deletion, if any. */
export async function findRecentExport(tenantId: string, now = new Date()) {
  const [row] = await withAdmin((tx) =>
    tx
      .select({ at: operatorAuditLog.at, actor: operatorAuditLog.actor, details: operatorAuditLog.details })
      .from(operatorAuditLog)
      .where(
        and(
          eq(operatorAuditLog.targetTenantId, tenantId),
          eq(operatorAuditLog.action, 'tenant.export'),
          gte(operatorAuditLog.at, new Date(now.getTime() - EXPORT_VALID_FOR_MS)),
        ),
      )
      .orderBy(desc(operatorAuditLog.at))
      .limit(1),
  );
  return row ?? null;
}

export async function findLastExport(tenantId: string) {
  const [row] = await withAdmin((tx) =>
    tx
      .select({ at: operatorAuditLog.at, actor: operatorAuditLog.actor })
      .from(operatorAuditLog)
      .where(and(eq(operatorAuditLog.targetTenantId, tenantId), eq(operatorAuditLog.action, 'tenant.export')))
      .orderBy(desc(operatorAuditLog.at))
      .limit(1),
  );
  return row ?? null;
}
