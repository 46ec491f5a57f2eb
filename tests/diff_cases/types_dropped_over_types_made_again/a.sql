-- Types the source drops that are built on types, functions or collations the plan drops and
-- makes again (an enum losing a value, a function whose result type changes, a collation
-- redefined), and a column moved off a rebuilt enum to text: nothing kept uses the dropped
-- types, so they go in the drop phase, before what they are built on; the old enum goes
-- once the column is retyped.
CREATE TYPE public.status AS ENUM ('new', 'old', 'gone');
CREATE TYPE public.status_pair AS (a public.status, b public.status);
CREATE DOMAIN public.status_domain AS public.status;
CREATE TABLE public.events (id int PRIMARY KEY, state public.status, note public.status);
CREATE FUNCTION public.limit_value() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 10';
CREATE DOMAIN public.small AS int CHECK (VALUE <> public.limit_value());
CREATE COLLATION public.plain (provider = libc, locale = 'C');
CREATE DOMAIN public.plain_text AS text COLLATE public.plain;
CREATE TYPE public.plain_pair AS (x text COLLATE public.plain);
INSERT INTO public.events VALUES (1, 'new', 'old');
