-- The plans' limits as a view of a VALUES list naming its columns (and a materialized copy), read by a view of each workspace's limits.
CREATE TABLE public.workspaces (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    plan text NOT NULL DEFAULT 'free'
);

CREATE VIEW public.plan_limits (plan, max_projects, max_members) AS
    VALUES ('free', 3, 5), ('pro', 50, 100), ('team', 500, 1000);

CREATE MATERIALIZED VIEW public.plan_limits_cached (plan, max_projects) AS
    VALUES ('free', 3), ('pro', 50);

CREATE VIEW public.workspace_limits AS
    SELECT w.id, w.name, l.max_projects, l.max_members
    FROM public.workspaces w
    JOIN public.plan_limits l ON l.plan = w.plan;
