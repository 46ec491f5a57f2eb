-- A partition's index attached to the parent's index under the name PostgreSQL gave it.
CREATE TABLE public.events (id bigint NOT NULL, kind text, at date NOT NULL) PARTITION BY RANGE (at);
CREATE INDEX events_kind_idx ON public.events (kind);
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
