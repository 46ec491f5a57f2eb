-- FDW options whose names need quoting (test_pg_dump's "param 1", "be quoted") changed, added and dropped on a wrapper, a server, a foreign table and its column.
CREATE FOREIGN DATA WRAPPER dummy OPTIONS ("wrapper opt" 'b', "Other" 'c');
CREATE SERVER s0 FOREIGN DATA WRAPPER dummy OPTIONS ("server opt" 'b');
CREATE FOREIGN TABLE public.ft1 (
        c1 integer OPTIONS ("param 1" 'val 2', "param 2" 'x'),
        c2 text
) SERVER s0 OPTIONS (delimiter ',', "be quoted" 'other value', "new ""one""" 'x');
