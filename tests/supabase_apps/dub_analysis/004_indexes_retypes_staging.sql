-- 20251114_add_unique_index_retention_analysis.sql
-- Add unique index to premium_creator_retention_analysis for concurrent refresh
-- Required for REFRESH MATERIALIZED VIEW CONCURRENTLY to work

-- Drop existing non-unique index
DROP INDEX IF EXISTS idx_retention_analysis_creator;

-- Create unique index on the combination that makes each row unique
CREATE UNIQUE INDEX idx_retention_analysis_unique
ON premium_creator_retention_analysis (creator_username, cohort_date);

-- Also create a regular index for creator lookups (performance)
CREATE INDEX idx_retention_analysis_creator
ON premium_creator_retention_analysis (creator_username);

-- 20251114_fix_total_investments_bigint.sql
-- Fix marketing_metrics columns to support decimal values and larger integers
-- Change total_investments from INTEGER to NUMERIC to support cents (decimal values)
-- Change count columns from INTEGER to BIGINT for larger values

ALTER TABLE public.marketing_metrics
ALTER COLUMN avg_monthly_copies TYPE BIGINT,
ALTER COLUMN total_investments TYPE NUMERIC(15,2),  -- Support up to $9,999,999,999,999.99
ALTER COLUMN total_public_portfolios TYPE BIGINT,
ALTER COLUMN total_market_beating_portfolios TYPE BIGINT;

-- 20251117_move_event_processing_to_postgres.sql (part 1 and 3; the 150-line processing function is cut)
-- Creates staging table for raw events

CREATE TABLE IF NOT EXISTS raw_mixpanel_events_staging (
  id bigserial PRIMARY KEY,
  event_name text NOT NULL,
  distinct_id text NOT NULL,
  properties jsonb NOT NULL,
  event_time timestamptz NOT NULL,
  inserted_at timestamptz DEFAULT now() NOT NULL
);

-- Index for fast processing
CREATE INDEX IF NOT EXISTS idx_staging_distinct_id ON raw_mixpanel_events_staging(distinct_id);
CREATE INDEX IF NOT EXISTS idx_staging_event_name ON raw_mixpanel_events_staging(event_name);

COMMENT ON TABLE raw_mixpanel_events_staging IS
'Staging table for raw Mixpanel events. Events are bulk-inserted here, then processed by process_raw_events_to_profiles().';

CREATE OR REPLACE FUNCTION clear_events_staging()
RETURNS bigint
LANGUAGE sql
AS $$
  DELETE FROM raw_mixpanel_events_staging;
  SELECT COUNT(*)::bigint FROM raw_mixpanel_events_staging;
$$;

GRANT EXECUTE ON FUNCTION clear_events_staging() TO service_role;

COMMENT ON FUNCTION clear_events_staging() IS
'Clears all events from staging table. Call after successful processing.';

-- 20251117_optimize_staging_table_performance.sql
-- Make staging table UNLOGGED for much faster inserts

ALTER TABLE raw_mixpanel_events_staging SET UNLOGGED;

-- Drop indexes during staging, recreate after processing if needed
DROP INDEX IF EXISTS idx_staging_distinct_id;
DROP INDEX IF EXISTS idx_staging_event_name;

-- Add comments
COMMENT ON TABLE raw_mixpanel_events_staging IS
'UNLOGGED staging table for raw Mixpanel events. Optimized for fast bulk inserts.
No indexes for maximum insert performance. Data is temporary and cleared after processing.';
