-- min_version: 18
-- An inheritance child added that declares its parent's NOT NULL column again without NOT NULL (pg_dump's test_table_generated_child2): the NOT NULL stays only inherited.
CREATE TABLE public.test_table_generated (
    col1 int primary key,
    col2 int generated always as (col1 * 2) stored
);
