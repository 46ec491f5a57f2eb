-- An extension moved out of public (Supabase's advisor) in the plan that drops a function taking its type: the DROP names the type where the move puts it, so the move comes first.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE public.accounts (id bigint PRIMARY KEY, handle public.citext NOT NULL);
CREATE FUNCTION public.find_account(handle public.citext) RETURNS bigint
    LANGUAGE sql STABLE AS $$ SELECT id FROM public.accounts WHERE accounts.handle = find_account.handle $$;
CREATE FUNCTION public.handle_length(h public.citext) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT length(h::text) $$;
