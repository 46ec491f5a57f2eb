-- min_version: 14
-- A column default calls a BEGIN ATOMIC function that reads that very column: the column is retyped (the function is dropped and made again around it), and another column gets such a default from a new function.

CREATE TABLE public.tickets (id integer PRIMARY KEY, seq integer);
CREATE FUNCTION public.next_seq() RETURNS integer LANGUAGE sql
BEGIN ATOMIC
    SELECT coalesce(max(seq), 0)::integer + 1 FROM public.tickets;
END;
ALTER TABLE public.tickets ALTER COLUMN seq SET DEFAULT public.next_seq();

CREATE TABLE public.orders (id integer PRIMARY KEY, number bigint);
