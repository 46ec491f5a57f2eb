-- Generated STORED columns: arithmetic, string concat, tsvector search column, a call to an immutable function.
CREATE FUNCTION public.slugify(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT trim(both '-' from regexp_replace(lower(value), '[^a-z0-9]+', '-', 'g')) $$;

CREATE TABLE public.products (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    description text,
    unit_price numeric(12,2) NOT NULL,
    quantity integer NOT NULL DEFAULT 1,
    total numeric(14,2) GENERATED ALWAYS AS (unit_price * quantity) STORED,
    slug text GENERATED ALWAYS AS (public.slugify(name)) STORED,
    search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'B')
    ) STORED
);

CREATE INDEX products_search_idx ON public.products USING gin (search);
CREATE UNIQUE INDEX products_slug_idx ON public.products (slug);
