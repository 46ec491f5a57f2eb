-- A domain rebuilt (base type changes) whose CHECK calls a function whose signature changes with it.
CREATE FUNCTION public.ok(x integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT x > 0';
CREATE DOMAIN public.pos AS integer DEFAULT 1 CONSTRAINT pos_check CHECK (public.ok(VALUE));
COMMENT ON CONSTRAINT pos_check ON DOMAIN public.pos IS 'positive';
CREATE TABLE public.t (p public.pos);
