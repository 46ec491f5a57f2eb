-- pgschema's differ suite, testdata/diff/create_trigger/ cases add_trigger, add_trigger_constraint, add_trigger_old_table, merged (old.sql is a.sql, new.sql b.sql).

-- add_trigger
CREATE TABLE public.employees (
    id serial PRIMARY KEY,
    name text NOT NULL,
    salary numeric(10,2),
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

CREATE TRIGGER employees_insert_timestamp_trigger
    AFTER INSERT ON public.employees
    FOR EACH ROW
    EXECUTE FUNCTION public.update_last_modified();

CREATE TRIGGER employees_truncate_log_trigger
    AFTER TRUNCATE ON public.employees
    FOR EACH STATEMENT
    EXECUTE FUNCTION public.update_last_modified();

CREATE VIEW public.employee_emails AS
SELECT id, name
FROM public.employees;

CREATE OR REPLACE FUNCTION public.insert_employee_emails()
RETURNS trigger AS $$
BEGIN
    INSERT INTO public.employees (name)
    VALUES (NEW.name)
    RETURNING id, name INTO NEW.id, NEW.name;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trg_employee_emails_insert
    INSTEAD OF INSERT ON public.employee_emails
    FOR EACH ROW
    EXECUTE FUNCTION public.insert_employee_emails();

-- add_trigger_constraint
CREATE TABLE public.products (
    id integer PRIMARY KEY,
    code text NOT NULL
);

CREATE OR REPLACE FUNCTION public.prevent_code_update()
RETURNS trigger AS $$
BEGIN
    IF OLD.code IS DISTINCT FROM NEW.code THEN
        RAISE EXCEPTION 'Product code cannot be updated';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER prevent_code_update_trigger
    AFTER UPDATE ON public.products
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW
    EXECUTE FUNCTION public.prevent_code_update();

-- add_trigger_old_table
CREATE TABLE public.orders (
    id serial PRIMARY KEY,
    amount numeric(10,2)
);

CREATE TABLE public.orders_archive (
    id integer,
    amount numeric(10,2),
    deleted_at timestamp DEFAULT CURRENT_TIMESTAMP
);

CREATE OR REPLACE FUNCTION public.archive_deleted_orders()
RETURNS trigger AS $$
BEGIN
    INSERT INTO orders_archive (id, amount)
    SELECT id, amount FROM old_orders;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER orders_delete_trigger
    AFTER DELETE ON public.orders
    REFERENCING OLD TABLE AS old_orders
    FOR EACH STATEMENT
    EXECUTE FUNCTION public.archive_deleted_orders();
