-- One table's serial becomes a plain sequence default and another's plain sequence default a serial (migra seq); a free sequence becomes owned.
CREATE TABLE public.test (id serial PRIMARY KEY);
CREATE SEQUENCE public.test2_id_seq;
CREATE TABLE public.test2 (id integer NOT NULL DEFAULT nextval('public.test2_id_seq'::regclass) PRIMARY KEY);
CREATE SEQUENCE public.free_seq INCREMENT BY 2;
CREATE TABLE public.unwanted ();
