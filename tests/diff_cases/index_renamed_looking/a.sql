-- An index with the same definition but a new name, and an index whose storage parameter changes (fillfactor).

CREATE TABLE public.t (id integer PRIMARY KEY, a integer, b integer);
CREATE INDEX t_a_index ON public.t (a);
CREATE INDEX t_b_idx ON public.t (b) WITH (fillfactor = 90);
