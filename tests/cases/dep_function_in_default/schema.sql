-- min_version: 14
-- Dependency corner: functions used in column defaults (plpgsql and SQL-standard body), one reading another table, so functions must precede tables.
CREATE TABLE public.settings (
    key text PRIMARY KEY,
    value text NOT NULL
);

CREATE FUNCTION public.default_currency() RETURNS text
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce((SELECT value FROM public.settings WHERE key = 'currency'), 'USD');
END;

CREATE FUNCTION public.new_public_id(prefix text) RETURNS text
    LANGUAGE plpgsql VOLATILE
    AS $$ BEGIN RETURN prefix || '_' || replace(gen_random_uuid()::text, '-', ''); END; $$;

CREATE TABLE public.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    public_id text NOT NULL DEFAULT public.new_public_id('inv'),
    currency text NOT NULL DEFAULT public.default_currency(),
    amount numeric(12,2) NOT NULL
);

CREATE DOMAIN public.public_ref AS text DEFAULT public.new_public_id('ref');
CREATE TABLE public.refs (ref public.public_ref PRIMARY KEY);
