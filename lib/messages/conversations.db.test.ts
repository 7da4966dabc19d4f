import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { posts } from '@/db/schema/posts';
import { createTestPost, createTestTenant, createTestUser, listTestEmails } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import type { AppError } from '@/lib/errors';
import { blockPerson } from '@/lib/safety/blocks';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import {
  chooseHelper,
  countUnreadMessages,
  emailIfStillUnread,
  getConversation,
  listMessages,
  listMyConversations,
  markConversationRead,
  markDone,
  sendMessage,
  shareAddress,
  startConversation,
  withdrawHelp,
} from './conversations';

setupTestDatabase();

let t: string;
let other: string;
let requester: string;
let helper: string;
let third: string;
let postId: string;

const ctx = async (tenantId = t) => ({ council: await getCouncilOrThrow(tenantId), origin: 'http://conv.localhost:3000' });
const code = (e: unknown) => (e as AppError).code;
const postStatus = async () =>
  (await withTenant(t, (tx) => tx.select().from(posts).where(and(eq(posts.tenantId, t), eq(posts.id, postId)))))[0]!.status;

beforeAll(async () => {
  t = (await createTestTenant('conv')).tenantId;
  other = (await createTestTenant('conv-ailleurs')).tenantId;
  requester = (await createTestUser(t, 'requerante@example.org', { name: 'Rose R.' })).id;
  helper = (await createTestUser(t, 'aidant@example.org', { name: 'Hugo H.' })).id;
  third = (await createTestUser(t, 'tiers@example.org', { name: 'Tom T.' })).id;
  postId = (await createTestPost(t, requester, { title: 'Porter des courses', placeKind: 'address', placeLabel: '12 rue des Lilas' })).id;
});

