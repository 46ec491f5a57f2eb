-- min_version: 18
-- An inheritance child whose inherited NOT NULL becomes its own too (conislocal), and a
-- child created with a primary key on an inherited column.
CREATE TABLE public.events (id bigint NOT NULL, kind text, payload jsonb);
CREATE TABLE public.audit_events (actor text) INHERITS (public.events);
