-- min_version: 14
-- Range types: custom range over float8 with subtype_diff, over a domain-free subtype, built-in ranges and multiranges.
CREATE TYPE public.floatrange AS RANGE (
    subtype = float8,
    subtype_diff = float8mi
);

CREATE FUNCTION public.time_subtype_diff(x time, y time) RETURNS float8
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT EXTRACT(EPOCH FROM (x - y))';

CREATE TYPE public.timerange AS RANGE (
    subtype = time,
    subtype_diff = public.time_subtype_diff,
    multirange_type_name = public.timemultirange
);

CREATE TABLE public.measurements (
    id integer PRIMARY KEY,
    tolerance public.floatrange,
    opening_hours public.timerange,
    all_hours public.timemultirange,
    valid_during tstzrange NOT NULL DEFAULT tstzrange(now(), NULL),
    price_band numrange,
    age_band int4range DEFAULT '[0,18)',
    days datemultirange
);

CREATE INDEX measurements_valid_during_idx ON public.measurements USING gist (valid_during);
