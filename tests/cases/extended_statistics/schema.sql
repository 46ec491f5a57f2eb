-- min_version: 14
-- Extended statistics objects: ndistinct/dependencies/mcv on columns and an expression statistic, with a statistics target.
CREATE TABLE public.addresses (
    id bigint PRIMARY KEY,
    city text,
    zip text,
    country text,
    created_at timestamptz
);

CREATE STATISTICS public.addresses_city_zip (ndistinct, dependencies) ON city, zip FROM public.addresses;
CREATE STATISTICS public.addresses_mcv (mcv) ON country, city FROM public.addresses;
CREATE STATISTICS public.addresses_lower_city ON (lower(city)) FROM public.addresses;
ALTER STATISTICS public.addresses_city_zip SET STATISTICS 500;
