-- A column is added (and dropped, backward) with a default that calls a new BEGIN ATOMIC function reading that column: added bare, the function made, then the default set.

CREATE TABLE public.invoices (id integer PRIMARY KEY, customer text NOT NULL);
