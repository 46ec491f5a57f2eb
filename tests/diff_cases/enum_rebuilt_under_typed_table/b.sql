-- An enum loses a label while a composite built on it is the type of typed tables (migra enumdeps + schemainspect typed): the tables leave the old type (NOT OF) for the conversion and join the new one (OF).
CREATE TYPE public.st AS ENUM ('a', 'c');
CREATE TYPE public.rec AS (s public.st, n integer);
CREATE TABLE public.typed OF public.rec (PRIMARY KEY (n), s WITH OPTIONS DEFAULT 'a');
CREATE TABLE public.plain (r public.rec);
CREATE VIEW public.typed_v AS SELECT s, n FROM public.typed;
CREATE DOMAIN public.code AS text CHECK (VALUE <> '');
CREATE TYPE public.coded AS (c public.code, n integer);
CREATE TABLE public.coded_rows OF public.coded (c WITH OPTIONS DEFAULT 'x');
