-- A domain's default changed and another's NOT NULL toggled; a NOT VALID domain check validated.

CREATE DOMAIN public.currency AS char(3) DEFAULT 'EUR';
CREATE DOMAIN public.label AS text;
CREATE DOMAIN public.pct AS numeric CONSTRAINT pct_range CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE public.prices (id integer PRIMARY KEY, cur public.currency, tag public.label, discount public.pct);
