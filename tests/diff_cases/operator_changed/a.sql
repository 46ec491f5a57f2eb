-- A case-insensitive equality operator used by a CHECK constraint gains a negator and
-- estimators (dropped and created: the constraint is made again around it); the negator is
-- new.  Comments on operators follow them.
CREATE FUNCTION public.ci_eq(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT lower(a) = lower(b) $$;
CREATE FUNCTION public.ci_ne(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT lower(a) <> lower(b) $$;
CREATE OPERATOR public.=~= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.ci_eq,
                            COMMUTATOR = OPERATOR(public.=~=));
COMMENT ON OPERATOR public.=~= (text, text) IS 'case-insensitive equality';
CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text,
    backup_email text,
    CONSTRAINT emails_differ CHECK (NOT (email OPERATOR(public.=~=) backup_email))
);
