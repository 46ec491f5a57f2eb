-- An app's guard event trigger that refuses DROP TABLE (against accidents in production) and
-- one that turns row level security on for every table created in public.  The plan must
-- drop a guard before the tables it drops, and create the guards after the tables it adds
-- (which predate them in the source and so have no RLS).
CREATE TABLE public.notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body text NOT NULL
);
