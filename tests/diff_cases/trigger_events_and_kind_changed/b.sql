-- A row trigger becomes a statement trigger with a transition table, a constraint trigger is added, and a trigger is disabled.

CREATE TABLE public.ledger (id integer PRIMARY KEY, amount numeric NOT NULL);
CREATE FUNCTION public.audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END; $$;
CREATE TRIGGER ledger_audit AFTER INSERT ON public.ledger REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION public.audit();
CREATE TRIGGER ledger_extra AFTER DELETE ON public.ledger FOR EACH ROW EXECUTE FUNCTION public.audit();
ALTER TABLE public.ledger DISABLE TRIGGER ledger_extra;
CREATE CONSTRAINT TRIGGER ledger_balanced AFTER INSERT ON public.ledger DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.audit();
