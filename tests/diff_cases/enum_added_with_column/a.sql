-- A new enum type and a new enum-array column using it.

CREATE TABLE public.users (id integer PRIMARY KEY);
