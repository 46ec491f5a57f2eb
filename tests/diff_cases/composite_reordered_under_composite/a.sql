-- A composite type whose attributes change order (made again) while another composite type
-- (and a function through it) is built on it: DROP TYPE refuses, so both are rebuilt.
CREATE TYPE address AS (street text, zip int);
CREATE TYPE person AS (name text, home address);
CREATE FUNCTION person_name(p person) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT p.name $$;
