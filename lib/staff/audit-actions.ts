/**
 * Names of the staff audit log's actions (A9), shared by every part of the console. The
 * onboarding checklist (A8) ticks its tasks from the sandbox's audit lines, so the modules that
 * write these lines and the checklist that reads them must agree on the exact strings: import
 * them from here rather than typing them. Moderation, announcements and crisis mode use the
 * names their module writes (lib/moderation, lib/staff on the staff-core branch).
 */
export const AUDIT_ACTIONS = {
  // Moderation (A4)
  postApprove: 'moderation.approve',
  postHide: 'moderation.hide',
  postRestore: 'moderation.restore',
  // Assisted requests (A5)
  assistedCreate: 'assisted.create',
  assistedMessage: 'assisted.message',
  assistedChooseHelper: 'assisted.choose-helper',
  assistedShareAddress: 'assisted.share-address',
  assistedRenew: 'assisted.renew',
  assistedClose: 'assisted.close',
  // Announcements (A6)
  announcementPublish: 'announcements.publish',
  // Crisis mode (A10)
  crisisOn: 'crisis.on',
  crisisOff: 'crisis.off',
  // Training (A8)
  sandboxReset: 'sandbox.reset',
  sandboxJoin: 'sandbox.join',
  // Embed (A11)
  embedDomainsUpdate: 'embed.domains.update',
} as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];
