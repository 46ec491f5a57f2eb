-- A domain's default changed and another's NOT NULL toggled; a NOT VALID domain check validated.

CREATE DOMAIN public.currency AS char(3) DEFAULT 'USD';
CREATE DOMAIN public.label AS text NOT NULL;
CREATE DOMAIN public.pct AS numeric;
ALTER DOMAIN public.pct ADD CONSTRAINT pct_range CHECK (VALUE BETWEEN 0 AND 100) NOT VALID;
CREATE TABLE public.prices (id integer PRIMARY KEY, cur public.currency, tag public.label, discount public.pct);
