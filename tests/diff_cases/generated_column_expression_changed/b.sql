-- A stored generated column's expression changes (no ALTER before PG17: drop + re-add, so it is the last column) and another becomes a plain column (DROP EXPRESSION).

CREATE TABLE public.line_items (
    id integer PRIMARY KEY,
    price numeric(12,2) NOT NULL,
    qty integer NOT NULL,
    label text,
    total numeric(14,2) GENERATED ALWAYS AS (round(price * qty * 1.2, 2)) STORED
);
