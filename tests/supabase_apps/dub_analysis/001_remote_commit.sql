-- zackbabin/dub_analysis_tool (a Mixpanel analytics dashboard on Supabase; supabase/migrations,
-- 2025-11), a selection of its history: the `supabase db pull` of the hosted project (pg_dump
-- style, quoted identifiers; it also comments the public schema the project already has) with
-- chains of materialized views (WITH NO DATA, ORDER BY, window functions, comments, indexes)
-- over tables and over other materialized views, plain views over materialized views, refresh
-- functions; then a v2 table grown by ALTER ... ADD/DROP COLUMN, a compatibility view, a column
-- retyped integer -> text under it, the main materialized view dropped CASCADE (taking its two
-- summaries) and re-made over the v2 table, the tables swapped by RENAME with their constraints
-- and sequence, the summaries re-made in a DO block, a unique index for REFRESH ...
-- CONCURRENTLY, columns retyped integer -> bigint/numeric, a bigserial staging table turned
-- UNLOGGED.
-- Adapted: of the pull, the objects these steps touch (and what they depend on) are kept;
-- OWNER TO, the GRANTs the platform's default privileges give anyway and the platform's
-- extensions are cut.  The steps' safety checks and verification SELECTs are cut (they need
-- data), so are step 5's bare RAISE NOTICE lines (a syntax error outside DO).  The migrations
-- are grouped into 4 files (each part starts with a comment naming its migration) and ordered
-- so each applies: the column retype runs before main_analysis is re-made over the v2 table.

-- 20251113014050_remote_commit.sql

COMMENT ON SCHEMA "public" IS 'Dropped latest_sync_status view - unused legacy code. Using sync_logs directly for timestamps.';

CREATE OR REPLACE FUNCTION "public"."calculate_sync_duration"() RETURNS "trigger"
    LANGUAGE "plpgsql"
    AS $$
BEGIN
    IF NEW.sync_completed_at IS NOT NULL AND OLD.sync_completed_at IS NULL THEN
        NEW.duration_seconds = EXTRACT(EPOCH FROM (NEW.sync_completed_at - NEW.sync_started_at));
    END IF;
    RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION "public"."ensure_single_marketing_metrics_row"() RETURNS "trigger"
    LANGUAGE "plpgsql" SECURITY DEFINER
    SET "search_path" TO 'public'
    AS $$
BEGIN
    DELETE FROM public.marketing_metrics;
    RETURN NEW;
END;
$$;

COMMENT ON FUNCTION "public"."ensure_single_marketing_metrics_row"() IS 'Ensures only one row exists in marketing_metrics table by deleting all rows before insert. Uses SECURITY DEFINER to bypass RLS.';

CREATE OR REPLACE FUNCTION "public"."log_materialized_view_refresh"("p_view_name" "text", "p_refresh_duration_ms" integer DEFAULT NULL::integer, "p_rows_affected" bigint DEFAULT NULL::bigint) RETURNS "void"
    LANGUAGE "plpgsql" SECURITY DEFINER
    AS $$
BEGIN
  INSERT INTO materialized_view_refresh_log (view_name, last_refreshed_at, refresh_duration_ms, rows_affected)
  VALUES (p_view_name, NOW(), p_refresh_duration_ms, p_rows_affected)
  ON CONFLICT (view_name)
  DO UPDATE SET
    last_refreshed_at = NOW(),
    refresh_duration_ms = COALESCE(EXCLUDED.refresh_duration_ms, materialized_view_refresh_log.refresh_duration_ms),
    rows_affected = COALESCE(EXCLUDED.rows_affected, materialized_view_refresh_log.rows_affected);
END;
$$;

COMMENT ON FUNCTION "public"."log_materialized_view_refresh"("p_view_name" "text", "p_refresh_duration_ms" integer, "p_rows_affected" bigint) IS 'Helper function to log when a materialized view was refreshed. Call this after refreshing any materialized view.';

CREATE OR REPLACE FUNCTION "public"."refresh_copy_engagement_summary"() RETURNS "void"
    LANGUAGE "plpgsql"
    AS $$
  BEGIN
    REFRESH MATERIALIZED VIEW copy_engagement_summary;
  END;
  $$;

COMMENT ON FUNCTION "public"."refresh_copy_engagement_summary"() IS 'Refresh the 
  copy_engagement_summary materialized view';

CREATE OR REPLACE FUNCTION "public"."refresh_hidden_gems"() RETURNS "void"
    LANGUAGE "plpgsql" SECURITY DEFINER
    AS $$
BEGIN
  REFRESH MATERIALIZED VIEW CONCURRENTLY portfolio_creator_engagement_metrics;
  REFRESH MATERIALIZED VIEW CONCURRENTLY hidden_gems_portfolios;
END;
$$;

CREATE OR REPLACE FUNCTION "public"."refresh_main_analysis"() RETURNS "void"
    LANGUAGE "plpgsql" SECURITY DEFINER
    AS $$
BEGIN
  REFRESH MATERIALIZED VIEW main_analysis;
END;
$$;

CREATE OR REPLACE FUNCTION "public"."refresh_portfolio_creator_engagement_metrics"() RETURNS "void"
    LANGUAGE "plpgsql" SECURITY DEFINER
    AS $$
DECLARE
  start_time TIMESTAMPTZ;
  end_time TIMESTAMPTZ;
  duration_ms INTEGER;
