-- A trigger's WHEN calls a one-argument function; the table's columns in one order.
CREATE FUNCTION public.can_access(p_org uuid) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT p_org IS NOT NULL $$;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE public.accounts (id int PRIMARY KEY, org_id uuid, name text, note text);
CREATE TRIGGER accounts_touch BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW WHEN (public.can_access(NEW.org_id)) EXECUTE FUNCTION public.touch();
