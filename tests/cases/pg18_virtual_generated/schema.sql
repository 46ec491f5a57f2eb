-- min_version: 18
-- PostgreSQL 18 VIRTUAL generated columns next to STORED ones (PG18's default kind is VIRTUAL).
CREATE TABLE public.line_items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_price numeric(12,2) NOT NULL,
    quantity integer NOT NULL,
    subtotal numeric(14,2) GENERATED ALWAYS AS (unit_price * quantity) VIRTUAL,
    tax numeric(14,2) GENERATED ALWAYS AS (round(unit_price * quantity * 0.2, 2)) STORED,
    label text GENERATED ALWAYS AS ('x' || quantity::text)
);
