-- 004_credit_cards_bank_and_import_id.sql — Phase 4: credit card import tracking needed for duplicate-safe local imports.

alter table public.credit_cards
  add column if not exists imported_local_id text;

create unique index if not exists credit_cards_household_imported_local_id_unique
  on public.credit_cards (household_id, imported_local_id);

-- 005_budget_categories_import_id.sql — Phase 6: budget category import tracking.

alter table public.budget_categories
  add column if not exists imported_local_id text;

create unique index if not exists budget_categories_household_imported_local_id_unique
  on public.budget_categories (household_id, imported_local_id);

-- 006_transactions_import_id.sql — Phase 7: transaction import tracking.

alter table public.transactions
  add column if not exists imported_local_id text;

create unique index if not exists transactions_household_imported_local_id_unique
  on public.transactions (household_id, imported_local_id);

-- 007_transactions_main_category.sql — Spending form fix: allow normal non-split transactions to store one main category.

alter table public.transactions
  add column if not exists category_id uuid references public.budget_categories(id) on delete set null;

notify pgrst, 'reload schema';

create or replace function public.validate_household_references()
returns trigger
language plpgsql
as $$
begin
  if tg_table_name = 'monthly_card_balances' then
    if not exists (
      select 1 from public.credit_cards cc
      where cc.id = new.credit_card_id
        and cc.household_id = new.household_id
    ) then
      raise exception 'monthly_card_balances.credit_card_id must belong to the same household.';
    end if;
  end if;

  if tg_table_name = 'recurring_payments' then
    if new.credit_card_id is not null and not exists (
      select 1 from public.credit_cards cc
      where cc.id = new.credit_card_id
        and cc.household_id = new.household_id
    ) then
      raise exception 'recurring_payments.credit_card_id must belong to the same household.';
    end if;

    if new.category_id is not null and not exists (
      select 1 from public.budget_categories bc
      where bc.id = new.category_id
        and bc.household_id = new.household_id
    ) then
      raise exception 'recurring_payments.category_id must belong to the same household.';
    end if;
  end if;

  if tg_table_name = 'transactions' then
    if new.credit_card_id is not null and not exists (
      select 1 from public.credit_cards cc
      where cc.id = new.credit_card_id
        and cc.household_id = new.household_id
    ) then
      raise exception 'transactions.credit_card_id must belong to the same household.';
    end if;

    if new.recurring_payment_id is not null and not exists (
      select 1 from public.recurring_payments rp
      where rp.id = new.recurring_payment_id
        and rp.household_id = new.household_id
    ) then
      raise exception 'transactions.recurring_payment_id must belong to the same household.';
    end if;

    if new.category_id is not null and not exists (
      select 1 from public.budget_categories bc
      where bc.id = new.category_id
        and bc.household_id = new.household_id
    ) then
      raise exception 'transactions.category_id must belong to the same household.';
    end if;
  end if;

  if tg_table_name = 'transaction_splits' then
    if not exists (
      select 1 from public.transactions t
      where t.id = new.transaction_id
        and t.household_id = new.household_id
    ) then
      raise exception 'transaction_splits.transaction_id must belong to the same household.';
    end if;

    if new.category_id is not null and not exists (
      select 1 from public.budget_categories bc
      where bc.id = new.category_id
        and bc.household_id = new.household_id
    ) then
      raise exception 'transaction_splits.category_id must belong to the same household.';
    end if;
  end if;

  if tg_table_name = 'recurring_payment_instances' then
    if not exists (
      select 1 from public.recurring_payments rp
      where rp.id = new.recurring_payment_id
        and rp.household_id = new.household_id
    ) then
      raise exception 'recurring_payment_instances.recurring_payment_id must belong to the same household.';
    end if;

    if new.transaction_id is not null and not exists (
      select 1 from public.transactions t
      where t.id = new.transaction_id
        and t.household_id = new.household_id
    ) then
      raise exception 'recurring_payment_instances.transaction_id must belong to the same household.';
    end if;
  end if;

  return new;
end;
$$;

notify pgrst, 'reload schema';

-- 008_recurring_import_id.sql — Phase 8: recurring payment import tracking.

alter table public.recurring_payments
  add column if not exists imported_local_id text;

create unique index if not exists recurring_payments_household_imported_local_id_unique
  on public.recurring_payments (household_id, imported_local_id);

-- 009_household_profiles.sql — Phase 9: household profile labels for credit card owners.
-- Household profiles are simple owner labels inside a household, not auth users.

