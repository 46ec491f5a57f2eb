-- A partitioned table, its partitions and a table referencing it all dropped: the partitions go with their parent (the foreign key depends on each of them).

CREATE TABLE public.keep (id int PRIMARY KEY);
CREATE TABLE public.accounts (k int PRIMARY KEY) PARTITION BY LIST (k);
CREATE TABLE public.accounts_1 PARTITION OF public.accounts FOR VALUES IN (1);
CREATE TABLE public.accounts_2 PARTITION OF public.accounts FOR VALUES IN (2) PARTITION BY RANGE (k);
CREATE TABLE public.accounts_2a PARTITION OF public.accounts_2 FOR VALUES FROM (0) TO (10);
CREATE TABLE public.refs (k int REFERENCES public.accounts);
