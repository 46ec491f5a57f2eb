-- A table is dropped together with the view, FK and trigger that depend on it.

CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.legacy_notes (
    id bigint PRIMARY KEY,
    account_id bigint REFERENCES public.accounts(id),
    body text
);
CREATE VIEW public.legacy_note_counts AS
    SELECT account_id, count(*) AS n FROM public.legacy_notes GROUP BY account_id;
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;
CREATE TRIGGER legacy_notes_noop BEFORE INSERT ON public.legacy_notes FOR EACH ROW EXECUTE FUNCTION public.noop();
