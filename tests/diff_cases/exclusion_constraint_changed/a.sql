-- A same-named exclusion constraint changes method and columns (btree on a name -> gist on two ranges) and another is replaced under a new name (sqldef ExcludeConstraintChange, ExcludeConstraintDropAndAdd).

CREATE TABLE public.exclude_example (
    name varchar(255),
    event_start tstzrange NOT NULL,
    event_end tstzrange NOT NULL,
    CONSTRAINT ex EXCLUDE (name WITH =),
    CONSTRAINT ex1 EXCLUDE USING gist (event_start WITH &&) WHERE (name IS NOT NULL)
);
