-- The partition's primary key and unique key renamed: renamed, not dropped (an inherited key cannot be).
CREATE TABLE public.events (id int, at date, code text, PRIMARY KEY (id, at), UNIQUE (code, at))
    PARTITION BY RANGE (at);
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.events_2025 RENAME CONSTRAINT events_2025_pkey TO events_2025_own_pk;
ALTER TABLE public.events_2025 RENAME CONSTRAINT events_2025_code_at_key TO "Events 2025 code";
