-- A partition is detached and kept as a plain archive table with its own PK and index (attach in the reverse direction).

CREATE TABLE public.events (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text,
    CONSTRAINT events_pkey PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE INDEX events_kind_idx ON public.events (kind);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
