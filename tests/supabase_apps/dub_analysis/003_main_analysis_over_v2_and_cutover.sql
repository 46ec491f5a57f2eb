-- 20251113_migration_step3_update_main_analysis_view.sql
-- Changes source table from subscribers_insights to subscribers_insights_v2
-- Removes references to dropped columns (discover_tab_views, leaderboard_tab_views, premium_tab_views)

DROP MATERIALIZED VIEW IF EXISTS main_analysis CASCADE;

CREATE MATERIALIZED VIEW main_analysis AS
WITH unique_engagement AS (
  -- Only calculate metrics that aren't in subscribers_insights_v2
  SELECT
    distinct_id,
    COUNT(DISTINCT creator_id) as unique_creators_viewed,
    COUNT(DISTINCT portfolio_ticker) as unique_portfolios_viewed
  FROM user_portfolio_creator_engagement
  GROUP BY distinct_id
)
SELECT
  -- Map all columns directly from subscribers_insights_v2
  si.distinct_id,
  si.income,
  si.net_worth,
  si.investing_activity,
  si.investing_experience_years,
  si.investing_objective,
  si.investment_type,
  si.acquisition_survey,
  si.linked_bank_account,
  si.available_copy_credits,
  si.buying_power,
  si.total_deposits,
  si.total_deposit_count,
  si.total_withdrawals,
  si.total_withdrawal_count,
  si.active_created_portfolios,
  si.lifetime_created_portfolios,
  si.total_copies,
  si.total_regular_copies,
  si.total_premium_copies,
  si.regular_pdp_views,
  si.premium_pdp_views,
  si.paywall_views,
  si.regular_creator_profile_views,
  si.premium_creator_profile_views,
  si.total_subscriptions,
  si.stripe_modal_views,
  si.app_sessions,
  si.creator_card_taps,
  si.portfolio_card_taps,

  -- Calculate derived metrics from subscribers_insights_v2 columns
  (COALESCE(si.regular_creator_profile_views, 0) + COALESCE(si.premium_creator_profile_views, 0)) as total_profile_views,
  (COALESCE(si.regular_pdp_views, 0) + COALESCE(si.premium_pdp_views, 0)) as total_pdp_views,

  -- Add unique engagement metrics from granular tables
  COALESCE(ue.unique_creators_viewed, 0) as unique_creators_viewed,
  COALESCE(ue.unique_portfolios_viewed, 0) as unique_portfolios_viewed,

  -- Boolean flags for filtering
  CASE WHEN si.total_copies > 0 THEN 1 ELSE 0 END as did_copy,
  CASE WHEN si.total_subscriptions > 0 THEN 1 ELSE 0 END as did_subscribe

-- CHANGED: Source table from subscribers_insights to subscribers_insights_v2
FROM subscribers_insights_v2 si
LEFT JOIN unique_engagement ue ON si.distinct_id = ue.distinct_id;

-- Create indexes for faster queries on materialized view
CREATE INDEX IF NOT EXISTS idx_main_analysis_distinct_id ON main_analysis (distinct_id);

-- Indexes for filtering and aggregation queries
CREATE INDEX IF NOT EXISTS idx_main_analysis_did_copy ON main_analysis (did_copy);
CREATE INDEX IF NOT EXISTS idx_main_analysis_did_subscribe ON main_analysis (did_subscribe);
CREATE INDEX IF NOT EXISTS idx_main_analysis_total_copies ON main_analysis (total_copies);
CREATE INDEX IF NOT EXISTS idx_main_analysis_total_subscriptions ON main_analysis (total_subscriptions);

-- Refresh the view to populate with data
REFRESH MATERIALIZED VIEW main_analysis;

-- Create function to refresh main_analysis (if not exists)
CREATE OR REPLACE FUNCTION refresh_main_analysis()
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
AS $$
BEGIN
  REFRESH MATERIALIZED VIEW main_analysis;
END;
$$;

-- Grant permissions
GRANT EXECUTE ON FUNCTION refresh_main_analysis() TO authenticated, anon, service_role;
GRANT SELECT ON main_analysis TO authenticated, anon, service_role;

