-- A table rebuilt (a column renamed in the middle) while the functions its policy, trigger, CHECK, index and default used are dropped: they stay until the old copy of the table is gone.

CREATE FUNCTION public.is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT current_user = 'postgres' $$;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION public.short(t text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(t) < 500 $$;
CREATE FUNCTION public.norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;
CREATE FUNCTION public.next_id() RETURNS int LANGUAGE sql VOLATILE AS $$ SELECT 1 $$;
CREATE TABLE public.posts (
    id int PRIMARY KEY DEFAULT public.next_id(),
    reply_to int,
    content text CHECK (public.short(content))
);
CREATE INDEX posts_content_norm ON public.posts (public.norm(content));
ALTER TABLE public.posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY "admins delete" ON public.posts FOR DELETE USING ((SELECT public.is_admin()));
CREATE TRIGGER posts_touch BEFORE UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION public.touch();
