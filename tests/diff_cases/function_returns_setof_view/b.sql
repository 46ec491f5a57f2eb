-- A function returning SETOF a view (its row type), as an API schema's search functions do: the view first, the function after; dropped in reverse.

CREATE TABLE public.practitioners (id int PRIMARY KEY, name text NOT NULL, active boolean NOT NULL DEFAULT true);
