-- A table rebuilt for its new column order while the sequence it owns moves to the new
-- column: the rebuild gives the sequence back to the column the source names.
CREATE SEQUENCE public.ticket_seq;
CREATE TABLE public.tickets (
    number integer NOT NULL DEFAULT nextval('public.ticket_seq'),
    id integer PRIMARY KEY,
    subject text NOT NULL
);
ALTER SEQUENCE public.ticket_seq OWNED BY public.tickets.number;
