-- owners: true
-- A base view loses a column, so the views and materialized view over it are rebuilt; their non-default owners, grants, comment and matview index must come back (sqldef OwnerDependentViewRecreationPreservesOwnersAndMetadata, OwnerDependentMatviewRecreation).

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['app_user', 'readonly_user'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;
CREATE TABLE public.users (id bigint PRIMARY KEY, name text);
CREATE VIEW public.v_base AS SELECT id, name FROM public.users;
CREATE VIEW public.v_dep AS SELECT id FROM public.v_base;
CREATE VIEW public.v_leaf AS SELECT id FROM public.v_dep;
CREATE MATERIALIZED VIEW public.mv_dep AS SELECT id FROM public.v_base WITH NO DATA;
CREATE UNIQUE INDEX mv_dep_id ON public.mv_dep (id);
ALTER VIEW public.v_base OWNER TO app_user;
ALTER VIEW public.v_dep OWNER TO app_user;
ALTER VIEW public.v_leaf OWNER TO app_user;
ALTER MATERIALIZED VIEW public.mv_dep OWNER TO app_user;
COMMENT ON VIEW public.v_dep IS 'dependent';
GRANT SELECT ON public.v_leaf TO readonly_user;
GRANT SELECT ON public.mv_dep TO readonly_user;
