-- A table renamed away and a view made under its old name (graphile/worker's jobs → _private_jobs): the functions returning its row type follow it.

CREATE TABLE public.tasks (
  id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  identifier text NOT NULL UNIQUE CHECK (length(identifier) <= 128)
);
CREATE TABLE public._private_jobs (
  id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  task_id int NOT NULL,
  payload json DEFAULT '{}'::json NOT NULL,
  attempts smallint DEFAULT 0 NOT NULL,
  max_attempts smallint DEFAULT 25 NOT NULL CONSTRAINT jobs_max_attempts_check CHECK (max_attempts >= 1),
  locked_at timestamptz,
  is_available boolean GENERATED ALWAYS AS (((locked_at IS NULL) AND (attempts < max_attempts))) STORED NOT NULL
);
ALTER TABLE public._private_jobs ENABLE ROW LEVEL SECURITY;
CREATE INDEX jobs_main_index ON public._private_jobs USING btree (id) INCLUDE (task_id) WHERE (is_available = true);
CREATE TYPE public.job_spec AS (identifier text, payload json);

CREATE FUNCTION public.add_jobs(specs public.job_spec[]) RETURNS SETOF public._private_jobs
    LANGUAGE plpgsql
    AS $$
begin
  insert into public.tasks (identifier)
  select distinct spec.identifier from unnest(specs) spec on conflict do nothing;
  return query insert into public._private_jobs as jobs (task_id, payload)
    select tasks.id, coalesce(spec.payload, '{}'::json)
    from unnest(specs) spec inner join public.tasks on tasks.identifier = spec.identifier
  returning *;
end;
$$;

CREATE FUNCTION public.complete_jobs(job_ids bigint[]) RETURNS SETOF public._private_jobs
    LANGUAGE sql
    AS $$
  delete from public._private_jobs as jobs where id = any(job_ids) and locked_at is null returning *;
$$;

CREATE FUNCTION public.remove_job(job_id bigint) RETURNS public._private_jobs
    LANGUAGE plpgsql STRICT
    AS $$
declare
  v_job public._private_jobs;
begin
  delete from public._private_jobs as jobs where id = job_id returning * into v_job;
  return v_job;
end;
$$;

CREATE VIEW public.jobs AS (
  SELECT jobs.id, tasks.identifier AS task_identifier, jobs.payload, jobs.attempts, jobs.max_attempts, jobs.locked_at
  FROM public._private_jobs AS jobs
  INNER JOIN public.tasks AS tasks ON tasks.id = jobs.task_id
);
