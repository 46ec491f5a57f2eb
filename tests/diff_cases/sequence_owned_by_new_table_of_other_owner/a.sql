-- owners: true
-- Sequences of another owner linked (OWNED BY) to a new table of that owner: the link needs one owner on both sides when it is made (found by pgCodeKeeper's alter_sequence_owned_by and add_comments).

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
