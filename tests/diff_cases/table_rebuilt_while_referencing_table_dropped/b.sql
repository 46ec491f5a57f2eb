-- Users readable by fellow members: the TO state drops memberships (and the policy reading it) and rebuilds users (a column between others).
CREATE TABLE public.users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL UNIQUE,
    full_name text
);

ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;
