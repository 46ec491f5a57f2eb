-- min_version: 14
-- RPCs moved to SQL-standard bodies (BEGIN ATOMIC) that select or return literals: PostgreSQL
-- prints such an unnamed output column without AS ('pong'::text), which read back is named
-- after its cast (AS text); the routines must come back as they were stored.
CREATE TABLE public.feedback (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body text NOT NULL,
    status text NOT NULL DEFAULT 'new'
);

CREATE FUNCTION public.ping() RETURNS text LANGUAGE sql STABLE
AS $$ select 'pong' $$;

CREATE FUNCTION public.app_version() RETURNS text LANGUAGE sql IMMUTABLE
AS $$ select '1.4.2' $$;

CREATE FUNCTION public.submit_feedback(p_body text) RETURNS text LANGUAGE sql
AS $$ insert into public.feedback (body) values (p_body) returning 'received' $$;

CREATE FUNCTION public.feedback_states() RETURNS SETOF text LANGUAGE sql STABLE
AS $$ select 'new' union all select 'read' union all select 'done' $$;

GRANT EXECUTE ON FUNCTION public.ping() TO PUBLIC;
