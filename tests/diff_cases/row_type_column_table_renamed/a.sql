-- A table whose row type another table's column stores, renamed (b): the old table is dropped
-- after that column is converted, and its key's and identity sequence's names are taken by then.
CREATE TABLE public.addresses (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, street text);
CREATE INDEX addresses_street_idx ON public.addresses (street);
CREATE TABLE public.orders (id bigint PRIMARY KEY, ship_to public.addresses);
