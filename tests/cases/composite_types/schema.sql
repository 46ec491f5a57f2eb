-- Composite types: used as a column type, array of composite, nested composite, function returning a composite.
CREATE TYPE public.address AS (
    street text,
    city text,
    postal_code varchar(10),
    country char(2)
);

CREATE TYPE public.geo_point AS (lat double precision, lng double precision);

CREATE TYPE public.place AS (
    name text,
    addr public.address,
    coords public.geo_point
);

CREATE TABLE public.customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    billing_address public.address,
    shipping_addresses public.address[] DEFAULT '{}',
    favourite public.place
);

CREATE FUNCTION public.customer_city(c public.customers) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT (c.billing_address).city $$;

CREATE FUNCTION public.make_address(street text, city text) RETURNS public.address
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT ROW(street, city, NULL, 'US')::public.address $$;