BEGIN
  start_time := clock_timestamp();
  REFRESH MATERIALIZED VIEW portfolio_creator_engagement_metrics;
  end_time := clock_timestamp();
  duration_ms := EXTRACT(MILLISECONDS FROM (end_time - start_time))::INTEGER;

  PERFORM log_materialized_view_refresh('portfolio_creator_engagement_metrics', duration_ms, NULL);
END;
$$;

CREATE OR REPLACE FUNCTION "public"."refresh_premium_creator_stock_holdings_view"() RETURNS "void"
    LANGUAGE "plpgsql" SECURITY DEFINER
    AS $$
DECLARE
  start_time TIMESTAMPTZ;
  end_time TIMESTAMPTZ;
  duration_ms INTEGER;
BEGIN
  start_time := clock_timestamp();
  REFRESH MATERIALIZED VIEW premium_creator_stock_holdings;
  end_time := clock_timestamp();
  duration_ms := EXTRACT(MILLISECONDS FROM (end_time - start_time))::INTEGER;

  PERFORM log_materialized_view_refresh('premium_creator_stock_holdings', duration_ms, NULL);
END;
$$;

COMMENT ON FUNCTION "public"."refresh_premium_creator_stock_holdings_view"() IS 'Refreshes the premium_creator_stock_holdings materialized view. Call 
  after uploading portfolio stock holdings data.';

CREATE OR REPLACE FUNCTION "public"."refresh_subscription_engagement_summary"() RETURNS "void"
    LANGUAGE "plpgsql"
    AS $$
  BEGIN
    REFRESH MATERIALIZED VIEW subscription_engagement_summary;
  END;
  $$;

CREATE OR REPLACE FUNCTION "public"."update_updated_at_column"() RETURNS "trigger"
    LANGUAGE "plpgsql"
    AS $$
  BEGIN
     NEW.updated_at = NOW();
     RETURN NEW;
  END;
  $$;

SET default_tablespace = '';

SET default_table_access_method = "heap";

CREATE TABLE IF NOT EXISTS "public"."subscribers_insights" (
    "id" bigint NOT NULL,
    "distinct_id" "text" NOT NULL,
    "income" "text",
    "net_worth" "text",
    "investing_activity" "text",
    "investing_experience_years" "text",
    "investing_objective" "text",
    "investment_type" "text",
    "acquisition_survey" "text",
    "linked_bank_account" boolean DEFAULT false,
    "available_copy_credits" numeric DEFAULT 0,
    "buying_power" numeric DEFAULT 0,
    "total_deposits" numeric DEFAULT 0,
    "total_deposit_count" integer DEFAULT 0,
    "total_withdrawals" numeric DEFAULT 0,
    "total_withdrawal_count" integer DEFAULT 0,
    "active_created_portfolios" integer DEFAULT 0,
    "lifetime_created_portfolios" integer DEFAULT 0,
    "total_copies" integer DEFAULT 0,
    "total_regular_copies" integer DEFAULT 0,
    "total_premium_copies" integer DEFAULT 0,
    "regular_pdp_views" integer DEFAULT 0,
    "premium_pdp_views" integer DEFAULT 0,
    "paywall_views" integer DEFAULT 0,
    "regular_creator_profile_views" integer DEFAULT 0,
    "premium_creator_profile_views" integer DEFAULT 0,
    "stripe_modal_views" integer DEFAULT 0,
    "app_sessions" integer DEFAULT 0,
    "discover_tab_views" integer DEFAULT 0,
    "leaderboard_tab_views" integer DEFAULT 0,
    "premium_tab_views" integer DEFAULT 0,
    "creator_card_taps" integer DEFAULT 0,
    "portfolio_card_taps" integer DEFAULT 0,
    "total_subscriptions" integer DEFAULT 0,
    "synced_at" timestamp with time zone DEFAULT "now"(),
    "updated_at" timestamp with time zone DEFAULT "now"()
);

COMMENT ON TABLE "public"."subscribers_insights" IS 'User-level behavioral and demographic data from Mixpanel.
Each row represents a unique user (distinct_id) and is updated on each sync.
The updated_at timestamp tracks when the user''s data was last refreshed.';

COMMENT ON COLUMN "public"."subscribers_insights"."synced_at" IS 'Timestamp when this user record was first created in the database';

COMMENT ON COLUMN "public"."subscribers_insights"."updated_at" IS 'Timestamp when this user record was last updated from Mixpanel';

CREATE TABLE IF NOT EXISTS "public"."user_portfolio_creator_engagement" (
    "id" bigint NOT NULL,
    "distinct_id" "text" NOT NULL,
    "portfolio_ticker" "text" NOT NULL,
    "creator_id" "text" NOT NULL,
    "creator_username" "text",
    "pdp_view_count" integer DEFAULT 0 NOT NULL,
    "did_copy" boolean DEFAULT false NOT NULL,
    "copy_count" integer DEFAULT 0,
    "synced_at" timestamp with time zone DEFAULT "now"() NOT NULL,
    "created_at" timestamp with time zone DEFAULT "now"() NOT NULL,
    "liquidation_count" integer DEFAULT 0
);

