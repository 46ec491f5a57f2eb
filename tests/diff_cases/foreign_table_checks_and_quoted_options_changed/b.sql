-- test_pg_dump's ft1 (src/test/modules/test_pg_dump): a foreign table's column CHECK and table CHECK changed, NOT NULL dropped, options whose names need quoting changed, a column grant added.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'regress_dump_test_role') THEN
        BEGIN
            CREATE ROLE regress_dump_test_role NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;

CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s0 FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE public.ft1 (
        c1 integer OPTIONS ("param 1" 'val 2', "param 2" 'x'),
        c2 text OPTIONS (param3 'val3') CHECK (length(c2) > 1),
        c3 date,
        CHECK (c3 BETWEEN '1994-01-01'::date AND '1994-12-31'::date)
) SERVER s0 OPTIONS (delimiter ';', "be quoted" 'other value', "new ""one""" 'x');
GRANT SELECT ON public.ft1 TO regress_dump_test_role;
GRANT UPDATE (c2) ON public.ft1 TO regress_dump_test_role;
