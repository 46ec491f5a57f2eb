-- min_version: 18
-- Comments on PostgreSQL 18 NOT NULL constraints: one changed, one removed, one added with
-- the NOT NULL itself, and one going away with its column.
CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    email text CONSTRAINT accounts_email_required NOT NULL,
    handle text NOT NULL,
    region text CONSTRAINT accounts_region_required NOT NULL
);
COMMENT ON CONSTRAINT accounts_email_required ON public.accounts IS 'sign-in needs an email';
COMMENT ON CONSTRAINT accounts_region_required ON public.accounts IS 'data residency';
-- a table whose only change is its NOT NULL's comment (a narrowed compare must keep it)
CREATE TABLE public.regions (code text NOT NULL);
COMMENT ON CONSTRAINT regions_code_not_null ON public.regions IS 'ISO 3166-1 alpha-2';
