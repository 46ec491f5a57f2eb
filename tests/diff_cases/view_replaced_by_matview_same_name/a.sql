-- A view becomes a materialized view of the same name (migra dependencies3), with an index on it and a view over it, and a quoted odd-named view retyped.
CREATE TABLE public.t (a integer, b integer);
CREATE VIEW public.switcharoo AS SELECT a, b FROM public.t;
CREATE VIEW public.depends_on_switch AS SELECT a FROM public.switcharoo;
CREATE TABLE public."strange_name(((yo?)))" (id text);
CREATE VIEW public."strange_view(what)" AS SELECT id FROM public."strange_name(((yo?)))";
