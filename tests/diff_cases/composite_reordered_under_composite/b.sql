CREATE TYPE address AS (zip int, street text, country text);
CREATE TYPE person AS (name text, home address);
CREATE FUNCTION person_name(p person) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT p.name $$;
