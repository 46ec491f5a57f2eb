-- The partition's two attached indexes swap names (each stays attached to its parent index): renamed through a third name.
CREATE TABLE public.events (id bigint NOT NULL, kind text, at date NOT NULL) PARTITION BY RANGE (at);
CREATE INDEX events_kind_idx ON public.events (kind);
CREATE INDEX events_at_idx ON public.events (at);
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.events_2027 PARTITION OF public.events FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
ALTER INDEX public.events_2026_kind_idx RENAME TO swapping;
ALTER INDEX public.events_2026_at_idx RENAME TO events_2026_kind_idx;
ALTER INDEX public.swapping RENAME TO events_2026_at_idx;
COMMENT ON INDEX public.events_2026_at_idx IS 'by kind';