create table if not exists public.household_profiles (
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references public.households(id) on delete cascade,
  display_name text not null,
  role_label text,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint household_profiles_display_name_not_blank check (length(trim(display_name)) > 0)
);

create index if not exists household_profiles_household_id_idx
  on public.household_profiles (household_id);

create unique index if not exists household_profiles_household_display_name_unique
  on public.household_profiles (household_id, lower(trim(display_name)));

alter table public.credit_cards
  add column if not exists owner_profile_id uuid references public.household_profiles(id) on delete set null;

create index if not exists credit_cards_owner_profile_id_idx
  on public.credit_cards (owner_profile_id);

alter table public.household_profiles enable row level security;

drop policy if exists "Household profiles are visible to household members" on public.household_profiles;
create policy "Household profiles are visible to household members"
  on public.household_profiles for select
  to authenticated
  using (public.is_household_member(household_id));

drop policy if exists "Household profiles are editable by household members" on public.household_profiles;
create policy "Household profiles are editable by household members"
  on public.household_profiles for all
  to authenticated
  using (public.can_edit_household(household_id))
  with check (public.can_edit_household(household_id));

drop trigger if exists set_household_profiles_updated_at on public.household_profiles;
create trigger set_household_profiles_updated_at
  before update on public.household_profiles
  for each row execute function public.set_updated_at();

create or replace function public.validate_credit_card_owner_profile()
returns trigger
language plpgsql
as $$
begin
  if new.owner_profile_id is not null and not exists (
    select 1 from public.household_profiles hp
    where hp.id = new.owner_profile_id
      and hp.household_id = new.household_id
  ) then
    raise exception 'credit_cards.owner_profile_id must belong to the same household.';
  end if;

  return new;
end;
$$;

drop trigger if exists validate_credit_card_owner_profile on public.credit_cards;
create trigger validate_credit_card_owner_profile
  before insert or update on public.credit_cards
  for each row execute function public.validate_credit_card_owner_profile();

insert into public.household_profiles (household_id, display_name)
select distinct
  cc.household_id,
  trim(cc.owner_name)
from public.credit_cards cc
where nullif(trim(cc.owner_name), '') is not null
on conflict do nothing;

update public.credit_cards cc
set owner_profile_id = hp.id
from public.household_profiles hp
where cc.owner_profile_id is null
  and hp.household_id = cc.household_id
  and lower(trim(hp.display_name)) = lower(trim(cc.owner_name));

select pg_notify('pgrst', 'reload schema');

-- 010_household_setup_and_data_controls.sql — Phase 10: first-time setup status for households.

alter table public.households
  add column if not exists setup_complete boolean not null default false,
  add column if not exists setup_completed_at timestamptz;

select pg_notify('pgrst', 'reload schema');

-- 011_recurring_paid_status.sql — Phase 11: recurring payments are tracked as monthly paid/unpaid bill instances.

alter table public.recurring_payment_instances
  add column if not exists paid_date date;

alter table public.recurring_payment_instances
  drop constraint if exists recurring_payment_instances_status_check;

alter table public.recurring_payment_instances
  add constraint recurring_payment_instances_status_check
  check (status in ('generated', 'paid', 'unpaid', 'skipped'));

-- 011_security_hardening.sql — Phase 11: security hardening for household roles and destructive finance actions.

-- Keep the older helper for backwards compatibility, but make the meaning stricter.
-- From this migration forward, shared finance data is editable only by owner/admin.
create or replace function public.can_edit_household(target_household_id uuid)
returns boolean
language sql
security definer
set search_path = public
as $$
  select exists (
    select 1
    from public.household_members hm
    where hm.household_id = target_household_id
      and hm.user_id = auth.uid()
      and hm.status = 'active'
      and hm.role in ('owner', 'admin')
  );
$$;

create or replace function public.can_manage_household(target_household_id uuid)
returns boolean
language sql
security definer
set search_path = public
as $$
  select exists (
    select 1
    from public.household_members hm
    where hm.household_id = target_household_id
      and hm.user_id = auth.uid()
      and hm.status = 'active'
      and hm.role in ('owner', 'admin')
  );
$$;

create or replace function public.can_manage_members(target_household_id uuid)
returns boolean
language sql
security definer
set search_path = public
as $$
  select exists (
    select 1
    from public.household_members hm
    where hm.household_id = target_household_id
      and hm.user_id = auth.uid()
      and hm.status = 'active'
      and hm.role in ('owner', 'admin')
  );
