-- A trigger switches to a different function (the old function is dropped after the trigger is recreated).

CREATE TABLE public.posts (id integer PRIMARY KEY, title text, slug text);
CREATE FUNCTION public.set_slug_v2() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.slug := regexp_replace(lower(NEW.title), '\W+', '-', 'g'); RETURN NEW; END; $$;
CREATE TRIGGER posts_slug BEFORE INSERT OR UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION public.set_slug_v2();
