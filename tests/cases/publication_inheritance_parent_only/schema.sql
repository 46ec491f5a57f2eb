-- A publication of an inheritance parent without its children (PostgreSQL's publication regression test, testpub4: FOR TABLE ONLY): written with ONLY, the children stay out.
CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    message text
);
CREATE TABLE public.audit_log_archive (archived_at timestamptz) INHERITS (public.audit_log);

CREATE PUBLICATION live_audit FOR TABLE ONLY public.audit_log WITH (publish = 'insert');
CREATE PUBLICATION all_audit FOR TABLE public.audit_log WITH (publish = 'insert');
