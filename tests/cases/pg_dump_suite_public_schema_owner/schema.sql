-- owners: true
-- PostgreSQL's own pg_dump test suite (002_pg_dump.pl): schema public owned by a role whose name needs quoting ("regress_quoted  "" role"), which revokes its own privileges on it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regress_quoted  " role') THEN
        BEGIN
            CREATE ROLE "regress_quoted  "" role" NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;

ALTER SCHEMA public OWNER TO "regress_quoted  "" role";
REVOKE ALL ON SCHEMA public FROM "regress_quoted  "" role";
CREATE TABLE public.t (id int);
