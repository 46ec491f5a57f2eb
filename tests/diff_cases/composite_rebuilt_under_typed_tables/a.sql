-- Composites rebuilt (a column uses them) while typed tables are made of them (migra identitycols style): one retypes an attribute (tables off the type, retyped, back on), one reorders (table rebuilt before the old type goes).
CREATE TYPE public.rec AS (a integer, b text);
CREATE TABLE public.typed OF public.rec (PRIMARY KEY (a));
CREATE TABLE public.plain (r public.rec);
CREATE TYPE public.pair AS (x integer, y text);
CREATE TABLE public.pairs OF public.pair;
CREATE TABLE public.pair_holder (p public.pair);
