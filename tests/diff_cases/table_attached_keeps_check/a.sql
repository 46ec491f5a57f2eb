-- A table attached as a partition keeps its CHECK the parent has too: ATTACH PARTITION requires it.
CREATE TABLE public.deals (
    id bigint NOT NULL,
    stage text NOT NULL,
    amount numeric(12,2) NOT NULL DEFAULT 0 CHECK (amount >= 0),
    PRIMARY KEY (id, stage)
) PARTITION BY LIST (stage);
CREATE TABLE public.deals_open PARTITION OF public.deals FOR VALUES IN ('lead', 'qualified');
CREATE TABLE public.deals_won PARTITION OF public.deals FOR VALUES IN ('won');
