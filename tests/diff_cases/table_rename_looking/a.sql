-- A table that looks renamed (old dropped, new created with the same shape and a FK repointed).

CREATE TABLE public.clients (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.invoices (id bigint PRIMARY KEY, client_id bigint REFERENCES public.clients(id));
