-- A SECURITY DEFINER helper owned by a role of its own (it runs with that role's rights), used by
-- a policy, with a comment and grants: renaming its parameter drops it and makes it again
-- (CREATE OR REPLACE cannot rename one), and it must go back to its owner.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'service_role', 'rls_helper_owner'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

CREATE SCHEMA app_auth;
CREATE FUNCTION app_auth.uid() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;

CREATE TABLE public.team_members (team_id bigint NOT NULL, user_id uuid NOT NULL, PRIMARY KEY (team_id, user_id));
CREATE TABLE public.projects (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    team_id bigint NOT NULL,
    name text NOT NULL
);
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;

CREATE FUNCTION public.is_team_member(p_team bigint) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
    AS $$ SELECT EXISTS (SELECT 1 FROM public.team_members m WHERE m.team_id = p_team AND m.user_id = app_auth.uid()) $$;
ALTER FUNCTION public.is_team_member(bigint) OWNER TO rls_helper_owner;
COMMENT ON FUNCTION public.is_team_member(bigint) IS 'Whether the signed-in user belongs to the team.';
REVOKE EXECUTE ON FUNCTION public.is_team_member(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.is_team_member(bigint) TO authenticated;

CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
    USING ((SELECT public.is_team_member(team_id)));
