-- Generated columns made plain or given another expression while the function they call is dropped and made again (another result type).
CREATE FUNCTION public.price_with_tax(cents integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT cents * 120 / 100 $$;
CREATE TABLE public.products (
  id int PRIMARY KEY,
  cents integer NOT NULL,
  gross integer GENERATED ALWAYS AS (public.price_with_tax(cents)) STORED,
  label text
);
CREATE TABLE public.services (
  id int PRIMARY KEY,
  cents integer NOT NULL,
  gross bigint GENERATED ALWAYS AS (public.price_with_tax(cents)) STORED
);
