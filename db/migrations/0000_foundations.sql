-- Extensions, the application role, and the function that protects every tenant table.
-- drizzle-kit cannot express these; they run before the generated schema.
-- btree_gist, pg_trgm and unaccent are trusted extensions: no superuser needed on PostgreSQL 15.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coupdemain_app') THEN
    CREATE ROLE coupdemain_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO coupdemain_app;
--> statement-breakpoint
-- The tenant of the current transaction, or NULL (which matches no row) when none is set.
CREATE OR REPLACE FUNCTION app_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_current_tenant() TO coupdemain_app;
--> statement-breakpoint
-- Idempotent: ENABLE + FORCE row-level security, the isolation policy, and the application
-- role's grants on every table that has a tenant_id column. db/migrate.ts calls it after
-- every migration run, so a new tenant table cannot be left unprotected.
CREATE OR REPLACE FUNCTION app_secure_tenant_tables() RETURNS void
  LANGUAGE plpgsql
  AS $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT c.oid::regclass AS tbl
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
  LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', r.tbl);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', r.tbl);
    IF NOT EXISTS (SELECT 1 FROM pg_policy WHERE polrelid = r.tbl AND polname = 'tenant_isolation') THEN
      EXECUTE format(
        'CREATE POLICY tenant_isolation ON %s AS PERMISSIVE FOR ALL '
        'USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant())',
        r.tbl);
    END IF;
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO coupdemain_app', r.tbl);
  END LOOP;
END $$;