CREATE MATERIALIZED VIEW "public"."main_analysis" AS
 WITH "unique_engagement" AS (
         SELECT "user_portfolio_creator_engagement"."distinct_id",
            "count"(DISTINCT "user_portfolio_creator_engagement"."creator_id") AS "unique_creators_viewed",
            "count"(DISTINCT "user_portfolio_creator_engagement"."portfolio_ticker") AS "unique_portfolios_viewed"
           FROM "public"."user_portfolio_creator_engagement"
          GROUP BY "user_portfolio_creator_engagement"."distinct_id"
        )
 SELECT "si"."distinct_id",
    "si"."income",
    "si"."net_worth",
    "si"."investing_activity",
    "si"."investing_experience_years",
    "si"."investing_objective",
    "si"."investment_type",
    "si"."acquisition_survey",
    "si"."linked_bank_account",
    "si"."available_copy_credits",
    "si"."buying_power",
    "si"."total_deposits",
    "si"."total_deposit_count",
    "si"."total_withdrawals",
    "si"."total_withdrawal_count",
    "si"."active_created_portfolios",
    "si"."lifetime_created_portfolios",
    "si"."total_copies",
    "si"."total_regular_copies",
    "si"."total_premium_copies",
    "si"."regular_pdp_views",
    "si"."premium_pdp_views",
    "si"."paywall_views",
    "si"."regular_creator_profile_views",
    "si"."premium_creator_profile_views",
    "si"."total_subscriptions",
    "si"."stripe_modal_views",
    "si"."app_sessions",
    "si"."discover_tab_views",
    "si"."leaderboard_tab_views",
    "si"."premium_tab_views",
    "si"."creator_card_taps",
    "si"."portfolio_card_taps",
    (COALESCE("si"."regular_creator_profile_views", 0) + COALESCE("si"."premium_creator_profile_views", 0)) AS "total_profile_views",
    (COALESCE("si"."regular_pdp_views", 0) + COALESCE("si"."premium_pdp_views", 0)) AS "total_pdp_views",
    COALESCE("ue"."unique_creators_viewed", (0)::bigint) AS "unique_creators_viewed",
    COALESCE("ue"."unique_portfolios_viewed", (0)::bigint) AS "unique_portfolios_viewed",
        CASE
            WHEN ("si"."total_copies" > 0) THEN 1
            ELSE 0
        END AS "did_copy",
        CASE
            WHEN ("si"."total_subscriptions" > 0) THEN 1
            ELSE 0
        END AS "did_subscribe"
   FROM ("public"."subscribers_insights" "si"
     LEFT JOIN "unique_engagement" "ue" ON (("si"."distinct_id" = "ue"."distinct_id")))
  WITH NO DATA;

CREATE MATERIALIZED VIEW "public"."copy_engagement_summary" AS
 SELECT "did_copy",
    "count"(DISTINCT "distinct_id") AS "total_users",
    "round"("avg"("total_profile_views"), 2) AS "avg_profile_views",
    "round"("avg"("total_pdp_views"), 2) AS "avg_pdp_views",
    "round"("avg"("unique_creators_viewed"), 2) AS "avg_unique_creators",
    "round"("avg"("unique_portfolios_viewed"), 2) AS "avg_unique_portfolios"
   FROM "public"."main_analysis"
  GROUP BY "did_copy"
  WITH NO DATA;

CREATE TABLE IF NOT EXISTS "public"."creator_subscriptions_by_price" (
    "id" bigint NOT NULL,
    "creator_id" "text" NOT NULL,
    "creator_username" "text",
    "subscription_price" numeric,
    "subscription_interval" "text",
    "total_subscriptions" integer,
    "total_paywall_views" integer,
    "synced_at" timestamp with time zone
);

ALTER TABLE "public"."creator_subscriptions_by_price" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME "public"."creator_subscriptions_by_price_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE MATERIALIZED VIEW "public"."portfolio_creator_engagement_metrics" AS
 SELECT "portfolio_ticker",
    "creator_id",
    "creator_username",
    "count"(DISTINCT "distinct_id") AS "unique_viewers",
    "sum"("pdp_view_count") AS "total_pdp_views",
    "sum"(
        CASE
            WHEN "did_copy" THEN "copy_count"
            ELSE 0
        END) AS "total_copies",
    "sum"("liquidation_count") AS "total_liquidations",
    "round"(((("sum"(
        CASE
            WHEN "did_copy" THEN 1
            ELSE 0
        END))::numeric / (NULLIF("count"(DISTINCT "distinct_id"), 0))::numeric) * (100)::numeric), 2) AS "conversion_rate_pct"
   FROM "public"."user_portfolio_creator_engagement" "upce"
  GROUP BY "portfolio_ticker", "creator_id", "creator_username"
  WITH NO DATA;

COMMENT ON MATERIALIZED VIEW "public"."portfolio_creator_engagement_metrics" IS 'Portfolio-creator level aggregation of engagement metrics from user_portfolio_creator_engagement. Aggregates copies, liquidations, and PDP views. Refresh after syncing engagement data.';

CREATE MATERIALIZED VIEW "public"."hidden_gems_portfolios" AS
 SELECT "portfolio_ticker",
    "creator_id",
    "creator_username",
    "unique_viewers",
    "total_pdp_views",
    "total_copies",
    "total_liquidations",
    "conversion_rate_pct",
        CASE
            WHEN ("total_copies" > 0) THEN "round"((("unique_viewers")::numeric / ("total_copies")::numeric), 2)
            ELSE NULL::numeric
        END AS "viewer_copier_ratio"
   FROM "public"."portfolio_creator_engagement_metrics"
  WHERE (("unique_viewers" >= 5) AND ("total_copies" < 5) AND ("unique_viewers" >= ("total_copies" * 5)))
  ORDER BY "unique_viewers" DESC,
        CASE
            WHEN ("total_copies" > 0) THEN "round"((("unique_viewers")::numeric / ("total_copies")::numeric), 2)
            ELSE NULL::numeric
        END DESC
  WITH NO DATA;

