-- A column "renamed" in the target (drop old, add new at the end): a diff sees drop + add, the data-loss hazard must be flagged.

CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    display_name text
);
