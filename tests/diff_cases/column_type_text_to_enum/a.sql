-- text -> enum with a text default (needs USING status::order_status and the default dropped/re-set), plus a new enum type.

CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'pending'
);
CREATE INDEX orders_status_idx ON public.orders (status);
