-- A function used by a column default and a check constraint changes its body (replace in place; default and check keep working).

CREATE FUNCTION public.valid_code(c text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(c) = 6 AND c ~ '^[0-9a-f]+$' $$;
CREATE FUNCTION public.new_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT substr(md5(clock_timestamp()::text), 1, 6) $$;
CREATE TABLE public.vouchers (id integer PRIMARY KEY, code text NOT NULL DEFAULT public.new_code() CHECK (public.valid_code(code)));
