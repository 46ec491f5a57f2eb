-- NOT VALID foreign keys and checks (added after the fact, as on a live table), next to their validated twins.
CREATE TABLE public.customers (
    id bigint PRIMARY KEY,
    email text
);

CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    customer_id bigint,
    amount numeric(12,2),
    currency text
);

ALTER TABLE public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) NOT VALID;
ALTER TABLE public.orders
    ADD CONSTRAINT orders_amount_positive CHECK (amount > 0) NOT VALID;
ALTER TABLE public.orders
    ADD CONSTRAINT orders_currency_check CHECK (currency IN ('USD', 'EUR', 'GBP'));
ALTER TABLE public.customers
    ADD CONSTRAINT customers_email_check CHECK (email LIKE '%@%') NOT VALID;
