-- A table is dropped together with the view, FK and trigger that depend on it.

CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;
