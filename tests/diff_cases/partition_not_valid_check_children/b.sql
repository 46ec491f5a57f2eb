CREATE TABLE public.page_views (
    viewed_at timestamptz NOT NULL,
    path text NOT NULL,
    duration_ms integer
) PARTITION BY RANGE (viewed_at);
CREATE TABLE public.page_views_2025_01 PARTITION OF public.page_views
    FOR VALUES FROM ('2025-01-01') TO ('2025-02-01');
ALTER TABLE public.page_views ADD CONSTRAINT page_views_duration_check CHECK (duration_ms >= 0) NOT VALID;
CREATE TABLE public.page_views_2025_02 PARTITION OF public.page_views
    FOR VALUES FROM ('2025-02-01') TO ('2025-03-01');
CREATE TABLE public.audit_log (id bigint, note text);
CREATE TABLE public.audit_log_archive () INHERITS (public.audit_log);
ALTER TABLE public.audit_log ADD CONSTRAINT audit_log_id_check CHECK (id > 0) NOT VALID;
ALTER TABLE public.audit_log_archive VALIDATE CONSTRAINT audit_log_id_check;
