-- Plain inheritance added: an existing table with the parent's columns becomes a child (ALTER TABLE ... INHERIT); reverse is NO INHERIT.

CREATE TABLE public.vehicles (
    id integer NOT NULL,
    make text
);
CREATE TABLE public.cars (
    id integer NOT NULL,
    make text,
    doors integer
) INHERITS (public.vehicles);