COMMENT ON MATERIALIZED VIEW "public"."hidden_gems_portfolios" IS 'Hidden gem portfolios: many unique viewers but few unique copiers (ratio >= 5). Indicates high interest but low conversion. Refreshed via refresh_portfolio_engagement_views().';

CREATE OR REPLACE VIEW "public"."latest_subscription_distribution" AS
 SELECT "round"(
        CASE
            WHEN ("subscription_interval" = 'Quarterly'::"text") THEN ("subscription_price" / 3.0)
            WHEN ("subscription_interval" = ANY (ARRAY['Annually'::"text", 'Annual'::"text"])) THEN ("subscription_price" / 12.0)
            ELSE "subscription_price"
        END, 2) AS "monthly_price",
    "count"(DISTINCT "creator_id") AS "creator_count",
    "sum"("total_subscriptions") AS "total_subscriptions",
    "sum"("total_paywall_views") AS "total_paywall_views",
    "array_agg"(DISTINCT "creator_username" ORDER BY "creator_username") AS "creator_usernames"
   FROM "public"."creator_subscriptions_by_price"
  WHERE ("synced_at" = ( SELECT "max"("creator_subscriptions_by_price_1"."synced_at") AS "max"
           FROM "public"."creator_subscriptions_by_price" "creator_subscriptions_by_price_1"))
  GROUP BY ("round"(
        CASE
            WHEN ("subscription_interval" = 'Quarterly'::"text") THEN ("subscription_price" / 3.0)
            WHEN ("subscription_interval" = ANY (ARRAY['Annually'::"text", 'Annual'::"text"])) THEN ("subscription_price" / 12.0)
            ELSE "subscription_price"
        END, 2))
  ORDER BY ("round"(
        CASE
            WHEN ("subscription_interval" = 'Quarterly'::"text") THEN ("subscription_price" / 3.0)
            WHEN ("subscription_interval" = ANY (ARRAY['Annually'::"text", 'Annual'::"text"])) THEN ("subscription_price" / 12.0)
            ELSE "subscription_price"
        END, 2));

COMMENT ON VIEW "public"."latest_subscription_distribution" IS 'Latest subscription price distribution normalized to monthly prices. Rounds to 2 decimal places to group similar prices (e.g., all $8.33 quarterly subscriptions grouped together).';

CREATE TABLE IF NOT EXISTS "public"."marketing_metrics" (
    "id" bigint NOT NULL,
    "avg_monthly_copies" integer,
    "total_investments" integer,
    "total_public_portfolios" integer,
    "total_market_beating_portfolios" integer,
    "updated_at" timestamp with time zone DEFAULT "now"() NOT NULL
);

COMMENT ON TABLE "public"."marketing_metrics" IS 'Marketing metrics table (no RLS). Contains public aggregate metrics for marketing dashboard. Single row enforced by trigger.';

CREATE SEQUENCE IF NOT EXISTS "public"."marketing_metrics_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE "public"."marketing_metrics_id_seq" OWNED BY "public"."marketing_metrics"."id";

CREATE TABLE IF NOT EXISTS "public"."materialized_view_refresh_log" (
    "view_name" "text" NOT NULL,
    "last_refreshed_at" timestamp with time zone NOT NULL,
    "refresh_duration_ms" integer,
    "rows_affected" bigint,
    "refreshed_by" "text" DEFAULT 'system'::"text"
);

COMMENT ON TABLE "public"."materialized_view_refresh_log" IS 'Logs refresh times for all materialized views. Query this table to check view freshness and debug data staleness issues.';

CREATE TABLE IF NOT EXISTS "public"."portfolio_performance_metrics" (
    "total_returns_percentage" numeric,
    "total_returns_value" numeric,
    "total_position" numeric,
    "daily_returns_percentage" numeric,
    "daily_returns_value" numeric,
    "uploaded_at" timestamp with time zone DEFAULT "now"(),
    "inception_date" timestamp with time zone,
    "portfolio_ticker" "text" NOT NULL
);

CREATE TABLE IF NOT EXISTS "public"."premium_creators" (
    "creator_id" "text" NOT NULL,
    "creator_username" "text" NOT NULL,
    "synced_at" timestamp with time zone DEFAULT "now"() NOT NULL,
    "created_at" timestamp with time zone DEFAULT "now"() NOT NULL
);

CREATE MATERIALIZED VIEW "public"."portfolio_breakdown_with_metrics" AS
 SELECT "pcem"."portfolio_ticker",
    "pcem"."creator_id",
    "pc"."creator_username",
    "pcem"."total_copies",
    "pcem"."total_pdp_views",
    "pcem"."total_liquidations",
        CASE
            WHEN ("pcem"."total_pdp_views" > 0) THEN ((("pcem"."total_copies")::numeric / ("pcem"."total_pdp_views")::numeric) * (100)::numeric)
            ELSE (0)::numeric
        END AS "copy_cvr",
        CASE
            WHEN ("pcem"."total_copies" > 0) THEN ((("pcem"."total_liquidations")::numeric / ("pcem"."total_copies")::numeric) * (100)::numeric)
            ELSE (0)::numeric
        END AS "liquidation_rate",
    "ppm"."total_returns_percentage",
    "ppm"."total_position",
    "ppm"."inception_date",
    "ppm"."uploaded_at" AS "metrics_updated_at"
   FROM (("public"."portfolio_creator_engagement_metrics" "pcem"
     JOIN "public"."premium_creators" "pc" ON (("pcem"."creator_id" = "pc"."creator_id")))
     LEFT JOIN "public"."portfolio_performance_metrics" "ppm" ON (("pcem"."portfolio_ticker" = "ppm"."portfolio_ticker")))
  WITH NO DATA;

