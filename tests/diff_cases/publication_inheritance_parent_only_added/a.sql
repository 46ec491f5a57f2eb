-- An inheritance parent added to a publication without its child, and the child to another one on its own.
CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    message text
);
CREATE TABLE public.audit_log_archive (archived_at timestamptz) INHERITS (public.audit_log);

CREATE PUBLICATION live_audit WITH (publish = 'insert');
CREATE PUBLICATION archive_audit WITH (publish = 'insert');
