import { FlatCompat } from '@eslint/eslintrc';

const compat = new FlatCompat({ baseDirectory: import.meta.dirname });

/**
 * Rule 4 of DESIGN.md: the admin connection (no RLS) is reachable only from db/ and the few
 * modules whose job is cross-tenant. Everything else touches data through withTenant.
 */
const adminOnlyPaths = [
  {
    name: '@/db/with-tenant',
    importNames: ['withAdmin'],
    message: 'withAdmin bypasses row-level security: only db/, lib/operator, lib/billing, lib/jobs, tenant import and sandbox creation may use it.',
  },
  {
    name: '@/db/client',
    importNames: ['getDatabase'],
    message: 'Use withTenant (or withAdmin where allowed) instead of the raw database.',
  },
];
const adminOnly = { 'no-restricted-imports': ['error', { paths: adminOnlyPaths }] };

/**
 * A council's site never imports the operator console, the Stripe webhook or billing
 * administration (lib/operator/council-boundary.test.ts checks the whole import graph too).
 * Council pages may read their billing notice and open their billing portal.
 */
const councilSite = {
  'no-restricted-imports': [
    'error',
    {
      paths: adminOnlyPaths,
      patterns: [
        {
          group: ['@/lib/operator/*', '@/app/operator/*', '@/app/api/stripe/*', '@/app/api/operator-auth/*', '@/lib/billing/*', '!@/lib/billing/notice', '!@/lib/billing/portal', '!@/lib/billing/plans'],
          message: 'Council routes must not reach operator or billing-administration code (X1).',
        },
      ],
    },
  ],
};

const config = [
  { ignores: ['.next/**', 'node_modules/**', '.data/**', '.test-data/**', 'db/migrations/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
  ...compat.extends('next/core-web-vitals', 'next/typescript'),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/**', 'lib/**', 'middleware.ts'],
    ignores: [
      'lib/operator/**',
      'lib/billing/**',
      'lib/jobs/**',
      'lib/tenant/import-tenant.ts',
      'lib/tenant/sandbox.ts',
      'lib/server/**',
      'app/api/health/**',
      '**/*.test.ts',
      '**/*.test.tsx',
    ],
    rules: adminOnly,
  },
  { files: ['app/t/**'], ignores: ['**/*.test.ts', '**/*.test.tsx'], rules: councilSite },
];

export default config;
