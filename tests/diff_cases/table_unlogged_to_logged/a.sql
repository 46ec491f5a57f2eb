-- A cache table made LOGGED (and another made UNLOGGED).

CREATE UNLOGGED TABLE public.imports (
    id bigint PRIMARY KEY,
    payload jsonb
);
CREATE TABLE public.scratch (id integer);
