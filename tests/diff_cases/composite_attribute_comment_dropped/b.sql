-- A composite type whose attribute has a comment is dropped: no COMMENT ON COLUMN after the DROP TYPE.
CREATE TABLE public.keep (id int);
