-- A check constraint's expression changes (same name), one is added and one dropped.

CREATE TABLE public.products (
    id integer PRIMARY KEY,
    price numeric(12,2) NOT NULL,
    discount numeric(5,2),
    CONSTRAINT products_price_check CHECK (price > 0),
    CONSTRAINT products_discount_check CHECK (discount < 50)
);
