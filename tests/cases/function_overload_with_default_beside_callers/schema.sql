-- An overload with a defaulted parameter added after a policy, a default, a view and a trigger's WHEN called the first one: an extract creates it after them.

CREATE TABLE public.teams (id uuid PRIMARY KEY, is_public boolean NOT NULL DEFAULT true);
CREATE TABLE public.team_members (team_id uuid NOT NULL REFERENCES public.teams ON DELETE CASCADE, user_id uuid NOT NULL, team_role text NOT NULL DEFAULT 'player');
ALTER TABLE public.teams ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION public.team_role_of(t_id uuid) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT team_role FROM public.team_members WHERE team_id = t_id AND user_id = current_setting('app.user_id', true)::uuid
$$;
CREATE POLICY "captains update" ON public.teams FOR UPDATE USING (public.team_role_of(id) IN ('owner', 'captain'));
ALTER TABLE public.team_members ADD COLUMN label text DEFAULT public.team_role_of(NULL);
CREATE VIEW public.my_roles AS SELECT t.id, public.team_role_of(t.id) AS role FROM public.teams t;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER captains_only BEFORE UPDATE ON public.team_members FOR EACH ROW
  WHEN (public.team_role_of(NEW.team_id) = 'captain') EXECUTE FUNCTION public.touch();

-- later: the same name with a second, defaulted parameter
CREATE FUNCTION public.team_role_of(t_id uuid, fallback text DEFAULT 'viewer') RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT team_role FROM public.team_members WHERE team_id = t_id
                   AND user_id = current_setting('app.user_id', true)::uuid), fallback)
$$;
