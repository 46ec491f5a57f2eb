-- A role check made again with its enum (a value removed) while an overload of its name that a one-argument call also fits stays: that overload is made again after the policy calling the first.

CREATE TYPE public.member_role AS ENUM ('owner', 'member');
CREATE TABLE public.teams (id uuid PRIMARY KEY, is_public boolean NOT NULL DEFAULT true);
ALTER TABLE public.teams ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION public.has_role(t_id uuid, r public.member_role DEFAULT NULL) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT r IS NULL $$;
CREATE POLICY "members read" ON public.teams FOR SELECT USING (public.has_role(id));
-- added later: has_role(id) now fits both
CREATE FUNCTION public.has_role(t_id uuid) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT true $$;
COMMENT ON FUNCTION public.has_role(uuid) IS 'Any role';
CREATE POLICY "public teams" ON public.teams FOR UPDATE USING (is_public AND public.has_role(id, 'owner'::public.member_role));
