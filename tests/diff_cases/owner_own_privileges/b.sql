-- The owner's own ACL entry: an append-only audit log whose owner revokes UPDATE, DELETE and
-- TRUNCATE from itself too, and a type whose owner holds USAGE WITH GRANT OPTION (pg_dump
-- writes both as REVOKE ALL ... FROM owner; GRANT ... TO owner).  b.sql undoes both.
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE public.audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    happened_at timestamptz NOT NULL DEFAULT now(),
    what text NOT NULL
);
