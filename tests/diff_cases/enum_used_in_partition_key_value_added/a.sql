-- An enum used as a list-partition key gains a value and a partition for it.

CREATE TYPE public.region AS ENUM ('eu', 'us');
CREATE TABLE public.accounts (id bigint NOT NULL, region public.region NOT NULL) PARTITION BY LIST (region);
CREATE TABLE public.accounts_eu PARTITION OF public.accounts FOR VALUES IN ('eu');
CREATE TABLE public.accounts_us PARTITION OF public.accounts FOR VALUES IN ('us');
