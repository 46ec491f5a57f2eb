-- min_version: 18
-- A partition made on its own and attached (its NOT NULLs named after it) against one made with PARTITION OF (the parent's names), as pgschema's issue 495 found.
CREATE TABLE public.bands (
    band_id integer NOT NULL,
    geom_id integer NOT NULL,
    CONSTRAINT bands_band_id_geom_id_key UNIQUE (band_id, geom_id)
) PARTITION BY LIST (band_id);

CREATE TABLE public.bands_12 (
    band_id integer NOT NULL,
    geom_id integer NOT NULL,
    CONSTRAINT bands_12_band_id_geom_id_key UNIQUE (band_id, geom_id)
);
ALTER TABLE public.bands ATTACH PARTITION public.bands_12 FOR VALUES IN (12);
