import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/client';
import { sessions, users } from '@/db/schema/users';
import { createTestPost, createTestTenant, createTestUser, listTestEmails } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withAdmin, withTenant } from '@/db/with-tenant';
import { toMetric } from '@/lib/geo/lambert93';
import { saveStandingOffer } from '@/lib/matching/standing-offers';
import { chooseHelper, getConversation, markDone, sendMessage, startConversation } from '@/lib/messages/conversations';
import { reportContent } from '@/lib/safety/reports';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { deleteMyAccount } from './delete-my-account';
import { exportMyData } from './export-my-data';

setupTestDatabase();

const EMAIL = 'monique.durand@example.org';
const NAME = 'Monique Durand';

let t: string;
let other: string;
let monique: string;
let voisin: string;
let answeredPost: string;
let conversationId: string;

/** Every text-like column of every table, searched for a string — the whole database. */
async function findEverywhere(needle: string) {
  const columns = rowsOf<{ table_name: string; column_name: string }>(
    await withAdmin((tx) =>
      tx.execute(sql`
        select table_name, column_name from information_schema.columns
        where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`),
    ),
  );
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    const rows = rowsOf<{ n: number }>(
      await withAdmin((tx) =>
        tx.execute(sql`select count(*)::int as n from ${sql.identifier(table_name)} where ${sql.identifier(column_name)}::text ilike ${`%${needle}%`}`),
      ),
    );
    if (rows[0]!.n > 0) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}

beforeAll(async () => {
  t = (await createTestTenant('donnees')).tenantId;
  other = (await createTestTenant('donnees-ailleurs')).tenantId;
  monique = (await createTestUser(t, EMAIL, { name: NAME, home: toMetric({ lat: 48.99, lng: 2.17 }), homeLabel: '3 allée des Tilleuls' })).id;
  voisin = (await createTestUser(t, 'voisin@example.org', { name: 'Paul V.' })).id;
  // The same person in another council: untouched by a deletion here.
  await createTestUser(other, EMAIL, { name: NAME });
  const ctx = { council: await getCouncilOrThrow(t), origin: 'http://donnees.localhost:3000' };
  answeredPost = (await createTestPost(t, monique, { title: 'Besoin d’aide pour mes courses', placeKind: 'address', placeLabel: '3 allée des Tilleuls' })).id;
  await createTestPost(t, monique, { title: 'Annonce sans réponse de Monique' });
  await withTenant(t, async (tx) => {
    conversationId = await startConversation(tx, ctx, voisin, answeredPost);
    await sendMessage(tx, ctx, monique, conversationId, `Merci, c'est ${NAME}, au 3 allée des Tilleuls.`);
    await sendMessage(tx, ctx, voisin, conversationId, `Avec plaisir ${NAME} !`);
    await chooseHelper(tx, t, monique, conversationId);
    await markDone(tx, t, monique, conversationId, 'Merci Paul !');
    await saveStandingOffer(tx, t, monique, { categoryIds: [], radiusM: 1000, weekdays: [] });
    await reportContent(tx, t, monique, { targetType: 'user', targetId: voisin, reason: 'Test de signalement' });
    await tx.insert(sessions).values({ tenantId: t, sessionToken: 'session-de-monique', userId: monique, expires: new Date(Date.now() + 86_400_000) });
  });
});

describe('my data (R10)', () => {
  it('exports everything about me in this council, and nothing of another council', async () => {
    const data = await withTenant(t, (tx) => exportMyData(tx, t, monique));
    expect(data.account).toMatchObject({ email: EMAIL, displayName: NAME, home: { label: '3 allée des Tilleuls' } });
    expect(data.posts.map((p) => p.title).sort()).toEqual(['Annonce sans réponse de Monique', 'Besoin d’aide pour mes courses']);
    expect(data.conversations[0]!.messages.map((m) => m.fromMe)).toEqual([true, false, true, true]);
    expect(data.reportsMade).toHaveLength(1);
    expect(data.emailsSentToMe.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toContain(other);
  });

  it('deletes my account so that nothing in the database names me, and signs me out everywhere', async () => {
    expect((await findEverywhere(EMAIL)).length).toBeGreaterThan(0); // the search can find it
    await withTenant(t, (tx) => deleteMyAccount(tx, t, monique));

    // Only the other council's separate account still carries this email and name.
    const otherAccount = await withTenant(other, (tx) => tx.select().from(users).where(eq(users.tenantId, other)));
    expect(otherAccount.map((u) => u.email)).toEqual([EMAIL]);
    await withTenant(other, (tx) => tx.delete(users).where(eq(users.tenantId, other)));
    expect(await findEverywhere(EMAIL)).toEqual([]);
    expect(await findEverywhere(NAME)).toEqual([]);
    expect(await findEverywhere('allée des Tilleuls')).toEqual([]);

    const remaining = await withTenant(t, (tx) => tx.select().from(sessions).where(and(eq(sessions.tenantId, t), eq(sessions.userId, monique))));
    expect(remaining).toEqual([]);
    // The neighbour's conversation survives and shows a former member.
    const view = await withTenant(t, (tx) => getConversation(tx, t, voisin, conversationId));
    expect(view.other).toEqual({ id: monique, name: null, former: true });
    expect((await listTestEmails(t)).some((m) => m.toAddress === EMAIL)).toBe(false);
  });
});
