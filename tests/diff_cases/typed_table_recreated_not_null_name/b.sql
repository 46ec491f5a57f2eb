-- A typed table (OF a composite) recreated, partitioned to plain: its NOT NULL keeps the default name although the old copy still holds it while the new table is made (found by pgCodeKeeper's modify_partition_table).

CREATE TYPE public.comp AS (f1 integer, f2 text, f3 bigint);
CREATE TABLE public.tab_of_type OF public.comp (f1 NOT NULL, f2 DEFAULT 'text'::text);
