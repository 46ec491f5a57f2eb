-- min_version: 15
-- REPLICA IDENTITY USING INDEX over an index and a primary key that are dropped and made again (pg-delta index-operations "toggle unique index to NULLS NOT DISTINCT", with a replica identity).

CREATE TABLE public.accounts (id integer NOT NULL, email text NOT NULL);
CREATE UNIQUE INDEX accounts_email ON public.accounts (email) NULLS NOT DISTINCT;
ALTER TABLE public.accounts REPLICA IDENTITY USING INDEX accounts_email;
CREATE TABLE public.ledger (id integer NOT NULL, at date NOT NULL, amount numeric, CONSTRAINT ledger_pkey PRIMARY KEY (id, at));
ALTER TABLE public.ledger REPLICA IDENTITY USING INDEX ledger_pkey;
