-- min_version: 14
-- A domain whose default calls a BEGIN ATOMIC function reading a table with a column of that domain: extract makes the domain bare and sets its default and CHECK after the function.
CREATE TABLE public.projects (id int PRIMARY KEY);
CREATE DOMAIN public.seqnum AS bigint CHECK (VALUE > 0);
CREATE TABLE public.tickets (id int PRIMARY KEY, seq public.seqnum);
CREATE FUNCTION public.next_seq() RETURNS bigint LANGUAGE sql
BEGIN ATOMIC
  SELECT coalesce(max(seq), 0) + 1 FROM public.tickets;
END;
ALTER DOMAIN public.seqnum SET DEFAULT public.next_seq();
