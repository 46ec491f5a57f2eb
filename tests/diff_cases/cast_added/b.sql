-- A user cast between two user types WITH FUNCTION is added (function first, then cast).

CREATE TYPE public.celsius AS (deg numeric);
CREATE TYPE public.fahrenheit AS (deg numeric);
CREATE FUNCTION public.c_to_f(c public.celsius) RETURNS public.fahrenheit LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ROW(c.deg * 9 / 5 + 32)::public.fahrenheit $$;
CREATE CAST (public.celsius AS public.fahrenheit) WITH FUNCTION public.c_to_f(public.celsius) AS ASSIGNMENT;
