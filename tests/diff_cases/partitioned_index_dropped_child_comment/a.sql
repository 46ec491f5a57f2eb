-- A partitioned index is dropped whose attached partition index has a comment: no COMMENT ON INDEX after the DROP INDEX.
CREATE TABLE public.accounts (tenant text NOT NULL, id integer NOT NULL, email text) PARTITION BY LIST (tenant);
CREATE TABLE public.accounts_t1 PARTITION OF public.accounts FOR VALUES IN ('t1');
CREATE TABLE public.accounts_t2 PARTITION OF public.accounts FOR VALUES IN ('t2') PARTITION BY RANGE (id);
CREATE TABLE public.accounts_t2_a PARTITION OF public.accounts_t2 FOR VALUES FROM (0) TO (100);
CREATE INDEX accounts_email_idx ON public.accounts (email);
COMMENT ON INDEX public.accounts_t1_email_idx IS 'attached partition index';
COMMENT ON INDEX public.accounts_t2_a_email_idx IS 'attached sub-partition index';
