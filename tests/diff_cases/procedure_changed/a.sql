-- A procedure's body changes and it gains a parameter (new signature: drop + create); another procedure is added.

CREATE TABLE public.queue (id bigint PRIMARY KEY, done boolean NOT NULL DEFAULT false);
CREATE PROCEDURE public.cleanup() LANGUAGE sql AS $$ DELETE FROM public.queue WHERE done $$;
