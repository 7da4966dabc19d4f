import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The operator's cross-council powers must stay out of every council's site (X1): nothing that
 * app/t/** imports — directly or through any chain of imports — may be console, webhook or
 * billing-administration code. Council pages may only read their billing notice and open their
 * billing portal (both under their own RLS).
 */
const FORBIDDEN = [/^lib\/operator\//, /^app\/operator\//, /^app\/api\/stripe\//, /^app\/api\/operator-auth\//, /^lib\/billing\//];
const ALLOWED = new Set(['lib/billing/notice.ts', 'lib/billing/portal.ts', 'lib/billing/stripe-client.ts', 'lib/billing/plans.ts']);

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(path.join(ROOT, from)), spec);
  else return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return path.relative(ROOT, candidate).split(path.sep).join('/');
  }
  return null;
}

/** Every project file reachable from `entries`, with one import chain that reaches it. */
export function reachable(entries: string[]): Map<string, string[]> {
  const chains = new Map<string, string[]>(entries.map((e) => [e, [e]]));
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const target = resolve(file, match[1] ?? match[2] ?? match[3]!);
      if (target && !chains.has(target)) {
        chains.set(target, [...chains.get(file)!, target]);
        queue.push(target);
      }
    }
  }
  return chains;
}

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

function violations(entries: string[]) {
  return [...reachable(entries).entries()]
    .filter(([file]) => FORBIDDEN.some((re) => re.test(file)) && !ALLOWED.has(file))
    .map(([, chain]) => chain.join(' → '));
}

describe('council routes never reach the console or the webhook (X1)', () => {
  it('finds the council routes and follows their imports', () => {
    const entries = filesUnder('app/t');
    expect(entries).toContain('app/t/[tenant]/layout.tsx');
    const graph = reachable(entries);
    expect(graph.has('lib/billing/notice.ts')).toBe(true); // the layout's billing notice
    expect(graph.has('lib/tenant/directory.ts')).toBe(true);
  });

  it('no file imported, even indirectly, by app/t/** is operator or billing-administration code', () => {
    expect(violations(filesUnder('app/t'))).toEqual([]);
  });

  it('would catch it (the check can fail): the console does reach them', () => {
    const found = violations(filesUnder('app/operator'));
    expect(found.some((chain) => chain.includes('lib/operator/operator-session.ts'))).toBe(true);
    expect(violations(['app/api/stripe/webhook/route.ts']).some((chain) => chain.endsWith('lib/billing/webhook.ts'))).toBe(true);
  });
});
