-- A text column with a default and a CHECK becomes an enum while a partial index, a view, a trigger WHEN and a policy compare it to a literal (sqldef ChangeColumnTypeFromTextWithDefaultToEnumChangingDefault, with dependents).

CREATE TYPE public.item_status AS ENUM ('active', 'inactive', 'pending');
CREATE TABLE public.items (
    id bigint PRIMARY KEY,
    status public.item_status NOT NULL DEFAULT 'pending'
);
CREATE INDEX items_status ON public.items (status) WHERE status = 'active';
CREATE VIEW public.active_items AS SELECT id, status FROM public.items WHERE status = 'active';
CREATE FUNCTION public.trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t BEFORE UPDATE ON public.items FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION public.trg();
ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON public.items USING (status = 'active');
