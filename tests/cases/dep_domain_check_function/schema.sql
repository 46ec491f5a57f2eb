-- Dependency corner: a domain CHECK calling a user function, the domain used by a table and a composite type.
CREATE FUNCTION public.is_iso_currency(code text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT code ~ '^[A-Z]{3}$' $$;

CREATE DOMAIN public.currency_code AS char(3)
    CONSTRAINT currency_code_check CHECK (public.is_iso_currency(VALUE::text));

CREATE TYPE public.amount AS (value numeric(12,2), currency public.currency_code);

CREATE TABLE public.wallets (
    id integer PRIMARY KEY,
    currency public.currency_code NOT NULL DEFAULT 'USD',
    balance public.amount
);
