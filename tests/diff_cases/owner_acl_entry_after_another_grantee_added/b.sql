-- owners: true
-- A table whose owner took its privileges back WITH GRANT OPTION after granting another role is added: the owner's ACL entry stays second.
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['acl_owner', 'acl_reader'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
    END LOOP;
END $$;
CREATE TABLE public.ledger (id int, amount numeric);
ALTER TABLE public.ledger OWNER TO acl_owner;
GRANT SELECT ON public.ledger TO acl_reader;
REVOKE ALL ON public.ledger FROM acl_owner;
GRANT ALL ON public.ledger TO acl_owner WITH GRANT OPTION;
