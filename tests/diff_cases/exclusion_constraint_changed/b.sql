-- A same-named exclusion constraint changes method and columns (btree on a name -> gist on two ranges) and another is replaced under a new name (sqldef ExcludeConstraintChange, ExcludeConstraintDropAndAdd).

CREATE TABLE public.exclude_example (
    name varchar(255),
    event_start tstzrange NOT NULL,
    event_end tstzrange NOT NULL,
    CONSTRAINT ex EXCLUDE USING gist (event_start WITH &&, event_end WITH &&),
    CONSTRAINT ex2 EXCLUDE USING btree (lower(name::text) WITH =) WHERE (name::text <> '')
);
