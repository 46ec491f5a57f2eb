-- An extension moved out of public (Supabase's advisor) in the plan that drops a function taking its type: the DROP names the type where the move puts it, so the move comes first.
CREATE SCHEMA IF NOT EXISTS ext;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext;
CREATE TABLE public.accounts (id bigint PRIMARY KEY, handle ext.citext NOT NULL);
CREATE FUNCTION public.handle_length(h ext.citext) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT length(h::text) $$;
