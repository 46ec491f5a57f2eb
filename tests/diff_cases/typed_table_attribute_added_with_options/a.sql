-- Typed tables gain their type's new attribute with WITH OPTIONS (default, NOT NULL), the type altered in place or rebuilt for its enum (migra enumdeps + identitycols style): the options are set once the column arrives.
CREATE TYPE public.rec AS (s text, n integer);
CREATE TABLE public.typed OF public.rec;
CREATE TYPE public.st AS ENUM ('a', 'b', 'c');
CREATE TYPE public.srec AS (s public.st, n integer);
CREATE TABLE public.styped OF public.srec;
CREATE TABLE public.splain (r public.srec);
