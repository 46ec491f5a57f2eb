-- pgschema's differ suite, testdata/diff/create_trigger/ cases add_trigger_when_distinct, disable_trigger, merged (old.sql is a.sql, new.sql b.sql).

-- add_trigger_when_distinct
CREATE TABLE public.products (
    id serial PRIMARY KEY,
    name text NOT NULL,
    description text,
    status text,
    updated_at timestamp DEFAULT CURRENT_TIMESTAMP
);

CREATE OR REPLACE FUNCTION public.log_description_change()
RETURNS trigger AS $$
BEGIN
    NEW.updated_at = CURRENT_TIMESTAMP;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION public.skip_status_change()
RETURNS trigger AS $$
BEGIN
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER products_description_trigger
    BEFORE UPDATE ON public.products
    FOR EACH ROW
    WHEN (NEW.description IS DISTINCT FROM OLD.description)
    EXECUTE FUNCTION public.log_description_change();

CREATE TRIGGER products_status_trigger
    BEFORE UPDATE ON public.products
    FOR EACH ROW
    WHEN (NEW.status IS NOT DISTINCT FROM OLD.status)
    EXECUTE FUNCTION public.skip_status_change();

-- disable_trigger
CREATE TABLE public.employees (
    id serial PRIMARY KEY,
    name text NOT NULL,
    last_modified timestamp DEFAULT CURRENT_TIMESTAMP
);

CREATE OR REPLACE FUNCTION public.update_last_modified()
RETURNS trigger AS $$
BEGIN
    NEW.last_modified = CURRENT_TIMESTAMP;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER employees_last_modified_trigger
    BEFORE UPDATE ON public.employees
    FOR EACH ROW
    EXECUTE FUNCTION public.update_last_modified();

CREATE TRIGGER employees_always_trigger
    BEFORE UPDATE ON public.employees
    FOR EACH ROW
    EXECUTE FUNCTION public.update_last_modified();

CREATE TRIGGER employees_replica_trigger
    BEFORE UPDATE ON public.employees
    FOR EACH ROW
    EXECUTE FUNCTION public.update_last_modified();

CREATE TRIGGER employees_reset_trigger
    BEFORE UPDATE ON public.employees
    FOR EACH ROW
    EXECUTE FUNCTION public.update_last_modified();
ALTER TABLE public.employees DISABLE TRIGGER employees_last_modified_trigger;

ALTER TABLE public.employees ENABLE ALWAYS TRIGGER employees_always_trigger;

ALTER TABLE public.employees ENABLE REPLICA TRIGGER employees_replica_trigger;
