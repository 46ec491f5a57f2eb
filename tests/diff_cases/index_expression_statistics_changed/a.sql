-- Statistics targets of expression index columns set, changed and reset in place (the index stays).
CREATE TABLE public.people (id int PRIMARY KEY, email text NOT NULL, name text, born date);
CREATE INDEX people_email_lower ON public.people (lower(email));
ALTER INDEX public.people_email_lower ALTER COLUMN 1 SET STATISTICS 500;
CREATE INDEX people_mixed ON public.people (born, lower(name), (extract(year FROM born)));
ALTER INDEX public.people_mixed ALTER COLUMN 2 SET STATISTICS 150;
