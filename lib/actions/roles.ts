export const USER_ROLES = ['resident', 'agent', 'moderator', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const STAFF_ROLES = ['agent', 'moderator', 'admin'] as const satisfies readonly UserRole[];
