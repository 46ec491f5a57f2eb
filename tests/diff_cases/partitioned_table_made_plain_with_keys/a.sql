-- A partitioned table with a unique key and a foreign key made plain, its partition kept as a plain table with its own unique key: the partition is detached before its inherited key changes.

CREATE TABLE public.regions (k int PRIMARY KEY);
CREATE TABLE public.accounts (k int REFERENCES public.regions, UNIQUE (k));
CREATE TABLE public.accounts_1 (k int, UNIQUE (k));
