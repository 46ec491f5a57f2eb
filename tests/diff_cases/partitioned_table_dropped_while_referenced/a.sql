-- A partitioned table, its partitions and a table referencing it all dropped: the partitions go with their parent (the foreign key depends on each of them).

CREATE TABLE public.keep (id int PRIMARY KEY);
