-- min_version: 17
-- Identity column on a partitioned table (PG17+): partitions share the parent's identity sequence.
CREATE TABLE public.events (
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100),
    happened_on date NOT NULL,
    name text,
    PRIMARY KEY (id, happened_on)
) PARTITION BY RANGE (happened_on);

CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
