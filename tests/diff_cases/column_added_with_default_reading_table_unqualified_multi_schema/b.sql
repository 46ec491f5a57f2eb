CREATE SCHEMA reporting;
CREATE TABLE reporting.snapshots (id int PRIMARY KEY);
CREATE TABLE public.settings (key text PRIMARY KEY, value text);
INSERT INTO public.settings VALUES ('currency', 'USD');
CREATE FUNCTION public.default_currency() RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT coalesce((SELECT value FROM settings WHERE key = 'currency'), 'EUR') $$;
CREATE TABLE public.invoices (id int PRIMARY KEY, currency text NOT NULL DEFAULT public.default_currency());
INSERT INTO public.invoices VALUES (1);
