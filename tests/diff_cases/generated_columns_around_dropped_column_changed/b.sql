-- pg_dump's test_third_table (002_pg_dump.pl): generated columns on either side of a dropped column and a quoted "F3" get other expressions, a column added at the end.
CREATE TABLE public.test_third_table (
    f1 int, junk int,
    g1 int generated always as (f1 * 4) stored,
    "F3" int,
    g2 int generated always as ("F3" + f1) stored,
    note text
);
ALTER TABLE public.test_third_table DROP COLUMN junk;
