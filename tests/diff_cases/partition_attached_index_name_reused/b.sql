-- The attached index renamed, and its old name given to a new index of the partition alone.
CREATE TABLE public.events (id bigint NOT NULL, kind text, at date NOT NULL) PARTITION BY RANGE (at);
CREATE INDEX events_kind_idx ON public.events (kind);
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER INDEX public.events_2026_kind_idx RENAME TO events_2026_by_kind;
CREATE INDEX events_2026_kind_idx ON public.events_2026 (id, kind);
