-- A domain whose base type changes (rebuilt: renamed away, created again, columns converted)
-- while a composite type built on it is used by a column of another, unchanged table, as an
-- array: that column is converted too (the comparison must not narrow the table away).
CREATE DOMAIN public.slug AS text CHECK (VALUE ~ '^[a-z0-9-]+$');
CREATE TABLE public.pages (id integer PRIMARY KEY, slug public.slug NOT NULL UNIQUE, parent_slug public.slug);
CREATE FUNCTION public.page_url(s public.slug) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT '/p/' || s $$;
CREATE VIEW public.page_urls AS SELECT id, public.page_url(slug) AS url FROM public.pages;
CREATE TYPE public.menu_link AS (target public.slug, label text);
CREATE TABLE public.menus (id integer PRIMARY KEY, items public.menu_link[], featured public.menu_link);
