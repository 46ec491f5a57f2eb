-- User-defined operators: a commutative operator over a composite type and an operator class-free helper operator on text.
CREATE TYPE public.version AS (major integer, minor integer, patch integer);

CREATE FUNCTION public.version_eq(a public.version, b public.version) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT a.major = b.major AND a.minor = b.minor AND a.patch = b.patch $$;

CREATE OPERATOR public.=== (
    LEFTARG = public.version,
    RIGHTARG = public.version,
    FUNCTION = public.version_eq,
    COMMUTATOR = OPERATOR(public.===)
);

CREATE FUNCTION public.text_contains_ci(a text, b text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT position(lower(b) in lower(a)) > 0 $$;

CREATE OPERATOR public.~~~ (
    LEFTARG = text,
    RIGHTARG = text,
    PROCEDURE = public.text_contains_ci
);

CREATE TABLE public.releases (
    id integer PRIMARY KEY,
    v public.version NOT NULL,
    notes text,
    CONSTRAINT releases_not_zero CHECK (NOT (v OPERATOR(public.===) ROW(0, 0, 0)::public.version))
);
