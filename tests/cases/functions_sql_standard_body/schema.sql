-- min_version: 14
-- SQL-standard function bodies (PG14+): RETURN expr, BEGIN ATOMIC with several statements; the body's dependencies on a table are tracked.
CREATE TABLE public.counters (
    name text PRIMARY KEY,
    value bigint NOT NULL DEFAULT 0
);

CREATE FUNCTION public.add_tax(amount numeric, rate numeric DEFAULT 0.2) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN round(amount * (1 + rate), 2);

CREATE FUNCTION public.counter_value(counter_name text) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT value FROM public.counters WHERE name = counter_name;
END;

CREATE FUNCTION public.increment_counter(counter_name text) RETURNS bigint
    LANGUAGE sql
BEGIN ATOMIC
    INSERT INTO public.counters (name, value) VALUES (counter_name, 1)
        ON CONFLICT (name) DO UPDATE SET value = public.counters.value + 1;
    SELECT value FROM public.counters WHERE name = counter_name;
END;

CREATE FUNCTION public.counter_names() RETURNS SETOF text
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT name FROM public.counters ORDER BY name;
END;
