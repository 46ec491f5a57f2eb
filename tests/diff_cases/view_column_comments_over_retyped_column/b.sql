-- Views over a column retyped integer to bigint keep their own and their columns' comments when rebuilt (migra commentswithdep).
CREATE TABLE public.test_table (id serial PRIMARY KEY, name varchar(200), value bigint);
CREATE VIEW public.test_view AS SELECT id, name, value FROM public.test_table WHERE value > 0;
CREATE VIEW public.test_view2 AS SELECT id, value FROM public.test_view;
COMMENT ON VIEW public.test_view IS 'positive values';
COMMENT ON COLUMN public.test_view.id IS 'Unique identifier';
COMMENT ON COLUMN public.test_view2.value IS 'the value';
