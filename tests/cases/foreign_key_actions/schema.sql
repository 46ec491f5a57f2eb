-- min_version: 15
-- Foreign keys: ON DELETE CASCADE/SET NULL/SET DEFAULT/RESTRICT/NO ACTION, ON UPDATE CASCADE, MATCH FULL, SET NULL (column list), deferrable.
CREATE TABLE public.organizations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL
);

CREATE TABLE public.users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    org_id uuid REFERENCES public.organizations(id) ON DELETE CASCADE,
    email text NOT NULL UNIQUE
);

CREATE TABLE public.projects (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id uuid NOT NULL,
    owner_id uuid,
    fallback_owner_id uuid DEFAULT '00000000-0000-0000-0000-000000000000',
    CONSTRAINT projects_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON UPDATE CASCADE ON DELETE RESTRICT,
    CONSTRAINT projects_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE SET NULL,
    CONSTRAINT projects_fallback_fkey FOREIGN KEY (fallback_owner_id) REFERENCES public.users(id) ON DELETE SET DEFAULT
);

CREATE TABLE public.tasks (
    org_id uuid NOT NULL,
    project_id bigint,
    assignee_id uuid,
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    CONSTRAINT tasks_project_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT tasks_assignee_fkey FOREIGN KEY (assignee_id) REFERENCES public.users(id) ON DELETE SET NULL (assignee_id) DEFERRABLE INITIALLY IMMEDIATE,
    CONSTRAINT tasks_org_fkey FOREIGN KEY (org_id) REFERENCES public.organizations(id) NOT DEFERRABLE
);

CREATE TABLE public.regions (
    country char(2) NOT NULL,
    code text NOT NULL,
    PRIMARY KEY (country, code)
);

CREATE TABLE public.offices (
    id integer PRIMARY KEY,
    country char(2),
    region_code text,
    CONSTRAINT offices_region_fkey FOREIGN KEY (country, region_code) REFERENCES public.regions (country, code) MATCH FULL ON DELETE NO ACTION
);
