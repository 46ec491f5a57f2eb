-- A new domain is introduced and an existing text column switched to it.

CREATE TABLE public.contacts (id integer PRIMARY KEY, email text NOT NULL);
