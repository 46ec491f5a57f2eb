-- min_version: 18
-- An expression GiST index on earthdistance's ll_to_earth() (PG15's earthdistance 1.1 breaks even pg_dump's own restore under search_path='', so 18 only).
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

CREATE TABLE public.stores (
    id integer PRIMARY KEY,
    name text NOT NULL,
    lat double precision NOT NULL,
    lng double precision NOT NULL
);

CREATE INDEX stores_location_idx ON public.stores USING gist (ll_to_earth(lat, lng));

CREATE FUNCTION public.stores_near(p_lat double precision, p_lng double precision, radius_m double precision)
RETURNS SETOF public.stores
LANGUAGE sql STABLE
AS $$
    SELECT * FROM public.stores
    WHERE earth_box(ll_to_earth(p_lat, p_lng), radius_m) @> ll_to_earth(lat, lng)
$$;
