-- Aggregates: a custom sum with sfunc/stype/initcond, one with finalfunc and combinefunc (parallel safe), a moving-aggregate, an ORDER BY aggregate.
CREATE FUNCTION public.money_add(state numeric, value numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT state + coalesce(value, 0) $$;

CREATE AGGREGATE public.money_sum(numeric) (
    SFUNC = public.money_add,
    STYPE = numeric,
    INITCOND = '0',
    COMBINEFUNC = public.money_add,
    PARALLEL = SAFE
);

CREATE FUNCTION public.avg_accum(state numeric[], value numeric) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ARRAY[state[1] + value, state[2] + 1] $$;

CREATE FUNCTION public.avg_final(state numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN state[2] = 0 THEN NULL ELSE state[1] / state[2] END $$;

CREATE FUNCTION public.avg_inverse(state numeric[], value numeric) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ARRAY[state[1] - value, state[2] - 1] $$;

CREATE AGGREGATE public.my_avg(numeric) (
    SFUNC = public.avg_accum,
    STYPE = numeric[],
    FINALFUNC = public.avg_final,
    INITCOND = '{0,0}',
    MSFUNC = public.avg_accum,
    MINVFUNC = public.avg_inverse,
    MSTYPE = numeric[],
    MFINALFUNC = public.avg_final,
    MINITCOND = '{0,0}'
);

CREATE FUNCTION public.concat_sep(state text, value text, sep text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN state IS NULL THEN value ELSE state || sep || value END $$;

CREATE AGGREGATE public.join_text(text, text) (
    SFUNC = public.concat_sep,
    STYPE = text
);

CREATE TABLE public.ledger (id int PRIMARY KEY, amount numeric(12,2));
CREATE VIEW public.ledger_totals AS SELECT public.money_sum(amount) AS total, public.my_avg(amount) AS average FROM public.ledger;
