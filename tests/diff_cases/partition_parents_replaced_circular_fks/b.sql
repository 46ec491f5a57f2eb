CREATE TABLE public.ledger (id int, amount int, account varchar(64), memo text, UNIQUE (account, amount))
    PARTITION BY LIST (account);
CREATE TABLE public.ledger_main PARTITION OF public.ledger (PRIMARY KEY (account, memo), UNIQUE (account, id))
    FOR VALUES IN ('main');
CREATE UNIQUE INDEX ledger_account_idx ON public.ledger (account);
CREATE INDEX ledger_main_memo_idx ON public.ledger_main (account, memo);
CREATE TABLE public.accounts (account varchar(64), memo text) PARTITION BY LIST (account);
CREATE TABLE public.accounts_main PARTITION OF public.accounts (PRIMARY KEY (account, memo))
    FOR VALUES IN ('main');
CREATE UNIQUE INDEX accounts_account_idx ON public.accounts (account);
ALTER TABLE public.accounts ADD CONSTRAINT accounts_ledger_fk FOREIGN KEY (account) REFERENCES public.ledger (account);
ALTER TABLE public.ledger ADD CONSTRAINT ledger_accounts_fk FOREIGN KEY (account) REFERENCES public.accounts (account);
ALTER TABLE public.accounts_main ADD CONSTRAINT accounts_main_ledger_fk
    FOREIGN KEY (account, memo) REFERENCES public.ledger_main (account, memo);
ALTER TABLE public.ledger_main ADD CONSTRAINT ledger_main_accounts_fk
    FOREIGN KEY (account, memo) REFERENCES public.accounts_main (account, memo);
