-- A helper policies call stays; a new policy calling it and an overload with a defaulted parameter arrive in one migration: the policy must be made first.

CREATE TABLE public.teams (id uuid PRIMARY KEY, is_public boolean NOT NULL DEFAULT true);
ALTER TABLE public.teams ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION public.is_member(t_id uuid) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT t_id IS NOT NULL $$;
CREATE POLICY "members read" ON public.teams FOR SELECT USING (is_public OR public.is_member(id));
CREATE POLICY "members update" ON public.teams FOR UPDATE USING (public.is_member(id));
CREATE FUNCTION public.is_member(t_id uuid, strict_check boolean DEFAULT false) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT t_id IS NOT NULL OR strict_check $$;
