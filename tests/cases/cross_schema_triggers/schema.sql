-- Triggers whose functions live in another schema, a trigger on a table in a third schema, and a trigger function that is overloaded by name.
CREATE SCHEMA audit;
CREATE SCHEMA sales;

CREATE TABLE audit.changes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_schema text NOT NULL,
    table_name text NOT NULL,
    op text NOT NULL,
    row_data jsonb
);

CREATE FUNCTION audit.capture() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ''
    AS $$
BEGIN
    INSERT INTO audit.changes (table_schema, table_name, op, row_data)
    VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP, to_jsonb(coalesce(NEW, OLD)));
    RETURN NULL;
END;
$$;

CREATE FUNCTION audit.capture(p_note text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT p_note $$;

CREATE TABLE sales.orders (id bigint PRIMARY KEY, total numeric(12,2));
CREATE TABLE public.customers (id bigint PRIMARY KEY, name text);

CREATE TRIGGER orders_audit AFTER INSERT OR UPDATE OR DELETE ON sales.orders
    FOR EACH ROW EXECUTE FUNCTION audit.capture();
CREATE TRIGGER customers_audit AFTER INSERT OR UPDATE OR DELETE ON public.customers
    FOR EACH ROW EXECUTE FUNCTION audit.capture();
