-- IN lists over columns whose type is a domain over varchar (PostgreSQL's domain regression test, nulltest.col5): stored over the domain's base type, they are written back as IN lists too.
CREATE DOMAIN public.country_code AS varchar(2) NOT NULL CHECK (VALUE = upper(VALUE));
CREATE DOMAIN public.eu_country_code AS public.country_code CHECK (VALUE <> 'GB');

CREATE TABLE public.shipping_zones (
    id int PRIMARY KEY,
    country public.country_code CHECK (country IN ('DE', 'FR', 'NL', 'US')),
    billing_country public.eu_country_code CHECK (billing_country NOT IN ('XX', 'ZZ'))
);
CREATE INDEX shipping_zones_benelux ON public.shipping_zones (id) WHERE country IN ('NL', 'BE', 'LU');
CREATE VIEW public.us_zones AS SELECT id, country FROM public.shipping_zones WHERE country IN ('US');
