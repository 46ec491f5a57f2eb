-- min_version: 14
-- A procedure's body changes and it gains a parameter (new signature: drop + create); another procedure is added.

CREATE TABLE public.queue (id bigint PRIMARY KEY, done boolean NOT NULL DEFAULT false);
CREATE PROCEDURE public.cleanup(max_rows integer DEFAULT 1000) LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM public.queue WHERE id IN (SELECT id FROM public.queue WHERE done LIMIT max_rows);
END;
$$;
CREATE PROCEDURE public.reset_all() LANGUAGE sql BEGIN ATOMIC UPDATE public.queue SET done = false; END;
