-- Workspaces with a plan; the plans' limits are still hard-coded in the app.
CREATE TABLE public.workspaces (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    plan text NOT NULL DEFAULT 'free'
);
