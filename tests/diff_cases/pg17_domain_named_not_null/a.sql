-- min_version: 17
-- Domains' NOT NULL constraints have names from PostgreSQL 17: one gets its own name
-- (RENAME CONSTRAINT), one gains a named NOT NULL, one loses its named one.
CREATE DOMAIN public.email AS text NOT NULL CHECK (VALUE ~ '@');
CREATE DOMAIN public.slug AS text;
CREATE DOMAIN public.cents AS bigint CONSTRAINT cents_required NOT NULL;
CREATE TABLE public.products (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contact public.email,
    handle public.slug,
    price public.cents
);
