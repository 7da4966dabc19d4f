import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getEnv, usesEmbeddedDatabase } from '@/lib/env';

let cached: string | undefined;

/**
 * AUTH_SECRET signs sign-in tokens and cookies. A real deployment sets it; the embedded demo
 * makes one on first run and keeps it beside its data, so `npm run dev` needs no .env.
 */
export function getAuthSecret(): string {
  if (cached) return cached;
  const env = getEnv();
  if (env.AUTH_SECRET) return (cached = env.AUTH_SECRET);
  if (!usesEmbeddedDatabase(env) && env.NODE_ENV === 'production') {
    throw new Error('AUTH_SECRET must be set in production (at least 32 characters): openssl rand -base64 33');
  }
  const dir = env.PGLITE_DATA_DIR.startsWith('memory://') ? '.data' : path.dirname(path.resolve(env.PGLITE_DATA_DIR));
  const file = path.join(dir, 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(33).toString('base64'), { mode: 0o600 });
  }
  return (cached = readFileSync(file, 'utf8').trim());
}
