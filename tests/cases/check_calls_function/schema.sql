-- Check constraints calling an immutable function (function must exist before the table), multi-column and column checks.
CREATE FUNCTION public.is_valid_slug(value text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT value ~ '^[a-z0-9]+(-[a-z0-9]+)*$' $$;

CREATE FUNCTION public.is_valid_currency(code text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    RETURN code = ANY (ARRAY['USD', 'EUR', 'GBP', 'JPY']);
END;
$$;

CREATE TABLE public.pages (
    id integer PRIMARY KEY,
    slug text NOT NULL CONSTRAINT pages_slug_check CHECK (public.is_valid_slug(slug)),
    currency text CHECK (public.is_valid_currency(currency)),
    starts_at date,
    ends_at date,
    CONSTRAINT pages_dates_check CHECK (ends_at IS NULL OR ends_at > starts_at),
    CONSTRAINT pages_len CHECK (char_length(slug) BETWEEN 1 AND 80)
);
