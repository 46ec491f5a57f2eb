-- owners: true
-- A table rebuilt (its columns reordered) whose serial sequence and itself belong to another role: the rebuilt table gets its owner before the sequence is linked again (found by pgCodeKeeper's sequence_data).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'seq_owner') THEN
        BEGIN
            CREATE ROLE seq_owner NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;
CREATE SEQUENCE public.period_rid_seq AS integer;
ALTER SEQUENCE public.period_rid_seq OWNER TO seq_owner;
CREATE TABLE public.period (rid integer DEFAULT nextval('public.period_rid_seq'::regclass) NOT NULL, pyear smallint, upd integer, pfs date);
ALTER TABLE public.period OWNER TO seq_owner;
ALTER TABLE public.period ADD CONSTRAINT period_pkey PRIMARY KEY (rid);
ALTER SEQUENCE public.period_rid_seq OWNED BY public.period.rid;
