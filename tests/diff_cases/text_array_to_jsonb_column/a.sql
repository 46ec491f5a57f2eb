-- A text[] column becomes jsonb (and back): no cast between them, the value goes through its text form.
CREATE TABLE public.products (
    id integer PRIMARY KEY,
    tags text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX products_tags_idx ON public.products USING gin (tags);
