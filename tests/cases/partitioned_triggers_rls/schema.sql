-- Row triggers, RLS, policies and grants on a partitioned table (cloned/applied to partitions); a partition-only trigger.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'service_role'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;

CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END; $$;

CREATE TABLE public.events (
    tenant_id integer NOT NULL,
    id bigint NOT NULL,
    body text,
    updated_at timestamptz,
    PRIMARY KEY (tenant_id, id)
) PARTITION BY LIST (tenant_id);
CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES IN (1);
CREATE TABLE public.events_2 PARTITION OF public.events FOR VALUES IN (2);

CREATE TRIGGER events_stamp BEFORE UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION public.stamp();
CREATE TRIGGER events_1_only BEFORE INSERT ON public.events_1 FOR EACH ROW EXECUTE FUNCTION public.stamp();

ALTER TABLE public.events ENABLE ROW LEVEL SECURITY;
CREATE POLICY events_tenant ON public.events TO authenticated
    USING (tenant_id = current_setting('app.tenant', true)::integer);
GRANT SELECT, INSERT ON public.events TO authenticated;
