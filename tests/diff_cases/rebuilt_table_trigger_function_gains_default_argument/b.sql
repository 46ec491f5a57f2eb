-- The function gains a defaulted argument (another identity, same call) while the table is rebuilt (columns swapped): the old one is dropped before the new trigger calls it by name.
CREATE FUNCTION public.can_access(p_org uuid, p_strict boolean DEFAULT false) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT p_org IS NOT NULL OR p_strict $$;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE public.accounts (id int PRIMARY KEY, org_id uuid, note text, name text);
CREATE TRIGGER accounts_touch BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW WHEN (public.can_access(NEW.org_id)) EXECUTE FUNCTION public.touch();
