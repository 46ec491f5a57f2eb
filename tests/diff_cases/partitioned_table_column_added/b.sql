-- A column with a default and NOT NULL is added to a partitioned table (cascades to partitions), plus a check constraint on the parent.

CREATE TABLE public.events (
    id bigint NOT NULL,
    at date NOT NULL,
    source text NOT NULL DEFAULT 'web',
    CONSTRAINT events_source_check CHECK (source IN ('web', 'api'))
) PARTITION BY RANGE (at);
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
