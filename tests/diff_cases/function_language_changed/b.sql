-- min_version: 14
-- A function moves from a plpgsql string body to a SQL-standard BEGIN ATOMIC body (which now depends on the table).

CREATE TABLE public.counters (name text PRIMARY KEY, n bigint NOT NULL DEFAULT 0);
CREATE FUNCTION public.get_counter(k text) RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT n FROM public.counters WHERE name = k;
END;
