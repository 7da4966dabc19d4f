/**
 * Runs a command with GEOCODER_URL pointing at a local fake of the national address geocoder
 * (lib/geo/fake-geocoder-server.ts), on a free port. Used by the e2e server, and handy offline:
 *   npx tsx scripts/with-fake-geocoder.ts npx next dev
 */
import { spawn } from 'node:child_process';
import { startFakeGeocoder } from '@/lib/geo/fake-geocoder-server';

async function main() {
  const [cmd, ...args] = process.argv.slice(2);
  if (!cmd) {
    console.error('usage: tsx scripts/with-fake-geocoder.ts <command> [args…]');
    process.exit(2);
  }
  const fake = await startFakeGeocoder();
  console.log(`Géocodeur local : ${fake.url}`);
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, GEOCODER_URL: fake.url } });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGTERM', forward);
  process.on('SIGINT', forward);
  child.on('exit', async (code, signal) => {
    await fake.close();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

void main();
