ALTER TABLE "posts" ADD COLUMN "reminder_sent_for" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "posts_open_expires_idx" ON "posts" USING btree ("expires_at") WHERE status = 'open';