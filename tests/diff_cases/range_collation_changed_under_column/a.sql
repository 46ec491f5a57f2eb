-- pg_dump's textrange (002_pg_dump.pl): a text range type's collation changed from "C" to "POSIX" while a column and an exclusion-free index use it.
CREATE TYPE public.textrange AS RANGE (subtype = text, collation = "C");
CREATE TABLE public.shelves (id int PRIMARY KEY, span public.textrange);
CREATE INDEX shelves_span ON public.shelves USING gist (span);
