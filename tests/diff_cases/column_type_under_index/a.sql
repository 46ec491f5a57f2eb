-- A column's type changes (varchar(64) -> text) under a plain index, an expression index, a partial index and a unique constraint.

CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    email varchar(64) NOT NULL,
    status varchar(16) NOT NULL DEFAULT 'active',
    CONSTRAINT accounts_email_key UNIQUE (email)
);
CREATE INDEX accounts_email_lower_idx ON public.accounts (lower(email));
CREATE INDEX accounts_active_idx ON public.accounts (email) WHERE status = 'active';
