-- User casts: between two user composite types WITH FUNCTION, enum-to-enum AS ASSIGNMENT, WITH INOUT AS IMPLICIT, WITHOUT FUNCTION between a type and a binary-compatible one.
CREATE TYPE public.money_amount AS (amount numeric(12,2), currency char(3));
CREATE TYPE public.price_tag AS (label text);

CREATE FUNCTION public.money_to_tag(m public.money_amount) RETURNS public.price_tag
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT ROW(m.currency || ' ' || m.amount::text)::public.price_tag $$;

CREATE CAST (public.money_amount AS public.price_tag) WITH FUNCTION public.money_to_tag(public.money_amount);

CREATE TYPE public.old_status AS ENUM ('open', 'closed');
CREATE TYPE public.new_status AS ENUM ('active', 'inactive');

CREATE FUNCTION public.migrate_status(s public.old_status) RETURNS public.new_status
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT CASE s WHEN 'open' THEN 'active'::public.new_status ELSE 'inactive'::public.new_status END $$;

CREATE CAST (public.old_status AS public.new_status) WITH FUNCTION public.migrate_status(public.old_status) AS ASSIGNMENT;

CREATE CAST (public.new_status AS text) WITH INOUT AS IMPLICIT;

CREATE TYPE public.tiny_label AS ENUM ('a', 'b');
CREATE CAST (public.price_tag AS public.tiny_label) WITH INOUT;
