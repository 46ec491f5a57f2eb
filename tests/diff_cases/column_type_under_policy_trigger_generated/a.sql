-- A column's type changes while used by a policy, a trigger WHEN clause and a generated column (PostgreSQL refuses until they are dropped).

CREATE TABLE public.docs (
    id integer PRIMARY KEY,
    owner_id integer NOT NULL,
    words integer NOT NULL DEFAULT 0,
    pages integer GENERATED ALWAYS AS (words / 300) STORED
);
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;
CREATE TRIGGER docs_words BEFORE UPDATE ON public.docs FOR EACH ROW WHEN (NEW.words > 100000) EXECUTE FUNCTION public.noop();
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_owner ON public.docs USING (owner_id = current_setting('app.uid')::integer);
