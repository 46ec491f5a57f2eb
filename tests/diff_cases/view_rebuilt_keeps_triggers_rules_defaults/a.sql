-- A view rebuilt (its table's column changes type) keeps its INSTEAD OF trigger, its rule and its column defaults; a default changes.
CREATE TABLE public.notes (id integer PRIMARY KEY, body varchar(100), pinned boolean);
CREATE FUNCTION public.notes_view_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public.notes (id, body, pinned) VALUES (NEW.id, NEW.body, NEW.pinned);
  RETURN NEW;
END $$;
CREATE VIEW public.notes_view AS SELECT id, body, pinned FROM public.notes;
ALTER VIEW public.notes_view ALTER COLUMN pinned SET DEFAULT false;
ALTER VIEW public.notes_view ALTER COLUMN body SET DEFAULT '';
CREATE TRIGGER notes_view_insert INSTEAD OF INSERT ON public.notes_view
  FOR EACH ROW EXECUTE FUNCTION public.notes_view_insert();
CREATE RULE notes_view_delete AS ON DELETE TO public.notes_view
  DO INSTEAD DELETE FROM public.notes WHERE notes.id = OLD.id;
CREATE VIEW public.pinned_notes AS SELECT id FROM public.notes WHERE pinned;
ALTER VIEW public.pinned_notes ALTER COLUMN id SET DEFAULT 0;
