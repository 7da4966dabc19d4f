import type { NextConfig } from 'next';

// The Content-Security-Policy is set per request by middleware.ts (it carries a nonce).
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(self), interest-cohort=()' },
];

const nextConfig: NextConfig = {
  // Loaded from node_modules at run time: PGlite reads its WASM and extension files from disk.
  serverExternalPackages: ['@electric-sql/pglite', 'pg-boss', 'postgres', 'proj4'],
  poweredByHeader: false,
  // A council's logo (A2) is uploaded through a server action: up to 1 MB of image plus the
  // form's other fields. The logo's own limit is checked by its bytes (lib/staff/logo-file.ts).
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Every page refuses to be framed, except a council's embeddable page (A11), which
      // middleware.ts guards with a `frame-ancestors` built from the council's own list.
      { source: '/:path((?!integration$).*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
    ];
  },
};

export default nextConfig;
