-- A log table with autovacuum reloptions, a view with ordered-set aggregates and FILTER, a logging function, grants on them.
-- Adapted: upstream's file does not load (a stray RETURN QUERY outside any function) and its
-- pg_stat_statements views need that extension; the table, the summary view, the logging
-- function and their grants are kept.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE IF NOT EXISTS public.query_performance_log (
    id bigserial PRIMARY KEY,
    query_type text NOT NULL,
    execution_time_ms integer NOT NULL,
    result_count integer,
    user_id uuid,
    query_params jsonb,
    error_message text,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_query_perf_log_created ON public.query_performance_log (created_at DESC);

CREATE INDEX idx_query_perf_log_type ON public.query_performance_log (query_type);

CREATE INDEX idx_query_perf_log_time ON public.query_performance_log (execution_time_ms DESC);

ALTER TABLE public.query_performance_log SET(
    autovacuum_vacuum_scale_factor = 0.02,
    autovacuum_analyze_scale_factor = 0.01
);

COMMENT ON
TABLE public.query_performance_log IS 'Performance tracking for search queries. Monitor execution times and identify slow queries.';

CREATE OR REPLACE VIEW public.search_performance_summary AS
SELECT
  query_type,
  DATE_TRUNC('hour', created_at) AS hour,
  COUNT(*) AS query_count,
  AVG(execution_time_ms)::numeric(10,2) AS avg_time_ms,
  MIN(execution_time_ms) AS min_time_ms,
  MAX(execution_time_ms) AS max_time_ms,
  PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY execution_time_ms)::numeric(10,2) AS median_time_ms,
  PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY execution_time_ms)::numeric(10,2) AS p95_time_ms,
  PERCENTILE_CONT(0.99) WITHIN GROUP (ORDER BY execution_time_ms)::numeric(10,2) AS p99_time_ms,
  COUNT(*) FILTER (WHERE error_message IS NOT NULL) AS error_count
FROM public.query_performance_log
WHERE created_at > NOW() - INTERVAL '7 days'
GROUP BY query_type, DATE_TRUNC('hour', created_at)
ORDER BY hour DESC, query_type;

COMMENT ON VIEW public.search_performance_summary IS 'Hourly search performance metrics with percentiles. Monitor p95 and p99 for SLA compliance.';

CREATE OR REPLACE FUNCTION public.log_search_performance(
  p_query_type text,
  p_execution_time_ms integer,
  p_result_count integer DEFAULT NULL,
  p_query_params jsonb DEFAULT NULL,
  p_error_message text DEFAULT NULL
)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO public.query_performance_log (
    query_type,
    execution_time_ms,
    result_count,
    user_id,
    query_params,
    error_message
  )
  VALUES (
    p_query_type,
    p_execution_time_ms,
    p_result_count,
    public.current_user_id(),
    p_query_params,
    p_error_message
  );
END;
$$;

GRANT SELECT ON public.query_performance_log TO authenticated;

GRANT SELECT ON public.search_performance_summary TO authenticated;
