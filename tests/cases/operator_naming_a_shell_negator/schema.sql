-- An operator whose NEGATOR is never defined (PostgreSQL's create_operator regression test, === with NEGATOR = !==): the shell operator PostgreSQL makes for it is not extracted; the CREATE OPERATOR makes it again.
CREATE FUNCTION public.same_flag(boolean, boolean) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT $1 IS NOT DISTINCT FROM $2';

CREATE OPERATOR public.=== (
    LEFTARG = boolean,
    RIGHTARG = boolean,
    FUNCTION = public.same_flag,
    COMMUTATOR = ===,
    NEGATOR = !==
);
COMMENT ON OPERATOR public.=== (boolean, boolean) IS 'same flag, NULL included';
