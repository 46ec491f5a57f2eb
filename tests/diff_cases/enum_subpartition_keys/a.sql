-- Two levels of list partitions keyed by two enums that both lose a value: both partitioned tables are rebuilt, the inner one detached from the outer first.

CREATE TYPE public.region AS ENUM ('eu', 'us');
CREATE TYPE public.tier AS ENUM ('free', 'paid');
CREATE TABLE public.accounts (id bigint NOT NULL, region public.region NOT NULL, tier public.tier NOT NULL) PARTITION BY LIST (region);
CREATE TABLE public.accounts_eu PARTITION OF public.accounts FOR VALUES IN ('eu') PARTITION BY LIST (tier);
CREATE TABLE public.accounts_eu_free PARTITION OF public.accounts_eu FOR VALUES IN ('free');
CREATE TABLE public.accounts_eu_paid PARTITION OF public.accounts_eu FOR VALUES IN ('paid');
CREATE TABLE public.accounts_us PARTITION OF public.accounts FOR VALUES IN ('us');
CREATE INDEX accounts_id_idx ON public.accounts (id);
