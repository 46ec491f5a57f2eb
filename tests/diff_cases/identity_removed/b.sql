-- Identity removed from columns (the column keeps NOT NULL, the identity sequence goes away).

CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    ref integer NOT NULL
);
