-- min_version: 18
-- PostgreSQL 18: a CHECK becomes NOT ENFORCED and an FK becomes ENFORCED (ALTER CONSTRAINT ... [NOT] ENFORCED).

CREATE TABLE public.customers (id integer PRIMARY KEY, age integer, CONSTRAINT customers_age_check CHECK (age >= 18) NOT ENFORCED);
CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    customer_id integer,
    CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id)
);
