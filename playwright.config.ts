import { defineConfig } from '@playwright/test';
import { E2E_OPERATOR_EMAIL, E2E_STRIPE_PORT, E2E_STRIPE_SECRET_KEY, E2E_STRIPE_WEBHOOK_SECRET } from './e2e/operator-env';

const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against the production
 * build, on the embedded database a new user gets, with the development mailbox switched on.
 * Councils are reached by host: herblay.localhost, orne.localhost (Chromium resolves *.localhost).
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://herblay.localhost:${PORT}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      // Stripe's stand-in for the billing steps (O4): the real SDK talks to it.
      command: `tsx --tsconfig tsconfig.scripts.json scripts/fake-stripe.ts --port ${E2E_STRIPE_PORT} --key ${E2E_STRIPE_SECRET_KEY}`,
      url: `http://127.0.0.1:${E2E_STRIPE_PORT}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Address search goes to a local fake of the national geocoder (nothing leaves the machine).
      command: `rm -rf .test-data/e2e-pglite && tsx db/setup.ts && tsx --tsconfig tsconfig.scripts.json scripts/operator.ts create ${E2E_OPERATOR_EMAIL} && tsx scripts/with-fake-geocoder.ts next start -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PGLITE_DATA_DIR: '.test-data/e2e-pglite',
        DATABASE_URL: '',
        DEV_MAILBOX: '1',
        RESEND_API_KEY: '',
        LOG_LEVEL: 'warn',
        AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-secret-e2e-secret-e2e-secret-0123456789',
        PUBLIC_PORT: String(PORT),
        STRIPE_SECRET_KEY: E2E_STRIPE_SECRET_KEY,
        STRIPE_WEBHOOK_SECRET: E2E_STRIPE_WEBHOOK_SECRET,
        STRIPE_API_HOST: '127.0.0.1',
        STRIPE_API_PORT: String(E2E_STRIPE_PORT),
        STRIPE_API_PROTOCOL: 'http',
      },
    },
  ],
});

export const e2ePort = PORT;
