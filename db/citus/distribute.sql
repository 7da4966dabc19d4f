-- Coup de main on Citus (X7): run once on the coordinator, as the schema owner, after
-- `npm run db:migrate` (which creates the tables, RLS and policies). Citus moves existing rows.
-- db/citus/citus-rules.db.test.ts checks that this file names every table of the schema and
-- that the schema keeps the rules Citus needs.

CREATE EXTENSION IF NOT EXISTS citus;

-- The tenant of a transaction must reach the workers, where RLS is checked: Citus forwards
-- SET LOCAL (not set_config); see the README, "Growing past one machine".
DO $$ BEGIN
  EXECUTE format('ALTER DATABASE %I SET citus.propagate_set_commands = %L', current_database(), 'local');
END $$;

-- Global tables: a full copy on every node, so tenant rows can reference and join them locally.
SELECT create_reference_table('tenants');
SELECT create_reference_table('operators');
SELECT create_reference_table('operator_sessions');
SELECT create_reference_table('operator_verification_tokens');
SELECT create_reference_table('operator_emails');
SELECT create_reference_table('operator_audit_log');
SELECT create_reference_table('stripe_events');

-- Tenant tables: sharded by tenant_id and co-located, so all of one council's rows live on the
-- same node and every query of one council is routed to that node alone. Parents first.
SELECT create_distributed_table('councils', 'tenant_id', colocate_with => 'none');
SELECT create_distributed_table('users', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('categories', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('quartiers', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('posts', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('sessions', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('verification_tokens', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('emails', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('billing_accounts', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('tenant_status_changes', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('conversations', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('messages', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('helps', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('standing_offers', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('standing_offer_categories', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('blocks', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('reports', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('notification_preferences', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('pending_notifications', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('staff_audit_log', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('council_accounts', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('assisted_requests', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('embed_settings', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('moderation_settings', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('moderation_decisions', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('announcements', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('crisis_plans', 'tenant_id', colocate_with => 'councils');
SELECT create_distributed_table('branding_drafts', 'tenant_id', colocate_with => 'councils');
