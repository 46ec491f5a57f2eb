-- min_version: 14
-- Team helpers, their callers and a later overload with a defaulted parameter arrive together: the overload must come after what calls the first one by name.

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'service_role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

CREATE TABLE public.teams (id uuid PRIMARY KEY, is_public boolean NOT NULL DEFAULT true);
CREATE TABLE public.team_members (team_id uuid NOT NULL REFERENCES public.teams ON DELETE CASCADE, user_id uuid NOT NULL, team_role text NOT NULL DEFAULT 'player');
ALTER TABLE public.teams ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION public.is_team_member(t_id uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (SELECT 1 FROM public.team_members WHERE team_id = t_id AND user_id = current_setting('app.user_id', true)::uuid)
$$;
CREATE POLICY "public or member" ON public.teams FOR SELECT USING (is_public OR public.is_team_member(id));
CREATE VIEW public.my_teams AS SELECT t.id FROM public.teams t WHERE public.is_team_member(t.id);
CREATE FUNCTION public.my_team_count() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT count(*) FROM public.teams t WHERE public.is_team_member(t.id);
END;

-- added by a later migration: a call with one argument could now mean either
CREATE FUNCTION public.is_team_member(t_id uuid, min_role text DEFAULT NULL) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
  SELECT EXISTS (SELECT 1 FROM public.team_members WHERE team_id = t_id AND user_id = current_setting('app.user_id', true)::uuid
                 AND (min_role IS NULL OR team_role = min_role))
$$;
REVOKE EXECUTE ON FUNCTION public.is_team_member(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.is_team_member(uuid) TO authenticated;
REVOKE EXECUTE ON FUNCTION public.is_team_member(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.is_team_member(uuid, text) TO authenticated, service_role;
-- a call with both arguments means the overload alone
CREATE POLICY "captains update" ON public.teams FOR UPDATE USING (public.is_team_member(id, 'captain'));
