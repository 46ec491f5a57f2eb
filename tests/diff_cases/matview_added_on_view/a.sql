-- A materialized view over an existing view is added with an index; a matview index is added to an existing matview.

CREATE TABLE public.hits (path text, at timestamptz);
CREATE VIEW public.recent_hits AS SELECT path, at FROM public.hits WHERE at > '2025-01-01';
CREATE MATERIALIZED VIEW public.all_paths AS SELECT DISTINCT path FROM public.hits;