COMMENT ON MATERIALIZED VIEW "public"."portfolio_breakdown_with_metrics" IS 'Portfolio-level breakdown with engagement and performance metrics. Refresh after syncing engagement data or uploading performance metrics.';

CREATE TABLE IF NOT EXISTS "public"."portfolio_stock_holdings" (
    "id" bigint NOT NULL,
    "portfolio_ticker" "text" NOT NULL,
    "stock_ticker" "text" NOT NULL,
    "position_count" integer NOT NULL,
    "total_quantity" numeric NOT NULL,
    "uploaded_at" timestamp with time zone DEFAULT "now"() NOT NULL
);

COMMENT ON TABLE "public"."portfolio_stock_holdings" IS 'Stock holdings for each portfolio. Uploaded manually via CSV. Links to premium creators via portfolio_creator_engagement_metrics.';

CREATE SEQUENCE IF NOT EXISTS "public"."portfolio_stock_holdings_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE "public"."portfolio_stock_holdings_id_seq" OWNED BY "public"."portfolio_stock_holdings"."id";

CREATE TABLE IF NOT EXISTS "public"."premium_creator_retention_events" (
    "distinct_id" "text" NOT NULL,
    "creator_username" "text" NOT NULL,
    "cohort_month" "text" NOT NULL,
    "cohort_date" "date" NOT NULL,
    "subscribed_count" integer DEFAULT 0,
    "renewed_count" integer DEFAULT 0,
    "updated_at" timestamp with time zone DEFAULT "now"()
);

CREATE MATERIALIZED VIEW "public"."premium_creator_retention_analysis" AS
 WITH "cohort_subscribers" AS (
         SELECT "premium_creator_retention_events"."creator_username",
            "premium_creator_retention_events"."cohort_month",
            "premium_creator_retention_events"."cohort_date",
            "premium_creator_retention_events"."distinct_id",
            "premium_creator_retention_events"."subscribed_count"
           FROM "public"."premium_creator_retention_events"
          WHERE ("premium_creator_retention_events"."subscribed_count" > 0)
        ), "cohort_summary" AS (
         SELECT "cohort_subscribers"."creator_username",
            "cohort_subscribers"."cohort_month",
            "cohort_subscribers"."cohort_date",
            "count"(DISTINCT "cohort_subscribers"."distinct_id") AS "initial_subscribers"
           FROM "cohort_subscribers"
          GROUP BY "cohort_subscribers"."creator_username", "cohort_subscribers"."cohort_month", "cohort_subscribers"."cohort_date"
        ), "retention_calculations" AS (
         SELECT "cs"."creator_username",
            "cs"."cohort_month",
            "cs"."cohort_date",
            "summary"."initial_subscribers" AS "first",
            "count"(DISTINCT
                CASE
                    WHEN (("renewal"."cohort_month" = "cs"."cohort_month") AND ("renewal"."renewed_count" > 0)) THEN "renewal"."distinct_id"
                    ELSE NULL::"text"
                END) AS "month_0_retained",
            "count"(DISTINCT
                CASE
                    WHEN (("renewal"."cohort_date" = ("cs"."cohort_date" + '1 mon'::interval)) AND ("renewal"."renewed_count" > 0)) THEN "renewal"."distinct_id"
                    ELSE NULL::"text"
                END) AS "month_1_retained",
            "count"(DISTINCT
                CASE
                    WHEN (("renewal"."cohort_date" = ("cs"."cohort_date" + '2 mons'::interval)) AND ("renewal"."renewed_count" > 0)) THEN "renewal"."distinct_id"
                    ELSE NULL::"text"
                END) AS "month_2_retained"
           FROM (("cohort_subscribers" "cs"
             JOIN "cohort_summary" "summary" ON ((("cs"."creator_username" = "summary"."creator_username") AND ("cs"."cohort_date" = "summary"."cohort_date"))))
             LEFT JOIN "public"."premium_creator_retention_events" "renewal" ON ((("cs"."distinct_id" = "renewal"."distinct_id") AND ("cs"."creator_username" = "renewal"."creator_username") AND (("renewal"."cohort_date" >= "cs"."cohort_date") AND ("renewal"."cohort_date" <= ("cs"."cohort_date" + '6 mons'::interval))))))
          GROUP BY "cs"."creator_username", "cs"."cohort_month", "cs"."cohort_date", "summary"."initial_subscribers"
        )
 SELECT "creator_username",
    "cohort_month",
    "cohort_date",
    "first",
    ARRAY["month_0_retained", "month_1_retained", "month_2_retained"] AS "counts"
   FROM "retention_calculations"
  ORDER BY "creator_username", "cohort_date"
  WITH NO DATA;

