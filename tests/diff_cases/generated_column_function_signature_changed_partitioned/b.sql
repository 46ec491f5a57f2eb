-- min_version: 17
-- A partitioned table's stored generated column calls a function whose parameters change (SET EXPRESSION recurses to the partitions).
CREATE FUNCTION public.slugify(v text, sep text DEFAULT '-') RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT replace(lower(v), ' ', sep) $$;
CREATE TABLE public.events (
  at date NOT NULL,
  name text NOT NULL,
  tag text GENERATED ALWAYS AS (public.slugify(name)) STORED,
  note text
) PARTITION BY RANGE (at);
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
