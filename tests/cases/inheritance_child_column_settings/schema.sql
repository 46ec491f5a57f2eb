-- An inheritance child's own settings on inherited columns (storage other than its parent's, statistics target, n_distinct): CREATE TABLE ... INHERITS copies only the parent's storage, so the extract must set the rest on the child.
CREATE TABLE public.measurements (
    id bigint NOT NULL,
    payload text,
    reading integer
);
ALTER TABLE ONLY public.measurements ALTER COLUMN payload SET STORAGE EXTERNAL;
CREATE TABLE public.measurements_2024 (
    note text
) INHERITS (public.measurements);
ALTER TABLE ONLY public.measurements_2024 ALTER COLUMN payload SET STORAGE MAIN;
ALTER TABLE ONLY public.measurements_2024 ALTER COLUMN reading SET STATISTICS 300;
ALTER TABLE ONLY public.measurements_2024 ALTER COLUMN id SET (n_distinct = -1);
