-- A partition key column widened (int -> bigint, the usual fix for a running-out key):
-- PostgreSQL cannot alter a column of the partition key, so the partitioned table is rebuilt
-- with its rows and its partitions are attached again (their own columns follow).
CREATE TABLE public.events (
    id bigint NOT NULL,
    account_id int NOT NULL,
    payload text,
    PRIMARY KEY (account_id, id)
) PARTITION BY RANGE (account_id);
CREATE TABLE public.events_low PARTITION OF public.events FOR VALUES FROM (0) TO (1000);
CREATE TABLE public.events_high PARTITION OF public.events FOR VALUES FROM (1000) TO (1000000);
CREATE INDEX events_payload ON public.events (payload);
INSERT INTO public.events VALUES (1, 5, 'a'), (2, 5000, 'b');