CREATE MATERIALIZED VIEW "public"."premium_creator_stock_holdings" AS
 SELECT "pc"."creator_username",
    "psh"."stock_ticker",
    "sum"("psh"."total_quantity") AS "total_quantity",
    "count"(DISTINCT "psh"."portfolio_ticker") AS "portfolio_count"
   FROM (("public"."portfolio_stock_holdings" "psh"
     JOIN "public"."portfolio_creator_engagement_metrics" "pcem" ON (("psh"."portfolio_ticker" = "pcem"."portfolio_ticker")))
     JOIN "public"."premium_creators" "pc" ON (("pcem"."creator_id" = "pc"."creator_id")))
  WHERE (("psh"."stock_ticker" IS NOT NULL) AND ("psh"."stock_ticker" <> ''::"text"))
  GROUP BY "pc"."creator_username", "psh"."stock_ticker"
  WITH NO DATA;

COMMENT ON MATERIALIZED VIEW "public"."premium_creator_stock_holdings" IS 'Aggregates stock holdings by premium creator. Refresh after uploading portfolio stock holdings data.';

CREATE SEQUENCE IF NOT EXISTS "public"."subscribers_insights_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE "public"."subscribers_insights_id_seq" OWNED BY "public"."subscribers_insights"."id";

CREATE TABLE IF NOT EXISTS "public"."subscribers_insights_v2" (
    "distinct_id" "text" NOT NULL,
    "income" "text",
    "net_worth" "text",
    "investing_activity" "text",
    "investing_experience_years" integer,
    "investing_objective" "text",
    "investment_type" "text",
    "acquisition_survey" "text",
    "linked_bank_account" boolean DEFAULT false,
    "available_copy_credits" numeric DEFAULT 0,
    "buying_power" numeric DEFAULT 0,
    "total_deposits" numeric DEFAULT 0,
    "total_deposit_count" integer DEFAULT 0,
    "total_withdrawals" numeric DEFAULT 0,
    "total_withdrawal_count" integer DEFAULT 0,
    "active_created_portfolios" integer DEFAULT 0,
    "lifetime_created_portfolios" integer DEFAULT 0,
    "total_copies" integer DEFAULT 0,
    "total_pdp_views" integer DEFAULT 0,
    "total_creator_profile_views" integer DEFAULT 0,
    "total_ach_transfers" integer DEFAULT 0,
    "paywall_views" integer DEFAULT 0,
    "total_subscriptions" integer DEFAULT 0,
    "app_sessions" integer DEFAULT 0,
    "discover_tab_views" integer DEFAULT 0,
    "stripe_modal_views" integer DEFAULT 0,
    "creator_card_taps" integer DEFAULT 0,
    "portfolio_card_taps" integer DEFAULT 0,
    "leaderboard_tab_views" integer DEFAULT 0,
    "premium_tab_views" integer DEFAULT 0,
    "updated_at" timestamp with time zone DEFAULT "now"(),
    "data_source" "text" DEFAULT 'export_api'::"text",
    "events_processed" integer DEFAULT 0,
    "first_event_time" timestamp with time zone,
    "last_event_time" timestamp with time zone
);

COMMENT ON TABLE "public"."subscribers_insights_v2" IS 'Test table for Event Export API approach. Populated from raw Mixpanel events instead of Insights API aggregations. Parallel implementation to compare with subscribers_insights.';

COMMENT ON COLUMN "public"."subscribers_insights_v2"."data_source" IS 'Always "export_api" to distinguish from Insights API data in subscribers_insights table';

CREATE MATERIALIZED VIEW "public"."subscription_engagement_summary" AS
 SELECT "did_subscribe",
    "count"(DISTINCT "distinct_id") AS "total_users",
    "round"("avg"("total_profile_views"), 2) AS "avg_profile_views",
    "round"("avg"("total_pdp_views"), 2) AS "avg_pdp_views",
    "round"("avg"("unique_creators_viewed"), 2) AS "avg_unique_creators",
    "round"("avg"("unique_portfolios_viewed"), 2) AS "avg_unique_portfolios"
   FROM "public"."main_analysis"
  GROUP BY "did_subscribe"
  WITH NO DATA;

CREATE TABLE IF NOT EXISTS "public"."sync_logs" (
    "id" bigint NOT NULL,
    "sync_started_at" timestamp with time zone DEFAULT "now"() NOT NULL,
    "sync_completed_at" timestamp with time zone,
    "sync_status" "text" DEFAULT 'in_progress'::"text" NOT NULL,
    "source" "text" DEFAULT 'mixpanel'::"text",
    "triggered_by" "text",
    "error_message" "text",
    "error_details" "jsonb",
    "duration_seconds" numeric,
    "created_at" timestamp with time zone DEFAULT "now"(),
    "tool_type" "text" DEFAULT 'user'::"text",
    CONSTRAINT "sync_logs_sync_status_check" CHECK (("sync_status" = ANY (ARRAY['in_progress'::"text", 'completed'::"text", 'failed'::"text", 'partial'::"text"]))),
    CONSTRAINT "sync_logs_tool_type_check" CHECK (("tool_type" = ANY (ARRAY['user'::"text", 'creator'::"text"])))
);

CREATE SEQUENCE IF NOT EXISTS "public"."sync_logs_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE "public"."sync_logs_id_seq" OWNED BY "public"."sync_logs"."id";

CREATE MATERIALIZED VIEW "public"."top_stocks_all_premium_creators" AS
 WITH "ranked_stocks" AS (
         SELECT "premium_creator_stock_holdings"."stock_ticker",
            "sum"("premium_creator_stock_holdings"."total_quantity") AS "total_quantity",
            "count"(DISTINCT "premium_creator_stock_holdings"."creator_username") AS "creator_count",
            "sum"("premium_creator_stock_holdings"."portfolio_count") AS "portfolio_count",
            "row_number"() OVER (ORDER BY ("sum"("premium_creator_stock_holdings"."total_quantity")) DESC) AS "rank"
           FROM "public"."premium_creator_stock_holdings"
          GROUP BY "premium_creator_stock_holdings"."stock_ticker"
        )
 SELECT "rank",
    "stock_ticker",
    "total_quantity",
    "creator_count",
    "portfolio_count"
   FROM "ranked_stocks"
  WHERE ("rank" <= 5)
  ORDER BY "rank"
  WITH NO DATA;

