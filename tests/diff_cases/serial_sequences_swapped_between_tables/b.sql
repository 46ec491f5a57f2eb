-- One table's serial becomes a plain sequence default and another's plain sequence default a serial (migra seq); a free sequence becomes owned.
CREATE SEQUENCE public.test_id_seq;
CREATE TABLE public.test (id integer NOT NULL DEFAULT nextval('public.test_id_seq'::regclass) PRIMARY KEY);
CREATE TABLE public.test2 (id serial PRIMARY KEY);
CREATE SEQUENCE public.free_seq INCREMENT BY 2 OWNED BY public.test2.id;
