-- A partition added (or re-bounded) under a parent whose CHECK is NOT VALID on it takes that CHECK NOT VALID before ATTACH.
CREATE TABLE public.deals (
    id bigint NOT NULL,
    stage text NOT NULL,
    closed_on date,
    PRIMARY KEY (id, stage)
) PARTITION BY LIST (stage);
CREATE TABLE public.deals_open PARTITION OF public.deals FOR VALUES IN ('lead', 'qualified');
CREATE TABLE public.deals_prop PARTITION OF public.deals FOR VALUES IN ('proposal');
CREATE TABLE public.deals_won PARTITION OF public.deals FOR VALUES IN ('won');
ALTER TABLE public.deals ADD CONSTRAINT deals_closed_sane CHECK (closed_on > '2000-01-01') NOT VALID;
