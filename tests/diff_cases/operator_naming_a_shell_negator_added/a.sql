-- An operator whose NEGATOR is never defined is added (PostgreSQL makes a shell for the NEGATOR).
CREATE FUNCTION public.same_flag(boolean, boolean) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT $1 IS NOT DISTINCT FROM $2';
