/**
 * `npm test`: the whole suite, with its own set-up, so that it alone passes on a fresh machine.
 *
 *  1. finds a Chromium (Playwright's, or the system's; as root on Debian, installs `chromium`);
 *  2. when PostgreSQL 15 is installed, starts a throwaway cluster in a temporary directory
 *     (as the `postgres` user when run as root) with the app and admin roles;
 *  3. runs vitest: unit tests, then integration tests on PGlite and on that PostgreSQL;
 *  4. builds the app for production and runs the Playwright end-to-end suite against it;
 *  5. removes the cluster, prints `N passed, N failed`, exits non-zero on any failure.
 *
 * Flags: --skip-e2e, --only-e2e (for quick local loops; CI runs without flags).
 */
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startCluster, type Cluster } from './pg-cluster';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, '.test-data');
const args = new Set(process.argv.slice(2));
const isRoot = process.getuid?.() === 0;

type Tally = { passed: number; failed: number; skipped: number };
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
const problems: string[] = [];

function log(line: string) {
  console.log(`\x1b[1m[test]\x1b[0m ${line}`);
}

function run(cmd: string, argv: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { stdio: 'inherit', cwd: root, ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
  });
}

function which(bin: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

// ---------------------------------------------------------------- Chromium

async function findChromium(): Promise<string | null> {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright without its own browser: fall through to the system's.
  }
  for (const bin of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    const found = which(bin);
    if (found) return found;
  }
  return null;
}

async function ensureChromium(): Promise<string> {
  let found = await findChromium();
  if (found) return found;
  if (isRoot && existsSync('/etc/debian_version') && which('apt-get')) {
    log('Chromium introuvable : installation du paquet Debian « chromium »…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    await run('apt-get', ['update', '-qq'], { env });
    await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env });
    found = await findChromium();
    if (found) return found;
  }
  console.error(
    'Aucun Chromium trouvé pour les tests de bout en bout.\n' +
      '  Debian/Ubuntu : sudo apt-get install chromium\n' +
      '  ou indiquez son chemin : CHROMIUM_PATH=/chemin/vers/chromium npm test',
  );
  process.exit(1);
}

// ---------------------------------------------------------------- PostgreSQL

async function startPostgres(): Promise<Cluster | null> {
  try {
    const cluster = await startCluster();
    if (!cluster) {
      log('PostgreSQL 15 absent : tests d’intégration sur PGlite seulement.');
      return null;
    }
    log(`PostgreSQL ${cluster.version} temporaire sur le port ${cluster.port}`);
    return cluster;
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return null;
  }
}

// ---------------------------------------------------------------- results

function countVitest(file: string) {
  if (!existsSync(file)) return problems.push('vitest n’a produit aucun résultat');
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
    testResults: { status: string; assertionResults: unknown[]; name: string }[];
  };
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
  // A file that failed to load has no assertions but must still count as a failure.
  const broken = report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0);
  tally.failed += broken.length;
  for (const b of broken) problems.push(`fichier de test en échec au chargement : ${path.relative(root, b.name)}`);
}

function countPlaywright(file: string) {
  if (!existsSync(file)) return problems.push('Playwright n’a produit aucun résultat');
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  tally.passed += report.stats.expected + report.stats.flaky;
  tally.failed += report.stats.unexpected;
  tally.skipped += report.stats.skipped;
  if (report.errors?.length) {
    tally.failed += report.errors.length;
    problems.push(`Playwright : ${report.errors.length} erreur(s) hors test`);
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const testEnv: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: process.env.AUTH_SECRET ?? 'test-secret-test-secret-test-secret-0123456789',
    RESEND_API_KEY: '',
    DATABASE_URL: '',
    DATABASE_ADMIN_URL: '',
    NEXT_TELEMETRY_DISABLED: '1',
  };

  const runE2e = !args.has('--skip-e2e');
  const runVitest = !args.has('--only-e2e');
  const chromium = runE2e ? await ensureChromium() : null;
  const cluster = runVitest ? await startPostgres() : null;
  let exitCode = 0;
  try {
    if (runVitest) {
      const json = path.join(outDir, 'vitest.json');
      const env = { ...testEnv, ...(cluster ? { TEST_DATABASE_URL: cluster.appUrl, TEST_DATABASE_ADMIN_URL: cluster.adminUrl } : {}) };
      const code = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], { env });
      countVitest(json);
      if (code !== 0 && tally.failed === 0) problems.push(`vitest a terminé avec le code ${code}`);
      if (code !== 0) exitCode = 1;
    }
    if (runE2e && chromium) {
      log('Construction de production (next build)…');
      const build = await run('npx', ['next', 'build'], { env: { ...testEnv, NODE_ENV: 'production' } });
      if (build !== 0) {
        problems.push('next build a échoué');
        tally.failed++;
        exitCode = 1;
      } else {
        const json = path.join(outDir, 'playwright.json');
        const env = { ...testEnv, CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: json, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
        const code = await run('npx', ['playwright', 'test', '--reporter=list,json'], { env });
        countPlaywright(json);
        if (code !== 0) exitCode = 1;
      }
    }
  } finally {
    await cluster?.stop();
  }
  if (tally.failed > 0 || problems.length) exitCode = 1;
  for (const p of problems) console.error(`[test] ${p}`);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`\n${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''} (${minutes} min)`);
  process.exit(exitCode);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
