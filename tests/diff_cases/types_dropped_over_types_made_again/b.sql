-- Types the source drops that are built on types, functions or collations the plan drops and
-- makes again (an enum losing a value, a function whose result type changes, a collation
-- redefined), and a column moved off a rebuilt enum to text: nothing kept uses the dropped
-- types, so they go in the drop phase, before what they are built on; the old enum goes
-- once the column is retyped.
CREATE TYPE public.status AS ENUM ('new', 'old');
CREATE TABLE public.events (id int PRIMARY KEY, state public.status, note text);
CREATE FUNCTION public.limit_value() RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT 10::bigint';
CREATE COLLATION public.plain (provider = libc, locale = 'POSIX');
