-- An enum partition key loses a value while the partitioned table has a primary key, an index and a foreign key to it: partitions are detached with their keys and indexes, converted, and attached again (PostgreSQL attaches their indexes to the new parent's).

CREATE TYPE public.region AS ENUM ('eu', 'us');
CREATE TABLE public.accounts (id bigint NOT NULL, region public.region NOT NULL, name text, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE public.accounts_eu PARTITION OF public.accounts FOR VALUES IN ('eu');
CREATE TABLE public.accounts_us PARTITION OF public.accounts FOR VALUES IN ('us');
CREATE INDEX accounts_name_idx ON public.accounts (name);
CREATE TABLE public.orders (id bigint PRIMARY KEY, account_id bigint, region public.region, FOREIGN KEY (account_id, region) REFERENCES public.accounts);
