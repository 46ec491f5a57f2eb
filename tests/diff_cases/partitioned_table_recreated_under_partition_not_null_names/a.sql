-- min_version: 18
-- A partitioned table renamed away keeps partitions whose NOT NULLs carry its former name.
CREATE TABLE public.events (id bigint NOT NULL, created_at date NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE public.events RENAME TO audit_log;
