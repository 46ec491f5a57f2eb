-- owners: true
-- A sequence owned by another role gets OWNED BY a new table of that role: the table's OWNER TO must come before OWNED BY (found by pgCodeKeeper's alter_sequence_owned_by).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'seq_owner') THEN
        BEGIN
            CREATE ROLE seq_owner NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;
CREATE SEQUENCE public.t1_c1_seq AS integer;
ALTER SEQUENCE public.t1_c1_seq OWNER TO seq_owner;
CREATE TABLE public.t1 (c1 integer DEFAULT nextval('public.t1_c1_seq'::regclass) NOT NULL, c2 text);
ALTER TABLE public.t1 OWNER TO seq_owner;
ALTER SEQUENCE public.t1_c1_seq OWNED BY public.t1.c1;
