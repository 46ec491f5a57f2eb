-- An enum rebuilt (label removed) while a domain and a composite built on it change too.
CREATE TYPE public.st AS ENUM ('a', 'b');
CREATE DOMAIN public.std AS public.st CONSTRAINT std_check CHECK (VALUE <> 'b');
CREATE TYPE public.comp AS (s public.st, n integer, m text);
CREATE TABLE public.t (id integer, d public.std, c public.comp);
