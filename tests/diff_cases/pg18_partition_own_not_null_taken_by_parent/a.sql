-- min_version: 18
-- A partition's own NOT NULL (its name) against the one it inherits once its parent's column is NOT NULL (the parent's name).
CREATE TABLE public.visits (id integer NOT NULL, at date NOT NULL, page text) PARTITION BY RANGE (at);
CREATE TABLE public.visits_2026 PARTITION OF public.visits FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE public.visits_2026 ALTER COLUMN page SET NOT NULL;
