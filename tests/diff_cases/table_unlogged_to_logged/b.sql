-- A cache table made LOGGED (and another made UNLOGGED).

CREATE TABLE public.imports (
    id bigint PRIMARY KEY,
    payload jsonb
);
CREATE UNLOGGED TABLE public.scratch (id integer);
