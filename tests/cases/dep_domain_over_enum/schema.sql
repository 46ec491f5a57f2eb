-- Dependency corner: domain over an enum, array of a domain, domain array default, a composite containing the domain, and a function taking the domain.
CREATE TYPE public.color AS ENUM ('red', 'green', 'blue');

CREATE DOMAIN public.warm_color AS public.color
    CONSTRAINT warm_color_check CHECK (VALUE IN ('red'));

CREATE DOMAIN public.positive_price AS numeric(12,2) CHECK (VALUE > 0);

CREATE TYPE public.swatch AS (name text, c public.warm_color);

CREATE TABLE public.palettes (
    id integer PRIMARY KEY,
    primary_color public.warm_color DEFAULT 'red',
    prices public.positive_price[] DEFAULT ARRAY[1.00]::public.positive_price[],
    colors public.color[] NOT NULL DEFAULT '{red,blue}',
    swatches public.swatch[]
);

CREATE FUNCTION public.is_warm(c public.warm_color) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT c IS NOT NULL $$;
