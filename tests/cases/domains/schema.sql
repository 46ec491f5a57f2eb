-- Domains: multiple named checks, defaults, NOT NULL, domain over domain, domain over a composite, NOT VALID domain check.
CREATE DOMAIN public.positive_int AS integer
    CONSTRAINT positive_int_check CHECK (VALUE > 0);

CREATE DOMAIN public.percentage AS numeric(5,2)
    DEFAULT 0
    NOT NULL
    CONSTRAINT percentage_min CHECK (VALUE >= 0)
    CONSTRAINT percentage_max CHECK (VALUE <= 100);

CREATE DOMAIN public.small_positive AS public.positive_int
    CONSTRAINT small_positive_check CHECK (VALUE < 1000);

CREATE DOMAIN public.us_postal_code AS text
    CHECK (VALUE ~ '^\d{5}$' OR VALUE ~ '^\d{5}-\d{4}$');

CREATE TYPE public.money_pair AS (amount numeric(12,2), currency char(3));
CREATE DOMAIN public.valid_money AS public.money_pair
    CHECK ((VALUE).amount >= 0 AND (VALUE).currency IS NOT NULL);

CREATE DOMAIN public.slug AS text DEFAULT 'untitled';
ALTER DOMAIN public.slug ADD CONSTRAINT slug_format CHECK (VALUE ~ '^[a-z0-9-]+$') NOT VALID;

CREATE TABLE public.discounts (
    id public.positive_int PRIMARY KEY,
    rate public.percentage,
    max_uses public.small_positive,
    zip public.us_postal_code,
    price public.valid_money,
    slug public.slug
);
