-- A schema is dropped with everything in it (table, type, function) while public stays.

CREATE TABLE public.keep (id integer PRIMARY KEY);
