-- An enum value is appended at the end (ALTER TYPE ... ADD VALUE, cannot run inside a transaction block before PG12 / be used in the same transaction).

CREATE TYPE public.plan AS ENUM ('free', 'pro');
CREATE TABLE public.accounts (id integer PRIMARY KEY, plan public.plan NOT NULL DEFAULT 'free');
