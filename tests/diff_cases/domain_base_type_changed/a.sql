-- A domain's base type changes (varchar(20) -> text): the domain must be recreated while a column and function use it.

CREATE DOMAIN public.sku AS varchar(20) CHECK (VALUE ~ '^[A-Z0-9-]+$');
CREATE TABLE public.products (id integer PRIMARY KEY, sku public.sku NOT NULL);
CREATE FUNCTION public.sku_prefix(s public.sku) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT split_part(s, '-', 1) $$;
