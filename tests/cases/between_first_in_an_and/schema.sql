-- BETWEEN first in an AND or an OR (stored as an AND inside the AND), as coordinates and ratings are checked: printed flat, it read back as one AND.
CREATE TABLE public.places (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lat double precision NOT NULL,
    lng double precision NOT NULL,
    rating integer,
    CONSTRAINT places_coords_check CHECK (lat BETWEEN -90 AND 90 AND lng BETWEEN -180 AND 180),
    CONSTRAINT places_rating_check CHECK (rating BETWEEN 1 AND 5 AND rating <> 3 OR rating IS NULL)
);
CREATE INDEX places_europe_idx ON public.places (lat, lng) WHERE lat BETWEEN 35 AND 72 AND lng BETWEEN -25 AND 45;
CREATE VIEW public.european_places AS
    SELECT id, lat, lng FROM public.places WHERE lat BETWEEN 35 AND 72 AND lng BETWEEN -25 AND 45;
