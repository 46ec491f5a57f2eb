-- min_version: 15
-- A realistic feature migration: a "comments" feature adds an enum, a table with FKs, indexes, RLS policies, an updated_at trigger, grants and a view.

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
CREATE FUNCTION public.set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END; $$;
CREATE TYPE public.comment_visibility AS ENUM ('public', 'internal');
CREATE TABLE public.users (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), email text NOT NULL UNIQUE);
CREATE TABLE public.tasks (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id uuid NOT NULL REFERENCES public.users(id),
    title text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    comment_count integer NOT NULL DEFAULT 0
);
CREATE TABLE public.task_comments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    task_id uuid NOT NULL REFERENCES public.tasks(id) ON DELETE CASCADE,
    author_id uuid REFERENCES public.users(id) ON DELETE SET NULL,
    visibility public.comment_visibility NOT NULL DEFAULT 'public',
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_comments_task_idx ON public.task_comments (task_id, created_at);
CREATE TRIGGER tasks_updated_at BEFORE UPDATE ON public.tasks FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER task_comments_updated_at BEFORE UPDATE ON public.task_comments FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
ALTER TABLE public.tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.task_comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tasks_owner ON public.tasks TO authenticated USING (owner_id = nullif(current_setting('app.uid', true), '')::uuid);
CREATE POLICY task_comments_read ON public.task_comments FOR SELECT TO authenticated
    USING (EXISTS (SELECT 1 FROM public.tasks t WHERE t.id = task_id));
CREATE POLICY task_comments_write ON public.task_comments FOR INSERT TO authenticated
    WITH CHECK (author_id = nullif(current_setting('app.uid', true), '')::uuid);
GRANT SELECT, INSERT, UPDATE, DELETE ON public.tasks TO authenticated;
GRANT SELECT, INSERT ON public.task_comments TO authenticated;
CREATE VIEW public.task_comment_counts WITH (security_invoker = true) AS
    SELECT task_id, count(*) AS n FROM public.task_comments GROUP BY task_id;
