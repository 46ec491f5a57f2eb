-- Typed tables over a composite rebuilt for its enum (migra enumdeps + identitycols style): one table gains the type's new attribute while off it, the other stops being typed.
CREATE TYPE public.st AS ENUM ('a', 'c');
CREATE TYPE public.rec AS (s public.st, n integer, extra text);
CREATE TABLE public.typed OF public.rec;
CREATE TABLE public.untyped (s public.st, n integer);
