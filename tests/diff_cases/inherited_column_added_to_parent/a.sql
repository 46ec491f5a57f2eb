-- A column added to an inheritance parent propagates to its children (the children must not get it twice).

CREATE TABLE public.animals (id integer NOT NULL, name text);
CREATE TABLE public.dogs (breed text) INHERITS (public.animals);
CREATE TABLE public.cats (indoor boolean) INHERITS (public.animals);
