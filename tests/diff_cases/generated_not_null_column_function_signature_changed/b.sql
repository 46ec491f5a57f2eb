-- A NOT NULL stored generated column in the middle of its table calls a function whose parameters change: it keeps its place.
CREATE FUNCTION public.slugify(v text, sep text DEFAULT '-') RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT replace(lower(v), ' ', sep) $$;
CREATE TABLE public.posts (
  id int PRIMARY KEY,
  title text NOT NULL,
  slug text NOT NULL GENERATED ALWAYS AS (public.slugify(title)) STORED,
  body text
);
CREATE INDEX posts_slug ON public.posts (slug);
COMMENT ON COLUMN public.posts.slug IS 'from the title';
CREATE VIEW public.post_slugs AS SELECT id, slug FROM public.posts;
