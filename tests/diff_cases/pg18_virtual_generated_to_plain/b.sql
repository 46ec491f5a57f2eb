-- min_version: 18
-- A virtual generated column becomes a plain one (DROP EXPRESSION refuses virtual columns:
-- dropped and added again) and a plain one becomes virtual.
CREATE TABLE public.order_lines (
    id integer PRIMARY KEY,
    price integer NOT NULL,
    qty integer NOT NULL,
    discount integer GENERATED ALWAYS AS (price / 10) VIRTUAL,
    total integer
);
