-- Sequences: AS smallint/integer/bigint, START, INCREMENT, MIN/MAX, CACHE, CYCLE, descending, OWNED BY, used by defaults.
CREATE SEQUENCE public.ticket_number_seq AS integer START WITH 1000 INCREMENT BY 1;
CREATE SEQUENCE public.batch_seq AS smallint START 10 INCREMENT 5 MINVALUE 10 MAXVALUE 30000 CYCLE;
CREATE SEQUENCE public.countdown_seq INCREMENT BY -2 MINVALUE -1000 MAXVALUE 0 START WITH 0;
CREATE SEQUENCE public.cached_seq CACHE 50 NO CYCLE;
CREATE SEQUENCE public.unattached_seq;

CREATE TABLE public.tickets (
    id integer NOT NULL DEFAULT nextval('public.ticket_number_seq'::regclass),
    batch smallint DEFAULT nextval('public.batch_seq'),
    title text NOT NULL,
    CONSTRAINT tickets_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE public.ticket_number_seq OWNED BY public.tickets.id;
ALTER SEQUENCE public.batch_seq OWNED BY public.tickets.batch;

CREATE TABLE public.shared_counter_users (
    a bigint DEFAULT nextval('public.cached_seq'),
    b bigint DEFAULT nextval('public.cached_seq')
);
