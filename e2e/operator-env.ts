import { execFileSync } from 'node:child_process';

/**
 * The e2e server's billing and operator set-up, shared by playwright.config.ts and the specs:
 * a local fake Stripe on a free port chosen once per run (kept in the environment so that
 * Playwright's workers, which re-read the config, agree on it), and a first operator.
 */
export const E2E_OPERATOR_EMAIL = 'operateur@e2e.example';
export const E2E_STRIPE_SECRET_KEY = 'sk_test_e2e_fake';
export const E2E_STRIPE_WEBHOOK_SECRET = 'whsec_e2e_local_only_secret';

function freePort(): number {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

process.env.E2E_STRIPE_PORT ??= String(freePort());
export const E2E_STRIPE_PORT = Number(process.env.E2E_STRIPE_PORT);
