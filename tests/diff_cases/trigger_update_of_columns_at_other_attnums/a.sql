-- pg-delta trigger-update-of-column-numbers: the same UPDATE OF trigger over columns at other attnums (dropped columns) is no change.

CREATE TABLE public.t (a integer, b integer, d integer);
CREATE FUNCTION public.trg_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;
CREATE TRIGGER trg BEFORE UPDATE OF a, b, d ON public.t FOR EACH ROW EXECUTE FUNCTION public.trg_fn();
