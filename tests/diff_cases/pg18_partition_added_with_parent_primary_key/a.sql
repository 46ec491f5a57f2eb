-- min_version: 18
-- A partitioned table gets a primary key (its column becomes NOT NULL) while a partition is added: the new partition must not take the NOT NULL name the parent's SET NOT NULL gets.
CREATE TABLE public.events (
    id bigint,
    at date NOT NULL,
    payload jsonb
) PARTITION BY RANGE (at);
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
