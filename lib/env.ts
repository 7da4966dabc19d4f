import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(v)));

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),

  // Database
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  DATABASE_ADMIN_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  PGLITE_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('.data/pglite')),
  SEED_DEMO: bool,

  // Hosts
  ROOT_DOMAIN: z.preprocess(emptyAsUndefined, z.string().default('localhost')),
  /** The host custom domains must point to (CNAME); defaults to the council's own subdomain. */
  CUSTOM_DOMAIN_TARGET: z.preprocess(emptyAsUndefined, z.string().optional()),

  // Auth
  AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32).optional()),

  // Email
  RESEND_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  RESEND_BASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  EMAIL_FROM_DOMAIN: z.preprocess(emptyAsUndefined, z.string().default('coupdemain.localhost')),
  DEV_MAILBOX: bool,

  // Where the app is reached, for links in emails sent by jobs (no request to take the host from).
  // Protocol: https unless ROOT_DOMAIN is localhost. Port: PUBLIC_PORT, else PORT on localhost.
  PUBLIC_PROTOCOL: z.preprocess(emptyAsUndefined, z.enum(['http', 'https']).optional()),
  PUBLIC_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).optional()),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).optional()),

  // Address search: the national address base (BAN) geocoder, or a local fake in tests.
  GEOCODER_URL: z.preprocess(emptyAsUndefined, z.url().default('https://api-adresse.data.gouv.fr')),
  GEOCODER_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(100).max(30_000).default(3_000)),
  // Map (R5): Mapbox when a token is set, MapLibre otherwise; optional raster tiles.
  NEXT_PUBLIC_MAPBOX_TOKEN: z.preprocess(emptyAsUndefined, z.string().optional()),
  MAP_TILE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^https?:\/\/[^/{}]+\/.*\{z\}.*\{x\}.*\{y\}/, 'a URL template such as https://tuiles.example.fr/{z}/{x}/{y}.png')
      .optional(),
  ),
  MAP_TILE_ATTRIBUTION: z.preprocess(emptyAsUndefined, z.string().max(300).optional()),
  // Billing (Stripe). Without a secret key the console says billing is not configured.
  STRIPE_SECRET_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  STRIPE_WEBHOOK_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** Point the Stripe SDK elsewhere (tests and offline trials use a local fake). */
  STRIPE_API_HOST: z.preprocess(emptyAsUndefined, z.string().optional()),
  STRIPE_API_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).optional()),
  STRIPE_API_PROTOCOL: z.preprocess(emptyAsUndefined, z.enum(['http', 'https']).optional()),

  // Logs
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** The environment, parsed once. Nothing else in the code base reads `process.env` directly. */
export function getEnv(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`Invalid environment: ${details}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** For tests that change the environment between cases. */
export function resetEnvForTests() {
  cached = undefined;
}

export function usesEmbeddedDatabase(env: Env = getEnv()) {
  return !env.DATABASE_URL;
}

/**
 * The development mailbox shows every captured email, sign-in links included, so it is only
 * on where nothing real can be reached: no Resend key, and either not production or the
 * embedded demo database. `DEV_MAILBOX` overrides (the e2e suite turns it on explicitly).
 */
export function isDevMailboxEnabled(env: Env = getEnv()) {
  if (env.RESEND_API_KEY) return false;
  if (env.DEV_MAILBOX !== undefined) return env.DEV_MAILBOX;
  return env.NODE_ENV !== 'production' || usesEmbeddedDatabase(env);
}

/** The origin of the configured raster tiles, for the content-security policy; null without tiles. */
export function mapTileOrigin(env: Env = getEnv()): string | null {
  return env.MAP_TILE_URL ? new URL(env.MAP_TILE_URL).origin : null;
}
