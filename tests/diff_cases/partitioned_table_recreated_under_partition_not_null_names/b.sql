-- min_version: 18
-- The table under its first name: created again while the detached partition still holds events_id_not_null.
CREATE TABLE public.events (id bigint NOT NULL, created_at date NOT NULL) PARTITION BY RANGE (created_at);
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
