-- min_version: 18
-- Children given their parent by ALTER TABLE … INHERIT with NOT VALID NOT NULLs of their own (PostgreSQL's constraints regression test, notnull_tbl1_child2): made on their own, then INHERIT.
CREATE TABLE public.events (
    id bigint,
    kind text
);
ALTER TABLE public.events ADD CONSTRAINT events_id_required NOT NULL id NOT VALID;

-- an old export, with its own (not yet validated) NOT NULL, hung under the live table
CREATE TABLE public.events_2019 (
    id bigint,
    kind text,
    imported_from text
);
ALTER TABLE public.events_2019 ADD NOT NULL id NOT VALID;
ALTER TABLE public.events_2019 INHERIT public.events;

-- the same, its columns in another order than the parent's
CREATE TABLE public.events_2018 (
    kind text,
    id bigint
);
ALTER TABLE public.events_2018 ADD NOT NULL id NOT VALID;
ALTER TABLE public.events_2018 INHERIT public.events;
