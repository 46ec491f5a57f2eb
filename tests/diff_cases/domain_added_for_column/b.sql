-- A new domain is introduced and an existing text column switched to it.

CREATE DOMAIN public.email AS text CHECK (VALUE ~ '@');
CREATE TABLE public.contacts (id integer PRIMARY KEY, email public.email NOT NULL);
