-- NOT NULL dropped from a column (on PG18 this drops the table_col_not_null constraint) and from a column in a PK-less table.

CREATE TABLE public.profiles (
    id integer PRIMARY KEY,
    bio text NOT NULL,
    website text NOT NULL DEFAULT ''
);
CREATE TABLE public.loose (a integer NOT NULL);
