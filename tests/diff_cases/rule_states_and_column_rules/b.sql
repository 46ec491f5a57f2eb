-- Rules switched off, on always and for replicas; a rule reading a column that goes away is dropped before it.
CREATE TABLE public.ledger (id integer PRIMARY KEY, amount numeric);
CREATE TABLE public.ledger_archive (id integer, amount numeric);
CREATE RULE no_negative AS ON INSERT TO public.ledger WHERE NEW.amount < 0 DO INSTEAD NOTHING;
CREATE RULE archive_deletes AS ON DELETE TO public.ledger
  DO ALSO INSERT INTO public.ledger_archive (id, amount) VALUES (OLD.id, OLD.amount);
ALTER TABLE public.ledger DISABLE RULE no_negative;
ALTER TABLE public.ledger ENABLE ALWAYS RULE archive_deletes;
