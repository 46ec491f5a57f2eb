-- A new sequence is added and used by a new column default (sequence before column), owned by that column.

CREATE TABLE public.tickets (id integer PRIMARY KEY);
