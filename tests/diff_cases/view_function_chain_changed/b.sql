-- A chain table -> function -> view -> view changes in the middle: the function gains a parameter with a default, views call it differently.

CREATE TABLE public.items (id integer PRIMARY KEY, price numeric NOT NULL);
CREATE FUNCTION public.with_tax(p numeric, rate numeric DEFAULT 0.2) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT p * (1 + rate) $$;
CREATE VIEW public.priced AS SELECT id, public.with_tax(price, 0.25) AS gross FROM public.items;
CREATE VIEW public.expensive AS SELECT id, gross FROM public.priced WHERE gross > 100;