COMMENT ON MATERIALIZED VIEW "public"."top_stocks_all_premium_creators" IS 'Top 5 stocks held by all premium creators combined. Refresh after uploading portfolio stock holdings data.';

CREATE SEQUENCE IF NOT EXISTS "public"."user_portfolio_creator_engagement_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE "public"."user_portfolio_creator_engagement_id_seq" OWNED BY "public"."user_portfolio_creator_engagement"."id";

CREATE OR REPLACE VIEW "public"."validation_view_freshness" AS
 SELECT "view_name",
    "last_refreshed_at",
    (EXTRACT(epoch FROM ("now"() - "last_refreshed_at")))::integer AS "seconds_since_refresh",
        CASE
            WHEN ("last_refreshed_at" IS NULL) THEN 'Never refreshed'::"text"
            WHEN (EXTRACT(epoch FROM ("now"() - "last_refreshed_at")) < (3600)::numeric) THEN 'Fresh (< 1 hour)'::"text"
            WHEN (EXTRACT(epoch FROM ("now"() - "last_refreshed_at")) < (86400)::numeric) THEN 'Moderate (< 1 day)'::"text"
            ELSE 'Stale (> 1 day)'::"text"
        END AS "freshness_status",
    "refresh_duration_ms",
    "rows_affected"
   FROM "public"."materialized_view_refresh_log"
  ORDER BY "last_refreshed_at" DESC NULLS LAST;

ALTER TABLE ONLY "public"."marketing_metrics" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."marketing_metrics_id_seq"'::"regclass");

ALTER TABLE ONLY "public"."portfolio_stock_holdings" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."portfolio_stock_holdings_id_seq"'::"regclass");

ALTER TABLE ONLY "public"."subscribers_insights" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."subscribers_insights_id_seq"'::"regclass");

ALTER TABLE ONLY "public"."sync_logs" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."sync_logs_id_seq"'::"regclass");

ALTER TABLE ONLY "public"."user_portfolio_creator_engagement" ALTER COLUMN "id" SET DEFAULT "nextval"('"public"."user_portfolio_creator_engagement_id_seq"'::"regclass");

ALTER TABLE ONLY "public"."creator_subscriptions_by_price"
    ADD CONSTRAINT "creator_subscriptions_by_price_pkey" PRIMARY KEY ("id");

ALTER TABLE ONLY "public"."creator_subscriptions_by_price"
    ADD CONSTRAINT "creator_subscriptions_by_price_unique" UNIQUE ("creator_id", "subscription_price", "subscription_interval");

ALTER TABLE ONLY "public"."marketing_metrics"
    ADD CONSTRAINT "marketing_metrics_pkey" PRIMARY KEY ("id");

ALTER TABLE ONLY "public"."materialized_view_refresh_log"
    ADD CONSTRAINT "materialized_view_refresh_log_pkey" PRIMARY KEY ("view_name");

ALTER TABLE ONLY "public"."portfolio_performance_metrics"
    ADD CONSTRAINT "portfolio_performance_metrics_pkey" PRIMARY KEY ("portfolio_ticker");

ALTER TABLE ONLY "public"."portfolio_stock_holdings"
    ADD CONSTRAINT "portfolio_stock_holdings_pkey" PRIMARY KEY ("id");

ALTER TABLE ONLY "public"."portfolio_stock_holdings"
    ADD CONSTRAINT "portfolio_stock_holdings_portfolio_ticker_stock_ticker_key" UNIQUE ("portfolio_ticker", "stock_ticker");

ALTER TABLE ONLY "public"."premium_creator_retention_events"
    ADD CONSTRAINT "premium_creator_retention_events_pkey" PRIMARY KEY ("distinct_id", "creator_username", "cohort_month");

ALTER TABLE ONLY "public"."premium_creators"
    ADD CONSTRAINT "premium_creators_pkey" PRIMARY KEY ("creator_id");

ALTER TABLE ONLY "public"."subscribers_insights"
    ADD CONSTRAINT "subscribers_insights_pkey" PRIMARY KEY ("id");

ALTER TABLE ONLY "public"."subscribers_insights"
    ADD CONSTRAINT "subscribers_insights_unique_key" UNIQUE ("distinct_id");

ALTER TABLE ONLY "public"."subscribers_insights_v2"
    ADD CONSTRAINT "subscribers_insights_v2_pkey" PRIMARY KEY ("distinct_id");

ALTER TABLE ONLY "public"."sync_logs"
    ADD CONSTRAINT "sync_logs_pkey" PRIMARY KEY ("id");

ALTER TABLE ONLY "public"."subscribers_insights"
    ADD CONSTRAINT "unique_distinct_id_per_sync" UNIQUE ("distinct_id", "synced_at");

ALTER TABLE ONLY "public"."user_portfolio_creator_engagement"
    ADD CONSTRAINT "user_portfolio_creator_engage_distinct_id_portfolio_ticker__key" UNIQUE ("distinct_id", "portfolio_ticker", "creator_id");

