-- A new sequence is added and used by a new column default (sequence before column), owned by that column.

CREATE TABLE public.tickets (id integer PRIMARY KEY, number integer NOT NULL);
CREATE SEQUENCE public.tickets_number_seq AS integer START WITH 100 OWNED BY public.tickets.number;
ALTER TABLE public.tickets ALTER COLUMN number SET DEFAULT nextval('public.tickets_number_seq');
