-- A column added with a default calling a function whose body names a table unqualified (as
-- app code does, relying on the search_path it runs with), on a table with rows, in a
-- comparison of several schemas: PostgreSQL runs the function for every row during the
-- ALTER, under the plan's search_path, which must be the database's own, not an empty one.
CREATE SCHEMA reporting;
CREATE TABLE reporting.snapshots (id int PRIMARY KEY);
CREATE TABLE public.settings (key text PRIMARY KEY, value text);
INSERT INTO public.settings VALUES ('currency', 'USD');
CREATE FUNCTION public.default_currency() RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT coalesce((SELECT value FROM settings WHERE key = 'currency'), 'EUR') $$;
CREATE TABLE public.invoices (id int PRIMARY KEY);
INSERT INTO public.invoices VALUES (1);
