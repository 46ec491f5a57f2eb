-- An INSTEAD OF trigger is added to a view to make it writable.

CREATE TABLE public.people (id integer PRIMARY KEY, name text);
CREATE VIEW public.people_v AS SELECT p.id, upper(p.name) AS name FROM public.people p;
