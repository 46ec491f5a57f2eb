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
CREATE TABLE public.t1 (c1 integer DEFAULT nextval('public.t1_c1_seq'::regclass) NOT NULL, c2 text);
ALTER TABLE public.t1 OWNER TO seq_owner;
ALTER SEQUENCE public.t1_c1_seq OWNED BY public.t1.c1;
-- both new: the table gets its owner before the link (ALTER TABLE … OWNER TO then carries the sequence along)
CREATE SEQUENCE public.t2_id_seq AS integer;
CREATE TABLE public.t2 (id integer DEFAULT nextval('public.t2_id_seq'::regclass) NOT NULL);
ALTER TABLE public.t2 OWNER TO seq_owner;
ALTER SEQUENCE public.t2_id_seq OWNER TO seq_owner;
ALTER SEQUENCE public.t2_id_seq OWNED BY public.t2.id;
