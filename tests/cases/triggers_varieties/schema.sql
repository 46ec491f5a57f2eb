-- Trigger kinds: AFTER INSERT FOR EACH STATEMENT with transition table, WHEN clause, UPDATE OF columns, arguments, constraint trigger DEFERRABLE, disabled/ALWAYS/REPLICA, TRUNCATE.
CREATE TABLE public.accounts (
    id bigint PRIMARY KEY,
    balance numeric(12,2) NOT NULL DEFAULT 0,
    status text NOT NULL DEFAULT 'active',
    email text
);

CREATE TABLE public.audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name text NOT NULL,
    operation text NOT NULL,
    detail jsonb,
    at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION public.log_bulk_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO public.audit_log (table_name, operation, detail)
    SELECT TG_TABLE_NAME, TG_OP, jsonb_build_object('rows', count(*)) FROM new_rows;
    RETURN NULL;
END;
$$;

CREATE FUNCTION public.log_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO public.audit_log (table_name, operation, detail)
    VALUES (TG_TABLE_NAME, TG_OP, jsonb_build_object('args', to_jsonb(TG_ARGV)));
    RETURN coalesce(NEW, OLD);
END;
$$;

CREATE FUNCTION public.check_balance() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.balance < 0 THEN
        RAISE EXCEPTION 'balance of account % is negative', NEW.id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER accounts_bulk_insert AFTER INSERT ON public.accounts
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.log_bulk_insert();

CREATE TRIGGER accounts_status_change AFTER UPDATE OF status ON public.accounts
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION public.log_change('status', 'changed');

CREATE TRIGGER accounts_email_or_balance BEFORE UPDATE OF email, balance ON public.accounts
    FOR EACH ROW WHEN (NEW.* IS DISTINCT FROM OLD.*)
    EXECUTE FUNCTION public.log_change();

CREATE TRIGGER accounts_delete AFTER DELETE ON public.accounts
    FOR EACH ROW EXECUTE FUNCTION public.log_change('it''s deleted');

CREATE TRIGGER accounts_truncate AFTER TRUNCATE ON public.accounts
    FOR EACH STATEMENT EXECUTE FUNCTION public.log_change();

CREATE CONSTRAINT TRIGGER accounts_balance_check AFTER INSERT OR UPDATE ON public.accounts
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION public.check_balance();

CREATE TRIGGER accounts_disabled AFTER INSERT ON public.accounts
    FOR EACH ROW EXECUTE FUNCTION public.log_change('disabled');
ALTER TABLE public.accounts DISABLE TRIGGER accounts_disabled;

CREATE TRIGGER accounts_always AFTER INSERT ON public.accounts
    FOR EACH ROW EXECUTE FUNCTION public.log_change('always');
ALTER TABLE public.accounts ENABLE ALWAYS TRIGGER accounts_always;

CREATE TRIGGER accounts_replica AFTER INSERT ON public.accounts
    FOR EACH ROW EXECUTE FUNCTION public.log_change('replica');
ALTER TABLE public.accounts ENABLE REPLICA TRIGGER accounts_replica;
