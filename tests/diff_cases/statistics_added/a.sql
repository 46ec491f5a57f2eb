-- An extended statistics object is added and another's kinds change (drop + create).

CREATE TABLE public.addresses (id integer PRIMARY KEY, city text, zip text, country text);
CREATE STATISTICS public.addr_city_zip (ndistinct) ON city, zip FROM public.addresses;
