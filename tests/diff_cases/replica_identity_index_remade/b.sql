-- min_version: 15
-- REPLICA IDENTITY USING INDEX over an index, a primary key and a partition's key (with its parent's) dropped and made again (pg-delta index-operations "toggle unique index to NULLS NOT DISTINCT", with a replica identity).

CREATE TABLE public.accounts (id integer NOT NULL, email text NOT NULL);
CREATE UNIQUE INDEX accounts_email ON public.accounts (email) NULLS NOT DISTINCT;
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email;
CREATE TABLE public.ledger (id integer NOT NULL, at date NOT NULL, amount numeric, CONSTRAINT ledger_pkey PRIMARY KEY (id, at));
ALTER TABLE public.ledger REPLICA IDENTITY USING INDEX ledger_pkey;
CREATE TABLE public.events (id integer NOT NULL, k integer NOT NULL, CONSTRAINT events_pkey PRIMARY KEY (id, k)) PARTITION BY RANGE (id);
CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES FROM (0) TO (1000);
ALTER TABLE public.events_1 REPLICA IDENTITY USING INDEX events_1_pkey;