ALTER TABLE ONLY "public"."user_portfolio_creator_engagement"
    ADD CONSTRAINT "user_portfolio_creator_engagement_pkey" PRIMARY KEY ("id");

CREATE INDEX "idx_creator_subscriptions_by_price_synced_at" ON "public"."creator_subscriptions_by_price" USING "btree" ("synced_at");

CREATE INDEX "idx_engagement_creator" ON "public"."user_portfolio_creator_engagement" USING "btree" ("creator_id");

CREATE INDEX "idx_main_analysis_did_copy" ON "public"."main_analysis" USING "btree" ("did_copy");

CREATE INDEX "idx_main_analysis_did_subscribe" ON "public"."main_analysis" USING "btree" ("did_subscribe");

CREATE INDEX "idx_main_analysis_distinct_id" ON "public"."main_analysis" USING "btree" ("distinct_id");

CREATE INDEX "idx_main_analysis_total_copies" ON "public"."main_analysis" USING "btree" ("total_copies");

CREATE INDEX "idx_main_analysis_total_subscriptions" ON "public"."main_analysis" USING "btree" ("total_subscriptions");

CREATE INDEX "idx_mv_refresh_log_timestamp" ON "public"."materialized_view_refresh_log" USING "btree" ("last_refreshed_at" DESC);

CREATE INDEX "idx_portfolio_breakdown_creator" ON "public"."portfolio_breakdown_with_metrics" USING "btree" ("creator_id");

CREATE INDEX "idx_portfolio_breakdown_ticker" ON "public"."portfolio_breakdown_with_metrics" USING "btree" ("portfolio_ticker");

CREATE INDEX "idx_portfolio_creator_engagement_copies" ON "public"."portfolio_creator_engagement_metrics" USING "btree" ("total_copies" DESC);

CREATE INDEX "idx_portfolio_creator_engagement_metrics_ticker" ON "public"."portfolio_creator_engagement_metrics" USING "btree" ("portfolio_ticker");

CREATE INDEX "idx_portfolio_stock_holdings_stock" ON "public"."portfolio_stock_holdings" USING "btree" ("stock_ticker");

CREATE INDEX "idx_premium_creator_stock_holdings_creator" ON "public"."premium_creator_stock_holdings" USING "btree" ("creator_username");

CREATE INDEX "idx_premium_creators_username" ON "public"."premium_creators" USING "btree" ("creator_username");

CREATE INDEX "idx_retention_analysis_creator" ON "public"."premium_creator_retention_analysis" USING "btree" ("creator_username");

CREATE INDEX "idx_retention_events_creator_cohort" ON "public"."premium_creator_retention_events" USING "btree" ("creator_username", "cohort_date");

CREATE INDEX "idx_subscribers_synced_at" ON "public"."subscribers_insights" USING "btree" ("synced_at" DESC);

CREATE INDEX "idx_subscribers_v2_distinct_id" ON "public"."subscribers_insights_v2" USING "btree" ("distinct_id");

CREATE INDEX "idx_subscribers_v2_total_copies" ON "public"."subscribers_insights_v2" USING "btree" ("total_copies") WHERE ("total_copies" > 0);

CREATE INDEX "idx_subscribers_v2_total_subscriptions" ON "public"."subscribers_insights_v2" USING "btree" ("total_subscriptions") WHERE ("total_subscriptions" > 0);

CREATE INDEX "idx_subscribers_v2_updated_at" ON "public"."subscribers_insights_v2" USING "btree" ("updated_at" DESC);

CREATE INDEX "idx_sync_logs_tool_type_started" ON "public"."sync_logs" USING "btree" ("tool_type", "sync_started_at" DESC);

CREATE INDEX "idx_top_stocks_all_premium_creators_rank" ON "public"."top_stocks_all_premium_creators" USING "btree" ("rank");

CREATE INDEX "idx_upce_creator_copy" ON "public"."user_portfolio_creator_engagement" USING "btree" ("creator_id", "did_copy", "distinct_id", "copy_count", "liquidation_count") WHERE ("did_copy" = true);

CREATE OR REPLACE TRIGGER "calculate_sync_logs_duration" BEFORE UPDATE ON "public"."sync_logs" FOR EACH ROW EXECUTE FUNCTION "public"."calculate_sync_duration"();

CREATE OR REPLACE TRIGGER "ensure_single_row_trigger" BEFORE INSERT ON "public"."marketing_metrics" FOR EACH ROW EXECUTE FUNCTION "public"."ensure_single_marketing_metrics_row"();

CREATE OR REPLACE TRIGGER "update_subscribers_insights_updated_at" BEFORE UPDATE ON "public"."subscribers_insights" FOR EACH ROW EXECUTE FUNCTION "public"."update_updated_at_column"();

CREATE POLICY "Allow authenticated read access to subscribers_insights" ON "public"."subscribers_insights" FOR SELECT TO "authenticated" USING (true);

CREATE POLICY "Allow authenticated read access to sync_logs" ON "public"."sync_logs" FOR SELECT TO "authenticated" USING (true);

CREATE POLICY "Allow service role full access to subscribers_insights" ON "public"."subscribers_insights" TO "service_role" USING (true) WITH CHECK (true);

CREATE POLICY "Allow service role full access to sync_logs" ON "public"."sync_logs" TO "service_role" USING (true) WITH CHECK (true);

ALTER TABLE "public"."subscribers_insights" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."sync_logs" ENABLE ROW LEVEL SECURITY;
