import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** `.next/app-build-manifest.json`: for each app entry (layouts, pages), the files it loads. */
export type AppBuildManifest = { pages: Record<string, string[]> };

/**
 * The JavaScript a first visit to `page` downloads: its own chunks and those of every layout
 * above it (which is what Next's build report calls "First Load JS"). Polyfills are left out:
 * they are `nomodule` scripts that modern browsers never fetch.
 */
export function firstLoadFiles(manifest: AppBuildManifest, page: string): string[] {
  const segments = page.replace(/\/page$/, '').split('/').filter(Boolean);
  const entries = ['/layout', ...segments.map((_, i) => `/${segments.slice(0, i + 1).join('/')}/layout`), page];
  const files = new Set<string>();
  for (const entry of entries) for (const f of manifest.pages[entry] ?? []) if (f.endsWith('.js')) files.add(f);
  return [...files];
}

export function pagesOf(manifest: AppBuildManifest): string[] {
  return Object.keys(manifest.pages)
    .filter((k) => k.endsWith('/page'))
    .sort();
}

export type Weight = { raw: number; gzip: number; brotli: number };

/** Sizes as served compressed: gzip level 9 (the budget) and brotli quality 11 (for information). */
export function weigh(contents: Buffer[]): Weight {
  const total: Weight = { raw: 0, gzip: 0, brotli: 0 };
  for (const c of contents) {
    total.raw += c.length;
    total.gzip += gzipSync(c, { level: 9 }).length;
    total.brotli += brotliCompressSync(c, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return total;
}

/** Strings only the map libraries' code contains (their CSS class prefixes, used from their JS). */
export const MAP_LIBRARY_SIGNATURES = ['maplibregl-', 'mapboxgl-'];

export function mapLibraryIn(content: string): string | null {
  return MAP_LIBRARY_SIGNATURES.find((s) => content.includes(s)) ?? null;
}

export function readBuildFile(nextDir: string, file: string): Buffer {
  return readFileSync(path.join(nextDir, file));
}
