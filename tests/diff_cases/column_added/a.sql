-- Columns appended to a table: nullable, NOT NULL with default, with FK, with check; a dropped-then-readded style change.

CREATE TABLE public.orgs (id bigint PRIMARY KEY);
CREATE TABLE public.projects (
    id bigint PRIMARY KEY,
    name text NOT NULL
);
