-- Generated columns made plain or given another expression while the function they call is dropped and made again (another result type).
CREATE FUNCTION public.price_with_tax(cents integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT cents::bigint * 120 / 100 $$;
CREATE TABLE public.products (
  id int PRIMARY KEY,
  cents integer NOT NULL,
  gross integer,
  label text
);
CREATE TABLE public.services (
  id int PRIMARY KEY,
  cents integer NOT NULL,
  gross bigint GENERATED ALWAYS AS (public.price_with_tax(cents) + 1) STORED
);
