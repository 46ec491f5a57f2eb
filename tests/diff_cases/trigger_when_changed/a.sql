-- A trigger's WHEN condition changes (and UPDATE OF column list): drop + create the trigger, function untouched.

CREATE TABLE public.accounts (id integer PRIMARY KEY, status text, email text);
CREATE FUNCTION public.notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('accounts', NEW.id::text); RETURN NEW; END; $$;
CREATE TRIGGER accounts_notify AFTER UPDATE OF status ON public.accounts FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION public.notify_change();
