CREATE TABLE public.profiles (id uuid PRIMARY KEY, display_name text);

CREATE TABLE public.teams (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.memberships (
    team_id bigint NOT NULL,
    user_id uuid NOT NULL,
    role text NOT NULL DEFAULT 'member',
    PRIMARY KEY (team_id, user_id)
);
ALTER TABLE public.teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.memberships ENABLE ROW LEVEL SECURITY;
CREATE POLICY teams_visible ON public.teams FOR SELECT
    USING (id IN (SELECT m.team_id FROM public.memberships m WHERE m.user_id = current_setting('app.user_id')::uuid));
CREATE POLICY memberships_admin ON public.memberships FOR ALL
    USING (team_id IN (SELECT t.id FROM public.teams t WHERE t.name <> ''));

CREATE TABLE public.studies (id bigint PRIMARY KEY, owner_id uuid NOT NULL, published boolean NOT NULL DEFAULT false);
CREATE FUNCTION public.can_edit(s public.studies) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT s.owner_id = current_setting('app.user_id')::uuid AND NOT s.published $$;
ALTER TABLE public.studies ENABLE ROW LEVEL SECURITY;
CREATE POLICY studies_edit ON public.studies FOR UPDATE USING (public.can_edit(studies.*));