describe('conversations (R7)', () => {
  let conversationId: string;

  it('opens a private conversation from "Je peux aider" and tells the author', async () => {
    const c = await ctx();
    conversationId = await withTenant(t, (tx) => startConversation(tx, c, helper, postId));
    expect(await withTenant(t, (tx) => startConversation(tx, c, helper, postId))).toBe(conversationId); // same one again
    const mail = (await listTestEmails(t)).find((m) => m.kind === 'notify:response');
    expect(mail?.toAddress).toBe('requerante@example.org');
    expect(mail?.subject).toContain('Porter des courses');
    expect(mail?.html).not.toContain('aidant@example.org');
    await expect(withTenant(t, (tx) => startConversation(tx, c, requester, postId))).rejects.toSatisfy((e) => code(e) === 'forbidden');
  });

  it('lets only the two participants read and write', async () => {
    const c = await ctx();
    await withTenant(t, (tx) => sendMessage(tx, c, helper, conversationId, 'Bonjour, je peux passer samedi.'));
    const seen = await withTenant(t, (tx) => listMessages(tx, t, requester, conversationId));
    expect(seen.map((m) => [m.mine, m.body])).toEqual([[false, 'Bonjour, je peux passer samedi.']]);
    await expect(withTenant(t, (tx) => listMessages(tx, t, third, conversationId))).rejects.toSatisfy((e) => code(e) === 'not_found');
    await expect(withTenant(t, (tx) => sendMessage(tx, c, third, conversationId, 'intrus'))).rejects.toSatisfy((e) => code(e) === 'not_found');
    await expect(withTenant(t, (tx) => getConversation(tx, t, third, conversationId))).rejects.toSatisfy((e) => code(e) === 'not_found');
    // Another council cannot even find it, with the right ids.
    await expect(withTenant(other, (tx) => listMessages(tx, other, helper, conversationId))).rejects.toSatisfy((e) => code(e) === 'not_found');
  });

  it('counts unread messages until they are read', async () => {
    expect(await withTenant(t, (tx) => countUnreadMessages(tx, t, requester))).toBe(1);
    expect(await withTenant(t, (tx) => countUnreadMessages(tx, t, helper))).toBe(0);
    const list = await withTenant(t, (tx) => listMyConversations(tx, t, requester));
    expect(list[0]).toMatchObject({ unread: 1, other: { name: 'Hugo H.' }, role: 'author' });
    await withTenant(t, (tx) => markConversationRead(tx, t, requester, conversationId));
    expect(await withTenant(t, (tx) => countUnreadMessages(tx, t, requester))).toBe(0);
  });

  it('emails an unread message after the delay only if still unread, once for several', async () => {
    const c = await ctx();
    const first = await withTenant(t, (tx) => sendMessage(tx, c, helper, conversationId, 'Vous êtes là ?'));
    const second = await withTenant(t, (tx) => sendMessage(tx, c, helper, conversationId, 'Je passe à 10 h.'));
    const job = { conversationId, recipientId: requester };
    expect(await withTenant(t, (tx) => emailIfStillUnread(tx, c, { ...job, messageId: first }))).toBe(false);
    expect(await withTenant(t, (tx) => emailIfStillUnread(tx, c, { ...job, messageId: second }))).toBe(true);
    const mail = (await listTestEmails(t)).find((m) => m.kind === 'notify:message');
    expect(mail?.text).not.toContain('Je passe à 10 h.'); // the body stays on the site
    await withTenant(t, (tx) => markConversationRead(tx, t, requester, conversationId));
    expect(await withTenant(t, (tx) => emailIfStillUnread(tx, c, { ...job, messageId: second }))).toBe(false);
  });

  it('shares the exact address only by the author’s action, recorded', async () => {
    let view = await withTenant(t, (tx) => getConversation(tx, t, helper, conversationId));
    expect(view.addressSharedAt).toBeNull();
    expect(JSON.stringify(await withTenant(t, (tx) => listMessages(tx, t, helper, conversationId)))).not.toContain('12 rue des Lilas');
    await expect(withTenant(t, (tx) => shareAddress(tx, t, helper, conversationId, 'x rue'))).rejects.toSatisfy((e) => code(e) === 'forbidden');
    await withTenant(t, (tx) => shareAddress(tx, t, requester, conversationId, '12 rue des Lilas'));
    view = await withTenant(t, (tx) => getConversation(tx, t, helper, conversationId));
    expect(view.addressSharedAt).toBeInstanceOf(Date);
    const msgs = await withTenant(t, (tx) => listMessages(tx, t, helper, conversationId));
    expect(msgs.at(-1)).toMatchObject({ kind: 'address', body: '12 rue des Lilas' });
  });

  it('chooses a helper (en cours, no new offers), lets them withdraw, then marks it done with thanks', async () => {
    const c = await ctx();
    await expect(withTenant(t, (tx) => chooseHelper(tx, t, helper, conversationId))).rejects.toSatisfy((e) => code(e) === 'forbidden');
    await withTenant(t, (tx) => chooseHelper(tx, t, requester, conversationId));
    expect(await postStatus()).toBe('in_progress');
    await expect(withTenant(t, (tx) => startConversation(tx, c, third, postId))).rejects.toSatisfy((e) => code(e) === 'forbidden');
    await withTenant(t, (tx) => withdrawHelp(tx, t, helper, conversationId));
    expect(await postStatus()).toBe('open');
    await withTenant(t, (tx) => chooseHelper(tx, t, requester, conversationId));
    await withTenant(t, (tx) => markDone(tx, t, requester, conversationId, 'Merci Hugo, quelle gentillesse !'));
    expect(await postStatus()).toBe('resolved');
    const view = await withTenant(t, (tx) => getConversation(tx, t, helper, conversationId));
    expect(view).toMatchObject({ chosen: 'this', done: true });
  });

  it('stops all writing between people who blocked each other', async () => {
    const c = await ctx();
    const p2 = (await createTestPost(t, requester, { title: 'Arroser les plantes' })).id;
    const conv2 = await withTenant(t, (tx) => startConversation(tx, c, third, p2));
    await withTenant(t, (tx) => blockPerson(tx, t, requester, third));
    await expect(withTenant(t, (tx) => sendMessage(tx, c, third, conv2, 'Bonjour'))).rejects.toSatisfy((e) => code(e) === 'forbidden');
    await expect(withTenant(t, (tx) => sendMessage(tx, c, requester, conv2, 'Bonjour'))).rejects.toSatisfy((e) => code(e) === 'forbidden');
    const p3 = (await createTestPost(t, requester, { title: 'Promener le chien' })).id;
    await expect(withTenant(t, (tx) => startConversation(tx, c, third, p3))).rejects.toSatisfy((e) => code(e) === 'not_found');
  });
});
