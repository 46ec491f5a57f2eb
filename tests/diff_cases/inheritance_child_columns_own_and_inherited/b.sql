-- A child made on its own and then INHERIT-ed (its columns its own too; on PostgreSQL 18 its NOT NULL keeps its name) against one made with INHERITS.
CREATE TABLE public.events (id bigint NOT NULL, kind text);
CREATE TABLE public.audit_events (actor text) INHERITS (public.events);
