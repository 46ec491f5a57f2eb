-- Dependency corner: a column whose type is another table's row type, an array of it, and a function taking the row type.
CREATE TABLE public.addresses (
    street text,
    city text NOT NULL,
    zip text
);

CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    ship_to public.addresses,
    previous_addresses public.addresses[]
);

CREATE FUNCTION public.address_label(a public.addresses) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT concat_ws(', ', a.street, a.city, a.zip) $$;

CREATE VIEW public.order_labels AS SELECT id, public.address_label(ship_to) AS label FROM public.orders;
