-- Dependency corner: matview over a view over another matview, each with indexes; a view on the top matview.
CREATE TABLE public.page_views (
    id bigint PRIMARY KEY,
    path text NOT NULL,
    viewed_at timestamptz NOT NULL
);

CREATE MATERIALIZED VIEW public.path_counts AS
    SELECT path, count(*) AS views FROM public.page_views GROUP BY path;
CREATE UNIQUE INDEX path_counts_path_idx ON public.path_counts (path);

CREATE VIEW public.popular_paths AS
    SELECT path, views FROM public.path_counts WHERE views > 100;

CREATE MATERIALIZED VIEW public.popular_sections AS
    SELECT split_part(path, '/', 2) AS section, sum(views) AS views FROM public.popular_paths GROUP BY 1;
CREATE UNIQUE INDEX popular_sections_section_idx ON public.popular_sections (section);

CREATE VIEW public.section_report AS SELECT section, views, rank() OVER (ORDER BY views DESC) AS rnk FROM public.popular_sections;
