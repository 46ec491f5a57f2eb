-- min_version: 18
CREATE TABLE public.events (id bigint NOT NULL, kind text, payload jsonb);
CREATE TABLE public.audit_events (actor text) INHERITS (public.events);
ALTER TABLE ONLY public.audit_events ALTER COLUMN id SET NOT NULL;
CREATE TABLE public.billing_events (PRIMARY KEY (id), NOT NULL kind) INHERITS (public.events);
