-- Dropping an app's tables whose RLS policies read each other (teams <-> memberships), and a
-- table whose policy calls a function taking the table's row: the drops must order without
-- a cycle (policies first).  Backward: creating them all.
CREATE TABLE public.profiles (id uuid PRIMARY KEY, display_name text);
