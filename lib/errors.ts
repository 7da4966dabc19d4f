export const ERROR_CODES = ['validation', 'forbidden', 'not_found', 'unauthenticated', 'rate_limited', 'closed', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error type of the app. `code` is stable (tests and clients rely on it). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fieldErrors?: Record<string, string>,
    options?: { cause?: unknown },
  ) {
    super(message ?? code, options);
    this.name = 'AppError';
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  rate_limited: 429,
  closed: 423,
  internal: 500,
};
