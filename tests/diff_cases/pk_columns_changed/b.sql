-- The primary key moves from (id) to (org_id, id) while an FK references the old key (the FK must be dropped and re-pointed).

CREATE TABLE public.projects (
    id bigint NOT NULL,
    org_id bigint NOT NULL,
    CONSTRAINT projects_pkey PRIMARY KEY (org_id, id)
);
CREATE TABLE public.tasks (
    id bigint PRIMARY KEY,
    org_id bigint NOT NULL,
    project_id bigint NOT NULL,
    CONSTRAINT tasks_project_fkey FOREIGN KEY (org_id, project_id) REFERENCES public.projects(org_id, id)
);
