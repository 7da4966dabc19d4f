import { FlatCompat } from '@eslint/eslintrc';

const compat = new FlatCompat({ baseDirectory: import.meta.dirname });

/**
 * Rule 4 of DESIGN.md: the admin connection (no RLS) is reachable only from db/ and the few
 * modules whose job is cross-tenant. Everything else touches data through withTenant.
 */
const adminOnly = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
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
      'lib/email/deliver-email.ts',
      'lib/tenant/import-tenant.ts',
      'lib/tenant/sandbox.ts',
      'lib/server/**',
      'app/api/health/**',
      '**/*.test.ts',
      '**/*.test.tsx',
    ],
    rules: adminOnly,
  },
];

export default config;
