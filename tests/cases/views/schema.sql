-- min_version: 15
-- Views: on views, column aliases, calling functions, WITH [LOCAL|CASCADED] CHECK OPTION, security_invoker=true, security_barrier.
CREATE TABLE public.users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    first_name text,
    last_name text,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION public.full_name(first text, last text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT trim(coalesce(first, '') || ' ' || coalesce(last, '')) $$;

CREATE VIEW public.active_users AS
    SELECT id, email, first_name, last_name, created_at
    FROM public.users
    WHERE is_active
    WITH CASCADED CHECK OPTION;

CREATE VIEW public.user_names (user_id, display_name) AS
    SELECT id, public.full_name(first_name, last_name)
    FROM public.active_users;

CREATE VIEW public.recent_users WITH (security_invoker = true) AS
    SELECT * FROM public.active_users
    WHERE created_at > now() - interval '7 days'
    WITH LOCAL CHECK OPTION;

CREATE VIEW public.user_stats WITH (security_barrier = true) AS
    SELECT date_trunc('day', created_at) AS day, count(*) AS signups, count(*) FILTER (WHERE is_active) AS active
    FROM public.users
    GROUP BY 1;

CREATE VIEW public.constant_view AS SELECT 1 AS one, 'x'::text AS label;
