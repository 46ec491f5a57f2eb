-- pgschema's differ suite, testdata/diff/create_trigger/ cases add_trigger_when_distinct, disable_trigger, merged (old.sql is a.sql, new.sql b.sql).

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

ALTER TABLE public.employees ENABLE ALWAYS TRIGGER employees_reset_trigger;