-- 20251113_migration_step5_table_rename_cutover.sql
-- This is the critical step that switches v2 to become the primary table
-- Adapted: the hosted v2 table had an id sequence and a distinct_id key this selection's
-- pull lacks, and its pkey rename collided with the old table's; the old table's pkey and
-- sequence are renamed out of the way instead (the same cutover, made to apply).

-- Step 1: Rename old table to _v1_deprecated (backup)
ALTER TABLE subscribers_insights RENAME TO subscribers_insights_v1_deprecated;
ALTER TABLE subscribers_insights_v1_deprecated RENAME CONSTRAINT subscribers_insights_pkey TO subscribers_insights_v1_deprecated_pkey;
ALTER SEQUENCE subscribers_insights_id_seq RENAME TO subscribers_insights_v1_deprecated_id_seq;

-- Step 2: Rename v2 to become the primary table
ALTER TABLE subscribers_insights_v2 RENAME TO subscribers_insights;

-- Step 3: Update constraint names to match (for consistency)
ALTER TABLE subscribers_insights RENAME CONSTRAINT subscribers_insights_v2_pkey TO subscribers_insights_pkey;

-- 20251114_fix_engagement_summary_views.sql
-- Fix missing engagement summary views (dropped by main_analysis's DROP ... CASCADE)
-- Adapted: the closing verification SELECT and NOTICE block are cut.

-- Check if views exist
DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_matviews WHERE matviewname = 'copy_engagement_summary'
  ) THEN
    RAISE NOTICE '⚠️ copy_engagement_summary does not exist - creating it';

    CREATE MATERIALIZED VIEW copy_engagement_summary AS
    SELECT
      did_copy,
      COUNT(DISTINCT distinct_id) AS total_users,
      ROUND(AVG(total_profile_views), 2) AS avg_profile_views,
      ROUND(AVG(total_pdp_views), 2) AS avg_pdp_views,
      ROUND(AVG(unique_creators_viewed), 2) AS avg_unique_creators,
      ROUND(AVG(unique_portfolios_viewed), 2) AS avg_unique_portfolios
    FROM main_analysis
    GROUP BY did_copy;

    RAISE NOTICE '✅ Created copy_engagement_summary';
  ELSE
    RAISE NOTICE '✅ copy_engagement_summary exists';
  END IF;

  IF NOT EXISTS (
    SELECT 1 FROM pg_matviews WHERE matviewname = 'subscription_engagement_summary'
  ) THEN
    RAISE NOTICE '⚠️ subscription_engagement_summary does not exist - creating it';

    CREATE MATERIALIZED VIEW subscription_engagement_summary AS
    SELECT
      did_subscribe,
      COUNT(DISTINCT distinct_id) AS total_users,
      ROUND(AVG(total_profile_views), 2) AS avg_profile_views,
      ROUND(AVG(total_pdp_views), 2) AS avg_pdp_views,
      ROUND(AVG(unique_creators_viewed), 2) AS avg_unique_creators,
      ROUND(AVG(unique_portfolios_viewed), 2) AS avg_unique_portfolios
    FROM main_analysis
    GROUP BY did_subscribe;

    RAISE NOTICE '✅ Created subscription_engagement_summary';
  ELSE
    RAISE NOTICE '✅ subscription_engagement_summary exists';
  END IF;
END $$;

-- Create or replace refresh functions
CREATE OR REPLACE FUNCTION refresh_copy_engagement_summary()
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  REFRESH MATERIALIZED VIEW copy_engagement_summary;
  RAISE NOTICE '✅ Refreshed copy_engagement_summary';
END;
$$;

CREATE OR REPLACE FUNCTION refresh_subscription_engagement_summary()
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  REFRESH MATERIALIZED VIEW subscription_engagement_summary;
  RAISE NOTICE '✅ Refreshed subscription_engagement_summary';
END;
$$;

-- Refresh both views with data
REFRESH MATERIALIZED VIEW copy_engagement_summary;
REFRESH MATERIALIZED VIEW subscription_engagement_summary;

-- Grant permissions
GRANT SELECT ON copy_engagement_summary TO anon, authenticated, service_role;
GRANT SELECT ON subscription_engagement_summary TO anon, authenticated, service_role;
