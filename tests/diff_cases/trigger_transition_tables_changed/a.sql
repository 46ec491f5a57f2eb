-- apgdiff add_trigger_with_referencing_tables: statement/row triggers with REFERENCING OLD/NEW TABLE transition relations; one renamed transition table, others added.
CREATE FUNCTION public.audit_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'audit_rows invoked';
    RETURN NULL;
END;
$$;
CREATE TABLE public.items (id integer PRIMARY KEY, label text);
CREATE TRIGGER items_ref_old AFTER UPDATE ON public.items REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.audit_rows();
CREATE TRIGGER items_plain AFTER UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.audit_rows();
