-- Table reloptions changed (fillfactor set, autovacuum tuned, one option reset) and REPLICA IDENTITY changed.

CREATE TABLE public.counters (
    id integer PRIMARY KEY,
    n bigint NOT NULL DEFAULT 0
) WITH (fillfactor = 50, autovacuum_vacuum_scale_factor = 0.02);
CREATE TABLE public.audit (id integer NOT NULL, body text);
CREATE UNIQUE INDEX audit_id_idx ON public.audit (id);
ALTER TABLE public.audit REPLICA IDENTITY USING INDEX audit_id_idx;
ALTER TABLE public.counters REPLICA IDENTITY FULL;
