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
