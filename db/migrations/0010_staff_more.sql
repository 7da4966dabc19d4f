CREATE TYPE "public"."assisted_place_source" AS ENUM('address', 'quartier');--> statement-breakpoint
CREATE TYPE "public"."consent_method" AS ENUM('phone', 'in_person', 'other');--> statement-breakpoint
CREATE TABLE "assisted_requests" (
	"tenant_id" uuid DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"requester_name" text NOT NULL,
	"requester_phone" text NOT NULL,
	"requester_address" text NOT NULL,
	"place_source" "assisted_place_source" NOT NULL,
	"consent_method" "consent_method" NOT NULL,
	"consent_note" text,
	"consent_recorded_by" uuid NOT NULL,
	"consent_recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	"staff_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	CONSTRAINT "assisted_requests_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "assisted_requests_tenantId_postId_unique" UNIQUE("tenant_id","post_id")
);
--> statement-breakpoint
CREATE TABLE "council_accounts" (
	"tenant_id" uuid DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_accounts_tenant_id_pk" PRIMARY KEY("tenant_id"),
	CONSTRAINT "council_accounts_tenantId_userId_unique" UNIQUE("tenant_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "embed_settings" (
	"tenant_id" uuid PRIMARY KEY DEFAULT (current_setting('app.tenant_id'))::uuid NOT NULL,
	"allowed_hosts" text[] DEFAULT '{}' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assisted_requests" ADD CONSTRAINT "assisted_requests_tenant_id_post_id_posts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","post_id") REFERENCES "public"."posts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assisted_requests" ADD CONSTRAINT "assisted_requests_tenant_id_consent_recorded_by_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","consent_recorded_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assisted_requests" ADD CONSTRAINT "assisted_requests_tenant_id_recorded_by_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","recorded_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assisted_requests" ADD CONSTRAINT "assisted_requests_tenant_id_closed_by_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","closed_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_accounts" ADD CONSTRAINT "council_accounts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_accounts" ADD CONSTRAINT "council_accounts_tenant_id_user_id_users_tenant_id_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "embed_settings" ADD CONSTRAINT "embed_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assisted_requests_open_idx" ON "assisted_requests" USING btree ("tenant_id","created_at" DESC NULLS LAST) WHERE closed_at is null;