-- Typed tables gain their type's new attribute with WITH OPTIONS (default, NOT NULL), the type altered in place or rebuilt for its enum (migra enumdeps + identitycols style): the options are set once the column arrives.
CREATE TYPE public.rec AS (s text, n integer, extra text);
CREATE TABLE public.typed OF public.rec (extra WITH OPTIONS DEFAULT 'z' NOT NULL);
CREATE TYPE public.st AS ENUM ('a', 'c');
CREATE TYPE public.srec AS (s public.st, n integer, extra text);
CREATE TABLE public.styped OF public.srec (extra WITH OPTIONS DEFAULT 'z' NOT NULL);
CREATE TABLE public.splain (r public.srec);
