-- The public schema hardened the way PostgreSQL advised before 15 (CVE-2018-1058): CREATE
-- revoked from PUBLIC, USAGE kept.  A new database's public grants PUBLIC CREATE before 15, so an
-- extract revokes it there; from 15 on PUBLIC has no CREATE to revoke.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
CREATE TABLE public.notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text NOT NULL);
