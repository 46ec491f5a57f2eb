-- pg_dump's test_inheritance_child (002_pg_dump.pl): a child's own CHECK constraint named like the table changed, next to the parent's inherited CHECK and a NOT NULL declared again.
CREATE TABLE public.test_inheritance_parent (
    col1 int NOT NULL,
    col2 int CHECK (col2 >= 42)
);
CREATE TABLE public.test_inheritance_child (
    col1 int NOT NULL,
    CONSTRAINT test_inheritance_child CHECK (col2 >= 100000 AND col2 < 200000)
) INHERITS (public.test_inheritance_parent);
