-- A materialized view over an existing view is added with an index; a matview index is added to an existing matview.

CREATE TABLE public.hits (path text, at timestamptz);
CREATE VIEW public.recent_hits AS SELECT path, at FROM public.hits WHERE at > '2025-01-01';
CREATE MATERIALIZED VIEW public.all_paths AS SELECT DISTINCT path FROM public.hits;
CREATE UNIQUE INDEX all_paths_path_idx ON public.all_paths (path);
CREATE MATERIALIZED VIEW public.recent_path_counts AS SELECT path, count(*) AS n FROM public.recent_hits GROUP BY path WITH NO DATA;
CREATE INDEX recent_path_counts_n_idx ON public.recent_path_counts (n DESC);
