-- 20251113_alter_subscribers_insights_v2_schema.sql
-- Alter subscribers_insights_v2 table to match new schema
-- Removes unused event columns (keeps user property columns for future implementation)
-- Adds premium/regular split columns for copies, pdp_views, and creator_profile_views

-- Step 1: Add all columns from subscribers_insights (matching schema exactly)
-- User properties
ALTER TABLE subscribers_insights_v2
ADD COLUMN IF NOT EXISTS income TEXT,
ADD COLUMN IF NOT EXISTS net_worth TEXT,
ADD COLUMN IF NOT EXISTS investing_activity TEXT,
ADD COLUMN IF NOT EXISTS investing_experience_years TEXT,
ADD COLUMN IF NOT EXISTS investing_objective TEXT,
ADD COLUMN IF NOT EXISTS investment_type TEXT,
ADD COLUMN IF NOT EXISTS acquisition_survey TEXT;

-- Account properties
ALTER TABLE subscribers_insights_v2
ADD COLUMN IF NOT EXISTS available_copy_credits NUMERIC DEFAULT 0,
ADD COLUMN IF NOT EXISTS buying_power NUMERIC DEFAULT 0;

-- Financial metrics
ALTER TABLE subscribers_insights_v2
ADD COLUMN IF NOT EXISTS total_deposits NUMERIC DEFAULT 0,
ADD COLUMN IF NOT EXISTS total_deposit_count INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS total_withdrawals NUMERIC DEFAULT 0,
ADD COLUMN IF NOT EXISTS total_withdrawal_count INT DEFAULT 0;

-- Portfolio metrics
ALTER TABLE subscribers_insights_v2
ADD COLUMN IF NOT EXISTS active_created_portfolios INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS lifetime_created_portfolios INT DEFAULT 0;

-- Step 2: Add event metric columns matching subscribers_insights
ALTER TABLE subscribers_insights_v2
ADD COLUMN IF NOT EXISTS total_copies INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS total_regular_copies INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS total_premium_copies INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS regular_pdp_views INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS premium_pdp_views INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS paywall_views INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS regular_creator_profile_views INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS premium_creator_profile_views INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS stripe_modal_views INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS app_sessions INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS creator_card_taps INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS portfolio_card_taps INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS total_subscriptions INT DEFAULT 0,
ADD COLUMN IF NOT EXISTS total_ach_transfers INT DEFAULT 0;

-- Step 3: Drop columns that we're excluding from v2
ALTER TABLE subscribers_insights_v2
DROP COLUMN IF EXISTS discover_tab_views,
DROP COLUMN IF EXISTS leaderboard_tab_views,
DROP COLUMN IF EXISTS premium_tab_views;

-- Step 4: Add indexes matching subscribers_insights
CREATE INDEX IF NOT EXISTS idx_subscribers_v2_total_subscriptions
ON subscribers_insights_v2(total_subscriptions)
WHERE total_subscriptions > 0;

CREATE INDEX IF NOT EXISTS idx_subscribers_v2_total_premium_copies
ON subscribers_insights_v2(total_premium_copies)
WHERE total_premium_copies > 0;

CREATE INDEX IF NOT EXISTS idx_subscribers_v2_total_regular_copies
ON subscribers_insights_v2(total_regular_copies)
WHERE total_regular_copies > 0;

CREATE INDEX IF NOT EXISTS idx_subscribers_v2_updated_at
ON subscribers_insights_v2(updated_at DESC);

-- Step 5: Update table comment
COMMENT ON TABLE subscribers_insights_v2 IS
'Event Export API implementation. Populated from raw Mixpanel events. Premium/regular splits for copies, pdp_views, and creator_profile_views determined by creatorType property. Excludes: discover_tab_views, leaderboard_tab_views, premium_tab_views.';

-- 20251113_migration_step2_compatibility_view.sql
-- This view wraps subscribers_insights_v2 and adds dummy columns for dropped columns
-- Allows old code to work during transition period

