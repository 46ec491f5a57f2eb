CREATE FUNCTION public.ci_eq(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT lower(a) = lower(b) $$;
CREATE FUNCTION public.ci_ne(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT lower(a) <> lower(b) $$;
CREATE OPERATOR public.=~= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.ci_eq,
                            COMMUTATOR = OPERATOR(public.=~=), NEGATOR = OPERATOR(public.!~=),
                            RESTRICT = eqsel, JOIN = eqjoinsel, HASHES);
CREATE OPERATOR public.!~= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.ci_ne,
                            COMMUTATOR = OPERATOR(public.!~=), NEGATOR = OPERATOR(public.=~=),
                            RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR public.=~= (text, text) IS 'case-insensitive equality';
COMMENT ON OPERATOR public.!~= (text, text) IS 'case-insensitive inequality';
CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text,
    backup_email text,
    CONSTRAINT emails_differ CHECK (NOT (email OPERATOR(public.=~=) backup_email))
);
