-- min_version: 18
-- PostgreSQL 18 NOT ENFORCED check and foreign-key constraints next to enforced ones.
CREATE TABLE public.customers (
    id bigint PRIMARY KEY,
    age integer,
    CONSTRAINT customers_age_check CHECK (age >= 18) NOT ENFORCED,
    CONSTRAINT customers_age_sane CHECK (age < 200)
);

CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    customer_id bigint,
    CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT ENFORCED
);
