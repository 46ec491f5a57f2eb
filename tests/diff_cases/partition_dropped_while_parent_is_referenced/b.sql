-- A partition dropped from a partitioned table that a foreign key references (which depends on every partition): detached, then dropped.

CREATE TABLE public.accounts (k int PRIMARY KEY) PARTITION BY LIST (k);
CREATE TABLE public.accounts_1 PARTITION OF public.accounts FOR VALUES IN (1);
CREATE TABLE public.refs (k int REFERENCES public.accounts);
