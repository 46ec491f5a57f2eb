-- A DEFAULT partition is added to a list-partitioned table.

CREATE TABLE public.tickets (
    id bigint NOT NULL,
    queue text NOT NULL
) PARTITION BY LIST (queue);
CREATE TABLE public.tickets_support PARTITION OF public.tickets FOR VALUES IN ('support');
CREATE TABLE public.tickets_other PARTITION OF public.tickets DEFAULT;
