-- Legacy serial column migrated to an identity column (owned sequence with the same name replaced by the identity sequence).

CREATE TABLE public.customers (
    id serial PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE public.orders (
    id bigserial PRIMARY KEY,
    customer_id integer REFERENCES public.customers(id)
);
