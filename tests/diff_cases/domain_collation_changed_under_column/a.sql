-- pg_dump's us_postal_code domain (002_pg_dump.pl): its COLLATE "C" dropped while a table column uses it, its default and CHECK kept.
CREATE DOMAIN public.us_postal_code AS TEXT
    COLLATE "C"
    DEFAULT '10014'
    CHECK (VALUE ~ '^\d{5}$' OR VALUE ~ '^\d{5}-\d{4}$');
CREATE TABLE public.addresses (id int PRIMARY KEY, zip public.us_postal_code);
CREATE INDEX addresses_zip ON public.addresses (zip);
