// `npm test` entry point, dependency-free so it works on a fresh clone: installs the packages
// when they are missing, then hands over to scripts/test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
if (!existsSync(path.join(root, 'node_modules', '.bin', 'tsx'))) {
  // `npm install`, not `npm ci`: with `omit-lockfile-registry-resolved` (set on these machines)
  // npm 11 writes lock entries for other platforms' optional packages that `npm ci` then
  // rejects as out of sync. `npm install` still installs the locked versions.
  console.log('[test] node_modules absent : npm install…');
  const r = spawnSync('npm', ['install'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const r = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'test.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
process.exit(r.status ?? 1);
