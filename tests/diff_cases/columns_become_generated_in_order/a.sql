-- Two plain columns at the end of a table become generated ones: each is dropped and added
-- again, in the source's column order.
CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    price_cents integer NOT NULL,
    total_cents integer,
    code text
);
