import { getEnv } from '@/lib/env';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/**
 * Structured logs: one JSON object per line on stdout/stderr, with the tenant and request id
 * when known, ready for any log collector.
 */
export function log(level: Level, message: string, fields: Record<string, unknown> = {}) {
  if (ORDER[level] < ORDER[getEnv().LOG_LEVEL]) return;
  const entry: Record<string, unknown> = { time: new Date().toISOString(), level, msg: message };
  for (const [k, v] of Object.entries(fields)) {
    entry[k] = v instanceof Error ? { name: v.name, message: v.message, stack: v.stack, cause: serialiseCause(v.cause) } : v;
  }
  const line = JSON.stringify(entry);
  if (level === 'error' || level === 'warn') process.stderr.write(line + '\n');
  else process.stdout.write(line + '\n');
}

function serialiseCause(cause: unknown): unknown {
  if (!cause) return undefined;
  if (cause instanceof Error) return { name: cause.name, message: cause.message, cause: serialiseCause(cause.cause) };
  return String(cause);
}
