/** Connection strings of the throwaway PostgreSQL cluster that scripts/test.ts starts. */
export const TEMPLATE_DATABASE = 'coupdemain_test_template';

function withDatabaseName(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export function adminUrlFor(name: string) {
  const url = process.env.TEST_DATABASE_ADMIN_URL;
  if (!url) throw new Error('TEST_DATABASE_ADMIN_URL is not set');
  return withDatabaseName(url, name);
}

export function appUrlFor(name: string) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return withDatabaseName(url, name);
}
