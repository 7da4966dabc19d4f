CREATE TYPE "public"."announcement_audience" AS ENUM('none', 'all', 'radius');--> statement-breakpoint
CREATE TYPE "public"."announcement_email_state" AS ENUM('none', 'sending', 'done');--> statement-breakpoint
CREATE TYPE "public"."announcement_source" AS ENUM('staff', 'crisis');--> statement-breakpoint
CREATE TYPE "public"."moderation_action" AS ENUM('approve', 'hide', 'restore', 'suspend', 'reinstate', 'dismiss', 'resolve');--> statement-breakpoint
CREATE TYPE "public"."moderation_mode" AS ENUM('post', 'pre');--> statement-breakpoint
CREATE TYPE "public"."moderation_target" AS ENUM('post', 'message', 'user');--> statement-breakpoint
CREATE TABLE "announcements" (
	"tenant_id" uuid DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"starts_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ends_at" timestamp with time zone,
	"source" "announcement_source" DEFAULT 'staff' NOT NULL,
	"created_by" uuid NOT NULL,
	"audience" "announcement_audience" DEFAULT 'none' NOT NULL,
	"centre" "point",
	"radius_m" integer,
	"email_state" "announcement_email_state" DEFAULT 'none' NOT NULL,
	"email_cursor" uuid,
	"emailed_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "announcements_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "branding_drafts" (
	"tenant_id" uuid DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"values" jsonb NOT NULL,
	"logo_data" "bytea",
	"logo_mime" text,
	"remove_logo" boolean DEFAULT false NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "branding_drafts_tenant_id_pk" PRIMARY KEY("tenant_id")
);
--> statement-breakpoint
CREATE TABLE "crisis_plans" (
	"tenant_id" uuid DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"banner_text" text DEFAULT '' NOT NULL,
	"category_ids" uuid[] DEFAULT '{}' NOT NULL,
	"pre_moderation" boolean DEFAULT false NOT NULL,
	"announcement_title" text DEFAULT '' NOT NULL,
	"announcement_body" text DEFAULT '' NOT NULL,
	"announcement_audience" "announcement_audience" DEFAULT 'none' NOT NULL,
	"active_since" timestamp with time zone,
	"activated_by" uuid,
	"announcement_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crisis_plans_tenant_id_pk" PRIMARY KEY("tenant_id")
);
--> statement-breakpoint
CREATE TABLE "moderation_decisions" (
	"tenant_id" uuid DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"moderator_id" uuid NOT NULL,
	"action" "moderation_action" NOT NULL,
	"target_type" "moderation_target" NOT NULL,
	"target_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"previous_state" text,
	"reports_closed" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "moderation_decisions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "moderation_settings" (
	"tenant_id" uuid DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"mode" "moderation_mode" DEFAULT 'post' NOT NULL,
	"banned_words" text[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "moderation_settings_tenant_id_pk" PRIMARY KEY("tenant_id")
);
--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_tenant_id_created_by_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "branding_drafts" ADD CONSTRAINT "branding_drafts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "branding_drafts" ADD CONSTRAINT "branding_drafts_tenant_id_updated_by_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","updated_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crisis_plans" ADD CONSTRAINT "crisis_plans_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_tenant_id_moderator_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","moderator_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decisions" ADD CONSTRAINT "moderation_decisions_tenant_id_subject_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","subject_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_settings" ADD CONSTRAINT "moderation_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "announcements_tenant_id_starts_at_index" ON "announcements" USING btree ("tenant_id","starts_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "moderation_decisions_tenant_id_target_type_target_id_created_at_index" ON "moderation_decisions" USING btree ("tenant_id","target_type","target_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "moderation_decisions_tenant_id_subject_id_created_at_index" ON "moderation_decisions" USING btree ("tenant_id","subject_id","created_at" DESC NULLS LAST);