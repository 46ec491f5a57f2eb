-- min_version: 18
-- Comments on PostgreSQL 18 NOT NULL constraints: a named one, a default-named one, and one
-- on a column added NOT NULL later (ALTER TABLE ... SET NOT NULL gives it its own name).
CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    email text CONSTRAINT accounts_email_required NOT NULL,
    handle text NOT NULL,
    region text
);
ALTER TABLE public.accounts ALTER COLUMN region SET NOT NULL;
COMMENT ON CONSTRAINT accounts_email_required ON public.accounts IS 'every account signs in by email';
COMMENT ON CONSTRAINT accounts_handle_not_null ON public.accounts IS 'handles are public';
COMMENT ON CONSTRAINT accounts_region_not_null ON public.accounts IS 'data residency';
