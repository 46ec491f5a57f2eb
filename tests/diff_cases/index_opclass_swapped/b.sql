-- Atlas index-operator-class.txt: two indexes on one column swap their operator classes (default bpchar_ops vs bpchar_pattern_ops); a jsonb GIN index moves to jsonb_path_ops.
CREATE TABLE public.pets (name char(10) NOT NULL, j jsonb);
CREATE INDEX name_idx1 ON public.pets (name bpchar_pattern_ops);
CREATE INDEX name_idx2 ON public.pets (name bpchar_ops);
CREATE INDEX j_idx ON public.pets USING gin (j jsonb_path_ops);
