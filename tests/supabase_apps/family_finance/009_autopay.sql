-- 024_autopay_flags_for_cards_and_recurring.sql — Add autopay flags for credit card definitions
-- and recurring bill templates.  Keep this migration additive and backward-compatible.

alter table public.credit_cards
  add column if not exists autopay_enabled boolean not null default false;

alter table public.recurring_payments
  add column if not exists autopay_enabled boolean not null default false;

select pg_notify('pgrst', 'reload schema');

-- 025_autopay_source_accounts.sql — Store account-level source for autopay configurations.
alter table public.credit_cards
  add column if not exists autopay_payment_account_id text;

alter table public.recurring_payments
  add column if not exists autopay_payment_account_id text;

select pg_notify('pgrst', 'reload schema');
