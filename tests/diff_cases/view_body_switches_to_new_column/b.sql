-- A column renamed (dropped and added) under a view whose output columns stay: the view, which reads the old column, is dropped before DROP COLUMN and created after, not replaced after it.

CREATE TABLE public.profiles (id int PRIMARY KEY, full_name text);
CREATE VIEW public.profile_names AS SELECT id, full_name AS name FROM public.profiles;
