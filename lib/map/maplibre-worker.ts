import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Served from every council's host by app/t/[tenant]/carte/moteur.mjs/route.ts. */
export const MAPLIBRE_WORKER_PATH = '/carte/moteur.mjs';

const dist = () => path.join(process.cwd(), 'node_modules', 'maplibre-gl');

let worker: Buffer | undefined;
let version: string | undefined;

/** MapLibre's web worker, read once from the installed package. */
export function maplibreWorkerSource(): Buffer {
  worker ??= readFileSync(path.join(dist(), 'dist', 'maplibre-gl-worker.mjs'));
  return worker;
}

export function maplibreVersion(): string {
  version ??= (JSON.parse(readFileSync(path.join(dist(), 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
