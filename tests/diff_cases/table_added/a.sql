-- A new table with PK, FK to an existing table, defaults and an index is added.

CREATE TABLE public.users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL UNIQUE
);
