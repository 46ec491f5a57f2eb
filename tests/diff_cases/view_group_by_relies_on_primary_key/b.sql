-- A view selecting a column it does not GROUP BY, allowed by the primary key (migra dependencies4), while that key changes: the view depends on the constraint.
CREATE TABLE public.t (id integer NOT NULL, a text NOT NULL, b integer, PRIMARY KEY (id, a));
CREATE VIEW public.v AS SELECT id, a, max(b) AS m FROM public.t GROUP BY id, a;
CREATE TABLE public.u (id integer NOT NULL UNIQUE, a text, b integer);
CREATE VIEW public.w AS SELECT id, a, max(b) AS m FROM public.u GROUP BY id, a;
