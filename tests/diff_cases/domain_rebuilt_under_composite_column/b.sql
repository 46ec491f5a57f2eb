CREATE DOMAIN public.slug AS varchar(80) CHECK (VALUE ~ '^[a-z0-9-]+$') CHECK (length(VALUE) > 1);
CREATE TABLE public.pages (id integer PRIMARY KEY, slug public.slug NOT NULL UNIQUE, parent_slug public.slug);
CREATE FUNCTION public.page_url(s public.slug) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT '/p/' || s $$;
CREATE VIEW public.page_urls AS SELECT id, public.page_url(slug) AS url FROM public.pages;
CREATE TYPE public.menu_link AS (target public.slug, label text);
CREATE TABLE public.menus (id integer PRIMARY KEY, items public.menu_link[], featured public.menu_link);
