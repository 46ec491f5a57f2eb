-- A column is dropped that is used by an index, a multi-column unique constraint and a check.

CREATE TABLE public.products (
    id bigint PRIMARY KEY,
    sku text NOT NULL,
    vendor text
);
