-- SQL-language functions: polymorphic (anyelement, anycompatible), RETURNS SETOF record with OUT, LEAKPROOF, RETURNS NULL ON NULL INPUT, dollar-quote tags.
CREATE FUNCTION public.coalesce_blank(value anyelement, fallback anyelement) RETURNS anyelement
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN value IS NULL OR value::text = '' THEN fallback ELSE value END $$;

CREATE FUNCTION public.first_of(a anycompatible, b anycompatible) RETURNS anycompatible
    LANGUAGE sql IMMUTABLE
    AS 'SELECT coalesce(a, b)';

CREATE FUNCTION public.series_pairs(n integer, OUT i integer, OUT squared integer) RETURNS SETOF record
    LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT
    AS $$ SELECT g, g * g FROM generate_series(1, n) g $$;

CREATE FUNCTION public.safe_eq(a text, b text) RETURNS boolean
    LANGUAGE sql IMMUTABLE LEAKPROOF
    AS $$ SELECT a = b $$;

CREATE FUNCTION public.quoted_body() RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $body$ SELECT $q$it's a $$dollar$$ string$q$ $body$;

CREATE FUNCTION public.array_last(arr anyarray) RETURNS anyelement
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT arr[array_upper(arr, 1)] $$;

CREATE FUNCTION public.jsonb_merge(a jsonb, b jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT coalesce(a, '{}'::jsonb) || coalesce(b, '{}'::jsonb) $$;