-- Drop if exists
DROP VIEW IF EXISTS subscribers_insights_compat CASCADE;

-- Create compatibility view
CREATE VIEW subscribers_insights_compat AS
SELECT
  -- All existing columns from v2 (note: v2 doesn't have 'id', uses distinct_id as PK)
  distinct_id,
  income,
  net_worth,
  investing_activity,
  investing_experience_years,
  investing_objective,
  investment_type,
  acquisition_survey,
  linked_bank_account,
  available_copy_credits,
  buying_power,
  total_deposits,
  total_deposit_count,
  total_withdrawals,
  total_withdrawal_count,
  active_created_portfolios,
  lifetime_created_portfolios,
  total_copies,
  total_regular_copies,
  total_premium_copies,
  regular_pdp_views,
  premium_pdp_views,
  paywall_views,
  regular_creator_profile_views,
  premium_creator_profile_views,
  total_subscriptions,
  stripe_modal_views,
  app_sessions,
  creator_card_taps,
  portfolio_card_taps,
  total_ach_transfers,
  updated_at,

  -- Add dummy columns for removed tab views (set to 0 for compatibility)
  0::integer as discover_tab_views,
  0::integer as leaderboard_tab_views,
  0::integer as premium_tab_views

FROM subscribers_insights_v2;

-- Grant permissions
GRANT SELECT ON subscribers_insights_compat TO authenticated, anon, service_role;

-- Add comment
COMMENT ON VIEW subscribers_insights_compat IS
'Compatibility view for subscribers_insights_v2. Adds dummy columns for removed tab views.
This view ensures old code continues to work during migration period.
After migration is complete and all references are updated, this view can be dropped.';

-- 20251114_fix_investing_experience_years_type.sql
-- Change from int4 to text to support Mixpanel string ranges like "3–5", "<1", "10+"

-- Step 1: Drop the compatibility view that depends on this column
DROP VIEW IF EXISTS subscribers_insights_compat;

-- Step 2: Alter the column type
ALTER TABLE subscribers_insights_v2
ALTER COLUMN investing_experience_years TYPE text
USING investing_experience_years::text;

COMMENT ON COLUMN subscribers_insights_v2.investing_experience_years IS
'Years of investing experience from Mixpanel. Stored as text to support ranges like "3–5", "<1", "10+"';

-- Step 3: Recreate the compatibility view with updated column type
CREATE VIEW subscribers_insights_compat AS
SELECT
  -- All existing columns from v2 (note: v2 doesn't have 'id', uses distinct_id as PK)
  distinct_id,
  income,
  net_worth,
  investing_activity,
  investing_experience_years,
  investing_objective,
  investment_type,
  acquisition_survey,
  linked_bank_account,
  available_copy_credits,
  buying_power,
  total_deposits,
  total_deposit_count,
  total_withdrawals,
  total_withdrawal_count,
  active_created_portfolios,
  lifetime_created_portfolios,
  total_copies,
  total_regular_copies,
  total_premium_copies,
  regular_pdp_views,
  premium_pdp_views,
  paywall_views,
  regular_creator_profile_views,
  premium_creator_profile_views,
  total_subscriptions,
  stripe_modal_views,
  app_sessions,
  creator_card_taps,
  portfolio_card_taps,
  total_ach_transfers,
  updated_at,

  -- Add dummy columns for removed tab views (set to 0 for compatibility)
  0::integer as discover_tab_views,
  0::integer as leaderboard_tab_views,
  0::integer as premium_tab_views

FROM subscribers_insights_v2;


GRANT SELECT ON subscribers_insights_compat TO authenticated, anon, service_role;


COMMENT ON VIEW subscribers_insights_compat IS
'Compatibility view for subscribers_insights_v2. Adds dummy columns for removed tab views.
This view ensures old code continues to work during migration period.
After migration is complete and all references are updated, this view can be dropped.';
