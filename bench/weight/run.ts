/**
 * `npm run bench:weight` — first-load JavaScript of every page of the production build,
 * compressed, from Next's build manifests (R11). Fails when the council home page is above
 * its budget, or when a map library is part of its first load. Builds first if there is no
 * build (`--build` forces a fresh one).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { firstLoadFiles, mapLibraryIn, pagesOf, readBuildFile, weigh, type AppBuildManifest } from './first-load';

const root = path.resolve(import.meta.dirname, '../..');
const nextDir = path.join(root, '.next');
const HOME_PAGE = '/t/[tenant]/page';
const MAP_PAGE = '/t/[tenant]/annonces/carte/page';
/** 150 kB, in thousands of bytes like Next's own report: the stricter reading of "150 KB". */
const BUDGET_BYTES = 150_000;

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

function build() {
  console.log('[weight] next build…');
  const r = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function main() {
  if (process.argv.includes('--build') || !existsSync(path.join(nextDir, 'BUILD_ID'))) build();
  const manifest = JSON.parse(readFileSync(path.join(nextDir, 'app-build-manifest.json'), 'utf8')) as AppBuildManifest;
  const failures: string[] = [];

  const rows = pagesOf(manifest).map((page) => {
    const files = firstLoadFiles(manifest, page);
    const w = weigh(files.map((f) => readBuildFile(nextDir, f)));
    return { page: page.replace(/\/page$/, '') || '/', files: files.length, ...w };
  });
  const width = Math.max(...rows.map((r) => r.page.length));
  console.log(`\nFirst-load JavaScript per page (gzip -9 = the budget; brotli q11 for information)\n`);
  console.log(`${'page'.padEnd(width)}  files       raw      gzip    brotli`);
  for (const r of rows) {
    console.log(`${r.page.padEnd(width)}  ${String(r.files).padStart(5)}  ${kb(r.raw).padStart(8)}  ${kb(r.gzip).padStart(8)}  ${kb(r.brotli).padStart(8)}`);
  }

  const home = rows.find((r) => `${r.page}/page` === HOME_PAGE);
  if (!home) failures.push(`no ${HOME_PAGE} in the build`);
  else if (home.gzip > BUDGET_BYTES) failures.push(`home page first load ${kb(home.gzip)} gzip is above the ${kb(BUDGET_BYTES)} budget`);
  else console.log(`\nHome page (/t/[tenant]): ${kb(home.gzip)} gzip — budget ${kb(BUDGET_BYTES)}: OK`);

  // The map library must not be in the home page's first load…
  for (const file of firstLoadFiles(manifest, HOME_PAGE)) {
    const found = mapLibraryIn(readBuildFile(nextDir, file).toString('utf8'));
    if (found) failures.push(`the home page loads ${file}, which contains the map library (“${found}”)`);
  }
  // …nor in the map page's: it is imported on demand. And it must exist in the build at all,
  // or the check above would pass for the wrong reason.
  for (const file of firstLoadFiles(manifest, MAP_PAGE)) {
    const found = mapLibraryIn(readBuildFile(nextDir, file).toString('utf8'));
    if (found) failures.push(`the map page's first load contains the map library (${file}): it should be a dynamic import`);
  }
  const chunksDir = path.join(nextDir, 'static', 'chunks');
  const lazy = readdirSync(chunksDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.js'))
    .map((d) => path.join(d.parentPath, d.name))
    .filter((f) => mapLibraryIn(readFileSync(f, 'utf8')));
  if (!lazy.length) failures.push('no chunk of the build contains a map library: the signature check cannot be trusted');
  else {
    console.log('Map libraries, each loaded on demand by the map pages only (one or the other, never both):');
    for (const f of lazy) {
      const content = readFileSync(f);
      const which = content.includes('mapboxgl-') ? 'mapbox-gl' : 'maplibre-gl';
      console.log(`  ${which.padEnd(12)} ${kb(weigh([content]).gzip).padStart(9)} gzip  ${path.relative(nextDir, f)}`);
    }
  }

  if (failures.length) {
    for (const f of failures) console.error(`[weight] FAIL: ${f}`);
    process.exit(1);
  }
  console.log('[weight] OK');
}

main();
