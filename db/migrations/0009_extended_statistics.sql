-- Ids are unique across councils, so a category id (or a user id) already names its council:
-- tenant_id and category_id are not independent. Without these statistics Postgres multiplies
-- their selectivities, underestimates "helpers of this category in this council" about tenfold,
-- and for matching (R6) reads every helper of the category and sorts them instead of walking the
-- home index nearest-first (bench/matching). Statistics are refreshed by ANALYZE/autovacuum.
CREATE STATISTICS IF NOT EXISTS standing_offer_categories_tenant_category (dependencies, ndistinct)
  ON tenant_id, category_id FROM standing_offer_categories;
--> statement-breakpoint
CREATE STATISTICS IF NOT EXISTS posts_tenant_category (dependencies, ndistinct)
  ON tenant_id, category_id FROM posts;
