-- The partitioned parents are replaced by new ones (renamed) while their partitions stay:
-- the partitions are detached, the old parents dropped with their circular foreign keys,
-- the new parents created and the partitions attached again, FKs last.
CREATE TABLE public.ledger_v2 (id int, amount int, account varchar(64), memo text, UNIQUE (account, amount))
    PARTITION BY LIST (account);
CREATE TABLE public.ledger_main PARTITION OF public.ledger_v2 (PRIMARY KEY (account, memo), UNIQUE (account, id))
    FOR VALUES IN ('main');
CREATE UNIQUE INDEX ledger_account_idx ON public.ledger_v2 (account);
CREATE INDEX ledger_main_memo_idx ON public.ledger_main (account, memo);
CREATE TABLE public.accounts_v2 (account varchar(64), memo text) PARTITION BY LIST (account);
CREATE TABLE public.accounts_main PARTITION OF public.accounts_v2 (PRIMARY KEY (account, memo))
    FOR VALUES IN ('main');
CREATE UNIQUE INDEX accounts_account_idx ON public.accounts_v2 (account);
ALTER TABLE public.accounts_v2 ADD CONSTRAINT accounts_ledger_fk FOREIGN KEY (account) REFERENCES public.ledger_v2 (account);
ALTER TABLE public.ledger_v2 ADD CONSTRAINT ledger_accounts_fk FOREIGN KEY (account) REFERENCES public.accounts_v2 (account);
ALTER TABLE public.accounts_main ADD CONSTRAINT accounts_main_ledger_fk
    FOREIGN KEY (account, memo) REFERENCES public.ledger_main (account, memo);
ALTER TABLE public.ledger_main ADD CONSTRAINT ledger_main_accounts_fk
    FOREIGN KEY (account, memo) REFERENCES public.accounts_main (account, memo);
