-- pg_dump's func_with_support (002_pg_dump.pl): a SQL function's SUPPORT function added, another function's removed.
CREATE FUNCTION public.func_with_support() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$ SUPPORT varchar_support;
CREATE FUNCTION public.trimmed(v varchar) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$ SELECT v $$;
