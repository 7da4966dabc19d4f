/**
 * `npm run fake:stripe [-- --port 12111]`: the local stand-in for Stripe (lib/billing/fake-stripe-server.ts),
 * to try billing offline. Start the app with the variables it prints. The e2e suite starts it too.
 */
import { parseArgs } from 'node:util';
import { startFakeStripe } from '@/lib/billing/fake-stripe-server';

const { values } = parseArgs({ options: { port: { type: 'string' }, key: { type: 'string' } } });
void startFakeStripe({ port: values.port ? Number(values.port) : undefined, secretKey: values.key }).then((fake) => {
  console.log(`Stripe factice sur ${fake.url}`);
  console.log(`STRIPE_SECRET_KEY=${fake.secretKey} STRIPE_API_HOST=127.0.0.1 STRIPE_API_PORT=${fake.port} STRIPE_API_PROTOCOL=http`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void fake.close().then(() => process.exit(0)));
});
