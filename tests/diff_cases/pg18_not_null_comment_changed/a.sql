-- min_version: 18
-- Comments on PostgreSQL 18 NOT NULL constraints: one changed, one removed, one added with
-- the NOT NULL itself, and one going away with its column.
CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    email text CONSTRAINT accounts_email_required NOT NULL,
    handle text NOT NULL,
    region text,
    legacy_code text NOT NULL
);
COMMENT ON CONSTRAINT accounts_email_required ON public.accounts IS 'every account signs in by email';
COMMENT ON CONSTRAINT accounts_handle_not_null ON public.accounts IS 'handles are public';
COMMENT ON CONSTRAINT accounts_legacy_code_not_null ON public.accounts IS 'imported from the old system';
-- a table whose only change is its NOT NULL's comment (a narrowed compare must keep it)
CREATE TABLE public.regions (code text NOT NULL);
COMMENT ON CONSTRAINT regions_code_not_null ON public.regions IS 'ISO 3166';
