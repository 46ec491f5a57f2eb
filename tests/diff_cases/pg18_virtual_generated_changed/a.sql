-- min_version: 18
-- PostgreSQL 18: a stored generated column becomes VIRTUAL and a virtual one changes expression.

CREATE TABLE public.items (
    id integer PRIMARY KEY,
    price numeric NOT NULL,
    qty integer NOT NULL,
    label text GENERATED ALWAYS AS ('#' || id) VIRTUAL,
    total numeric GENERATED ALWAYS AS (price * qty) STORED
);
