-- pgschema create_aggregate/*: aggregates added (final function, empty-string INITCOND, combine and moving-aggregate options) and dropped.
CREATE FUNCTION numeric_accum(numeric[], numeric) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_append($1, $2) $$;

CREATE FUNCTION numeric_first(numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1[1] $$;

CREATE AGGREGATE my_agg(numeric) (
    SFUNC = numeric_accum,
    STYPE = numeric[],
    FINALFUNC = numeric_first,
    INITCOND = '{}'
);

-- An explicit empty-string INITCOND is distinct from a NULL one
CREATE FUNCTION str_append(text, text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 || $2 $$;

CREATE AGGREGATE str_concat(text) (
    SFUNC = str_append,
    STYPE = text,
    INITCOND = ''
);

CREATE FUNCTION num_add(numeric, numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT $1 + $2 $$;

CREATE FUNCTION num_sub(numeric, numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT $1 - $2 $$;

CREATE AGGREGATE my_sum(numeric) (
    SFUNC = num_add,
    STYPE = numeric,
    COMBINEFUNC = num_add,
    INITCOND = '0',
    MSFUNC = num_add,
    MINVFUNC = num_sub,
    MSTYPE = numeric,
    MINITCOND = '0',
    PARALLEL = SAFE
);
