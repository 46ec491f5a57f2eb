-- min_version: 14
-- Functions with a SQL-standard body (BEGIN ATOMIC: PostgreSQL records what the body reads)
-- that read the table whose CHECK, default or policy calls them: the function depends on the
-- table and the table on the function.  Dropping both (ledger, ok), rebuilding a table with
-- its rows (tickets, members: a column added in the middle) must take the CHECK, default or
-- policy off the table first, then drop the function, then the table.
CREATE TABLE public.tickets (id int, w int, v int);
CREATE FUNCTION public.next_ticket() RETURNS int LANGUAGE sql STABLE
    BEGIN ATOMIC SELECT coalesce(max(id), 0) + 1 FROM public.tickets; END;
ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT public.next_ticket();
CREATE TABLE public.members (org int, role text, who name);
CREATE FUNCTION public.is_member(o int) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    BEGIN ATOMIC SELECT EXISTS (SELECT 1 FROM public.members WHERE org = o AND who = current_user); END;
ALTER TABLE public.members ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_read ON public.members FOR SELECT USING (public.is_member(org));
