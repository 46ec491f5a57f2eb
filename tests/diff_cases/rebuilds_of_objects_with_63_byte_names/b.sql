-- Rebuilds of objects whose names use all 63 bytes: the old copy is renamed out of the way,
-- and "name__pgstrata_old" cut to 63 bytes was the name itself ("relation ... already
-- exists").  A table whose identity sequence name PostgreSQL truncated, rebuilt for a column
-- added in the middle, and an enum of a 63-byte name that loses a value.
CREATE TYPE public.subscription_billing_history_line_item_reconciliation_state_v02 AS ENUM ('open', 'settled');
CREATE TABLE public.organization_subscription_billing_history_line_items_v02 (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note text,
    amount int,
    state public.subscription_billing_history_line_item_reconciliation_state_v02
);