$$;

create or replace function public.can_manage_finance_data(target_household_id uuid)
returns boolean
language sql
security definer
set search_path = public
as $$
  select exists (
    select 1
    from public.household_members hm
    where hm.household_id = target_household_id
      and hm.user_id = auth.uid()
      and hm.status = 'active'
      and hm.role in ('owner', 'admin')
  );
$$;

create or replace function public.can_delete_household_finance_data(target_household_id uuid)
returns boolean
language sql
security definer
set search_path = public
as $$
  select exists (
    select 1
    from public.household_members hm
    where hm.household_id = target_household_id
      and hm.user_id = auth.uid()
      and hm.status = 'active'
      and hm.role = 'owner'
  );
$$;

revoke execute on function public.can_manage_household(uuid) from public;
revoke execute on function public.can_manage_members(uuid) from public;
revoke execute on function public.can_manage_finance_data(uuid) from public;
revoke execute on function public.can_delete_household_finance_data(uuid) from public;
grant execute on function public.can_manage_household(uuid) to authenticated;
grant execute on function public.can_manage_members(uuid) to authenticated;
grant execute on function public.can_manage_finance_data(uuid) to authenticated;
grant execute on function public.can_delete_household_finance_data(uuid) to authenticated;

-- Household members: only owner/admin can invite or edit membership.
drop policy if exists "Household members are insertable by admins" on public.household_members;
create policy "Household members are insertable by admins"
  on public.household_members for insert
  to authenticated
  with check (public.can_manage_members(household_id));

drop policy if exists "Household members are updatable by admins" on public.household_members;
create policy "Household members are updatable by admins"
  on public.household_members for update
  to authenticated
  using (public.can_manage_members(household_id))
  with check (public.can_manage_members(household_id));

drop policy if exists "Household members are deletable by admins" on public.household_members;
create policy "Household members are deletable by admins"
  on public.household_members for delete
  to authenticated
  using (public.can_manage_members(household_id));

-- Shared finance tables: owner/admin can write; member/viewer can read through the existing select policies.
drop policy if exists "Credit cards are editable by household members" on public.credit_cards;
create policy "Credit cards are editable by household admins"
  on public.credit_cards for all
  to authenticated
  using (public.can_manage_finance_data(household_id))
  with check (public.can_manage_finance_data(household_id));

drop policy if exists "Monthly balances are editable by household members" on public.monthly_card_balances;
create policy "Monthly balances are editable by household admins"
  on public.monthly_card_balances for all
  to authenticated
  using (public.can_manage_finance_data(household_id))
  with check (public.can_manage_finance_data(household_id));

drop policy if exists "Budget categories are editable by household members" on public.budget_categories;
create policy "Budget categories are editable by household admins"
  on public.budget_categories for all
  to authenticated
  using (public.can_manage_finance_data(household_id))
  with check (public.can_manage_finance_data(household_id));

drop policy if exists "Transactions are editable by household members" on public.transactions;
create policy "Transactions are editable by household admins"
  on public.transactions for all
  to authenticated
  using (public.can_manage_finance_data(household_id))
  with check (public.can_manage_finance_data(household_id));

drop policy if exists "Transaction splits are editable by household members" on public.transaction_splits;
create policy "Transaction splits are editable by household admins"
  on public.transaction_splits for all
  to authenticated
  using (public.can_manage_finance_data(household_id))
  with check (public.can_manage_finance_data(household_id));

drop policy if exists "Recurring payments are editable by household members" on public.recurring_payments;
create policy "Recurring payments are editable by household admins"
  on public.recurring_payments for all
  to authenticated
  using (public.can_manage_finance_data(household_id))
  with check (public.can_manage_finance_data(household_id));

drop policy if exists "Recurring payment instances are editable by household members" on public.recurring_payment_instances;
create policy "Recurring payment instances are editable by household admins"
  on public.recurring_payment_instances for all
  to authenticated
  using (public.can_manage_finance_data(household_id))
  with check (public.can_manage_finance_data(household_id));

drop policy if exists "Household profiles are editable by household members" on public.household_profiles;
create policy "Household profiles are editable by household admins"
  on public.household_profiles for all
  to authenticated
  using (public.can_manage_finance_data(household_id))
  with check (public.can_manage_finance_data(household_id));

select pg_notify('pgrst', 'reload schema');
