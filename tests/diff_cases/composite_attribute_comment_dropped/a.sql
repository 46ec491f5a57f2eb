-- A composite type whose attribute has a comment is dropped: no COMMENT ON COLUMN after the DROP TYPE.
CREATE TYPE public.zz_base AS (street text COLLATE "C", city text);
COMMENT ON TYPE public.zz_base IS 'base type';
COMMENT ON COLUMN public.zz_base.street IS 'street line';
CREATE TYPE public.aa_nested AS (home public.zz_base);
CREATE TABLE public.keep (id int);
