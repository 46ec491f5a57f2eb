-- A CHECK added NOT VALID to a large partitioned table (validated later, the usual way): the
-- partitions created after it hold a valid copy, the older ones a NOT VALID copy.
CREATE TABLE public.page_views (
    viewed_at timestamptz NOT NULL,
    path text NOT NULL,
    duration_ms integer
) PARTITION BY RANGE (viewed_at);
CREATE TABLE public.page_views_2025_01 PARTITION OF public.page_views
    FOR VALUES FROM ('2025-01-01') TO ('2025-02-01');
CREATE TABLE public.page_views_2025_02 PARTITION OF public.page_views
    FOR VALUES FROM ('2025-02-01') TO ('2025-03-01');
CREATE TABLE public.audit_log (id bigint, note text);
CREATE TABLE public.audit_log_archive () INHERITS (public.audit_log);
