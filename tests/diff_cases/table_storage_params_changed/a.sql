-- Table reloptions changed (fillfactor set, autovacuum tuned, one option reset) and REPLICA IDENTITY changed.

CREATE TABLE public.counters (
    id integer PRIMARY KEY,
    n bigint NOT NULL DEFAULT 0
) WITH (autovacuum_enabled = false);
CREATE TABLE public.audit (id integer NOT NULL, body text);
CREATE UNIQUE INDEX audit_id_idx ON public.audit (id);
