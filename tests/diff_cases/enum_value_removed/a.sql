-- An enum value is removed: the type must be recreated while columns, an array column, a default, a partial index and a view use it.

CREATE TYPE public.task_status AS ENUM ('todo', 'doing', 'blocked', 'done');
CREATE TABLE public.tasks (
    id integer PRIMARY KEY,
    status public.task_status NOT NULL DEFAULT 'todo',
    history public.task_status[] NOT NULL DEFAULT '{}'
);
CREATE INDEX tasks_open_idx ON public.tasks (id) WHERE status <> 'done';
CREATE VIEW public.open_tasks AS SELECT id, status FROM public.tasks WHERE status IN ('todo', 'doing');
CREATE FUNCTION public.is_finished(s public.task_status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s = 'done' $$;
