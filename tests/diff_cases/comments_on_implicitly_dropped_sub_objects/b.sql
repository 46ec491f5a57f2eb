-- Comments on objects dropped with their parent (partition clones, inherited CHECK, domain CHECK) are not reset after they are gone.
CREATE TABLE public.r (id int PRIMARY KEY);
CREATE TABLE public.p (k int, rid int) PARTITION BY LIST (k);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES IN (1);
CREATE FUNCTION public.tf() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TABLE public.ip (k int);
CREATE TABLE public.ic () INHERITS (public.ip);
