CREATE TYPE "public"."category_status" AS ENUM('enabled', 'disabled', 'archived');--> statement-breakpoint
CREATE TYPE "public"."council_kind" AS ENUM('commune', 'intercommunalite', 'departement');--> statement-breakpoint
CREATE TYPE "public"."email_status" AS ENUM('queued', 'sent', 'captured', 'failed');--> statement-breakpoint
CREATE TYPE "public"."post_kind" AS ENUM('need', 'offer');--> statement-breakpoint
CREATE TYPE "public"."post_moderation" AS ENUM('approved', 'pending', 'hidden');--> statement-breakpoint
CREATE TYPE "public"."post_place" AS ENUM('home', 'address', 'quartier');--> statement-breakpoint
CREATE TYPE "public"."post_status" AS ENUM('open', 'in_progress', 'resolved', 'expired');--> statement-breakpoint
CREATE TYPE "public"."post_urgency" AS ENUM('normal', 'urgent');--> statement-breakpoint
CREATE TYPE "public"."post_when" AS ENUM('flexible', 'date', 'weekly');--> statement-breakpoint
CREATE TYPE "public"."tenant_status" AS ENUM('trial', 'active', 'past_due', 'suspended', 'archived');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('resident', 'agent', 'moderator', 'admin');--> statement-breakpoint
CREATE TYPE "public"."user_status" AS ENUM('active', 'suspended');--> statement-breakpoint
CREATE TABLE "categories" (
	"tenant_id" uuid DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"catalogue_key" text,
	"label" text NOT NULL,
	"icon" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"status" "category_status" DEFAULT 'enabled' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "categories_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "categories_tenantId_key_unique" UNIQUE("tenant_id","key")
);
--> statement-breakpoint
CREATE TABLE "councils" (
	"tenant_id" uuid PRIMARY KEY DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"kind" "council_kind" NOT NULL,
	"insee_code" text NOT NULL,
	"population" integer NOT NULL,
	"residents_label" text NOT NULL,
	"centre_lat" double precision NOT NULL,
	"centre_lng" double precision NOT NULL,
	"default_radius_km" double precision NOT NULL,
	"post_expiry_days" integer DEFAULT 30 NOT NULL,
	"theme" jsonb NOT NULL,
	"logo_data" "bytea",
	"logo_mime" text,
	"welcome_title" text NOT NULL,
	"welcome_text" text NOT NULL,
	"charter" jsonb NOT NULL,
	"legal" jsonb NOT NULL,
	"footer_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"boundary" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emails" (
	"tenant_id" uuid DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"from_name" text NOT NULL,
	"subject" text NOT NULL,
	"html" text NOT NULL,
	"text" text NOT NULL,
	"headers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "email_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"provider_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "emails_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"tenant_id" uuid DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"author_id" uuid NOT NULL,
	"kind" "post_kind" NOT NULL,
	"category_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"urgency" "post_urgency" DEFAULT 'normal' NOT NULL,
	"when_kind" "post_when" DEFAULT 'flexible' NOT NULL,
	"when_date" date,
	"when_weekdays" text[],
	"place_kind" "post_place" DEFAULT 'home' NOT NULL,
	"place_label" text,
	"quartier_id" uuid,
	"location" "point" NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"status" "post_status" DEFAULT 'open' NOT NULL,
	"moderation" "post_moderation" DEFAULT 'approved' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "posts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "quartiers" (
	"tenant_id" uuid DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"centre_lat" double precision NOT NULL,
	"centre_lng" double precision NOT NULL,
	"polygon" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "quartiers_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "quartiers_tenantId_name_unique" UNIQUE("tenant_id","name")
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"custom_domain" text,
	"status" "tenant_status" DEFAULT 'trial' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenants_slug_unique" UNIQUE("slug"),
	CONSTRAINT "tenants_customDomain_unique" UNIQUE("custom_domain")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"tenant_id" uuid DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"session_token" text NOT NULL,
	"user_id" uuid NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "sessions_tenant_id_session_token_pk" PRIMARY KEY("tenant_id","session_token")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"tenant_id" uuid DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"email_verified" timestamp with time zone,
	"name" text,
	"image" text,
	"role" "user_role" DEFAULT 'resident' NOT NULL,
	"status" "user_status" DEFAULT 'active' NOT NULL,
	"charter_accepted_at" timestamp with time zone,
	"locale" text DEFAULT 'fr' NOT NULL,
	"home" "point",
	"home_quartier_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "users_tenantId_email_unique" UNIQUE("tenant_id","email")
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"tenant_id" uuid DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_tenant_id_identifier_token_pk" PRIMARY KEY("tenant_id","identifier","token")
);
--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emails" ADD CONSTRAINT "emails_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_tenant_id_author_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","author_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_tenant_id_category_id_categories_tenant_id_id_fk" FOREIGN KEY ("tenant_id","category_id") REFERENCES "public"."categories"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quartiers" ADD CONSTRAINT "quartiers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_tenant_id_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_tokens" ADD CONSTRAINT "verification_tokens_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "emails_tenant_id_created_at_index" ON "emails" USING btree ("tenant_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "emails_queued_idx" ON "emails" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "posts_open_location_idx" ON "posts" USING gist ("tenant_id","location") WHERE status = 'open' and moderation = 'approved';--> statement-breakpoint
CREATE INDEX "posts_tenant_created_idx" ON "posts" USING btree ("tenant_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "posts_tenant_author_idx" ON "posts" USING btree ("tenant_id","author_id");--> statement-breakpoint
CREATE INDEX "sessions_tenant_id_user_id_index" ON "sessions" USING btree ("tenant_id","user_id");