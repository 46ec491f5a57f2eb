-- A partition's two indexes attached to two of the parent's, under the names PostgreSQL gave them.
CREATE TABLE public.events (id bigint NOT NULL, kind text, at date NOT NULL) PARTITION BY RANGE (at);
CREATE INDEX events_kind_idx ON public.events (kind);
CREATE INDEX events_at_idx ON public.events (at);
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.events_2027 PARTITION OF public.events FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
COMMENT ON INDEX public.events_2026_kind_idx IS 'by kind';
