-- An expression index with its own statistics target on a column whose type changes: PostgreSQL re-creates the index without the target, so the plan must make it again.
CREATE TABLE public.people (
    id integer PRIMARY KEY,
    email varchar(100)
);
CREATE INDEX people_email_lower ON public.people (lower(email), id);
ALTER INDEX public.people_email_lower ALTER COLUMN 1 SET STATISTICS 400;
COMMENT ON INDEX public.people_email_lower IS 'case-insensitive lookups';
