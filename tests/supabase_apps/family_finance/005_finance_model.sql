-- 012_database_model_foundation.sql — Phase 12: database model foundation for better long-term finance tracking.
-- This migration is intentionally additive. Do not remove legacy tables yet because the current UI still depends on them.

-- 1) Stable category identity separate from monthly budget amounts.
create table if not exists public.categories (
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references public.households(id) on delete cascade,
  name text not null,
  type text not null default 'expense' check (type in ('expense', 'income', 'transfer', 'adjustment')),
  is_active boolean not null default true,
  imported_local_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint categories_name_not_blank check (length(trim(name)) > 0)
);

create index if not exists categories_household_id_idx
  on public.categories (household_id);

create unique index if not exists categories_household_name_type_unique
  on public.categories (household_id, lower(trim(name)), type);

create unique index if not exists categories_household_imported_local_id_unique
  on public.categories (household_id, imported_local_id)
  where imported_local_id is not null;

create table if not exists public.monthly_category_budgets (
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references public.households(id) on delete cascade,
  category_id uuid not null references public.categories(id) on delete cascade,
  month_key text not null check (month_key ~ '^[0-9]{4}-[0-9]{2}$'),
  budgeted_amount numeric(12, 2) not null default 0 check (budgeted_amount >= 0),
  notes text not null default '',
  imported_local_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (category_id, month_key)
);

create index if not exists monthly_category_budgets_household_month_idx
  on public.monthly_category_budgets (household_id, month_key);

create unique index if not exists monthly_category_budgets_household_imported_local_id_unique
  on public.monthly_category_budgets (household_id, imported_local_id)
  where imported_local_id is not null;

-- 2) Transaction type support. Amount remains positive. Direction/meaning comes from transaction_type.
alter table public.transactions
  add column if not exists transaction_type text not null default 'expense';

alter table public.transactions
  drop constraint if exists transactions_transaction_type_check;

alter table public.transactions
  add constraint transactions_transaction_type_check
  check (transaction_type in ('expense', 'refund', 'income', 'payment', 'transfer', 'adjustment'));

create index if not exists transactions_household_type_date_idx
  on public.transactions (household_id, transaction_type, transaction_date desc);

-- 3) Credit-card statement cycle model.
create table if not exists public.card_statements (
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references public.households(id) on delete cascade,
  credit_card_id uuid not null references public.credit_cards(id) on delete cascade,
  month_key text not null check (month_key ~ '^[0-9]{4}-[0-9]{2}$'),
  statement_period_start date,
  statement_period_end date,
  statement_close_date date,
  payment_due_date date,
  statement_balance numeric(12, 2) not null default 0 check (statement_balance >= 0),
  minimum_payment numeric(12, 2) not null default 0 check (minimum_payment >= 0),
  paid_amount numeric(12, 2) not null default 0 check (paid_amount >= 0),
  paid_date date,
  autopay_enabled boolean not null default false,
  autopay_date date,
  confirmation_number text not null default '',
  status text not null default 'unpaid' check (status in ('unpaid', 'partial', 'paid', 'overpaid', 'late', 'skipped')),
  imported_local_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (credit_card_id, month_key),
  constraint card_statements_period_order check (
    statement_period_start is null
    or statement_period_end is null
    or statement_period_start <= statement_period_end
  )
);

create index if not exists card_statements_household_month_idx
  on public.card_statements (household_id, month_key);

create index if not exists card_statements_household_due_idx
  on public.card_statements (household_id, payment_due_date);

create unique index if not exists card_statements_household_imported_local_id_unique
  on public.card_statements (household_id, imported_local_id)
  where imported_local_id is not null;

-- 4) Activity log foundation. This is a manual/helper-backed audit trail for app and function actions.
create table if not exists public.activity_log (
  id uuid primary key default gen_random_uuid(),
  household_id uuid not null references public.households(id) on delete cascade,
  user_id uuid references auth.users(id) on delete set null,
  action text not null check (action in ('create', 'update', 'delete', 'restore', 'import', 'export', 'mark_paid', 'mark_unpaid', 'skip', 'reset')),
  entity_type text not null,
  entity_id uuid,
  old_value jsonb,
  new_value jsonb,
  created_at timestamptz not null default now(),
  constraint activity_log_entity_type_not_blank check (length(trim(entity_type)) > 0)
);

create index if not exists activity_log_household_created_idx
  on public.activity_log (household_id, created_at desc);

create index if not exists activity_log_entity_idx
  on public.activity_log (entity_type, entity_id);

create or replace function public.log_activity(
  target_household_id uuid,
  action_name text,
  entity_type_name text,
  target_entity_id uuid default null,
  old_record jsonb default null,
  new_record jsonb default null
)
returns uuid
language plpgsql
security definer
set search_path = public
as $$
declare
  new_log_id uuid;
begin
  if target_household_id is null then
    raise exception 'target_household_id is required.';
  end if;

  if auth.uid() is null then
    raise exception 'Must be signed in to log activity.';
  end if;

  if not public.is_household_member(target_household_id) then
    raise exception 'Must be an active household member to log activity.';
  end if;

  insert into public.activity_log (
    household_id,
    user_id,
    action,
    entity_type,
    entity_id,
    old_value,
    new_value
  )
  values (
    target_household_id,
    auth.uid(),
    action_name,
    entity_type_name,
    target_entity_id,
    old_record,
    new_record
  )
  returning id into new_log_id;

  return new_log_id;
end;
$$;

revoke execute on function public.log_activity(uuid, text, text, uuid, jsonb, jsonb) from public;
revoke execute on function public.log_activity(uuid, text, text, uuid, jsonb, jsonb) from anon;
grant execute on function public.log_activity(uuid, text, text, uuid, jsonb, jsonb) to authenticated;

-- 5) Household reference validation for the new tables.
create or replace function public.validate_finance_model_household_references()
returns trigger
language plpgsql
as $$
begin
  if tg_table_name = 'monthly_category_budgets' then
    if not exists (
      select 1 from public.categories c
      where c.id = new.category_id
        and c.household_id = new.household_id
    ) then
      raise exception 'monthly_category_budgets.category_id must belong to the same household.';
    end if;
  end if;

  if tg_table_name = 'card_statements' then
    if not exists (
      select 1 from public.credit_cards cc
      where cc.id = new.credit_card_id
        and cc.household_id = new.household_id
    ) then
      raise exception 'card_statements.credit_card_id must belong to the same household.';
    end if;
  end if;

  return new;
end;
$$;

drop trigger if exists validate_monthly_category_budgets_household_references on public.monthly_category_budgets;
create trigger validate_monthly_category_budgets_household_references
  before insert or update on public.monthly_category_budgets
  for each row execute function public.validate_finance_model_household_references();

drop trigger if exists validate_card_statements_household_references on public.card_statements;
create trigger validate_card_statements_household_references
  before insert or update on public.card_statements
  for each row execute function public.validate_finance_model_household_references();

-- 6) updated_at triggers.
drop trigger if exists set_categories_updated_at on public.categories;
create trigger set_categories_updated_at
  before update on public.categories
  for each row execute function public.set_updated_at();

drop trigger if exists set_monthly_category_budgets_updated_at on public.monthly_category_budgets;
create trigger set_monthly_category_budgets_updated_at
  before update on public.monthly_category_budgets
  for each row execute function public.set_updated_at();

drop trigger if exists set_card_statements_updated_at on public.card_statements;
create trigger set_card_statements_updated_at
  before update on public.card_statements
  for each row execute function public.set_updated_at();

-- 7) RLS policies for new tables.
alter table public.categories enable row level security;
alter table public.monthly_category_budgets enable row level security;
alter table public.card_statements enable row level security;
alter table public.activity_log enable row level security;

drop policy if exists "Categories are visible to household members" on public.categories;
create policy "Categories are visible to household members"
  on public.categories for select
  to authenticated
  using (public.is_household_member(household_id));

drop policy if exists "Categories are editable by household admins" on public.categories;
create policy "Categories are editable by household admins"
  on public.categories for all
  to authenticated
  using (public.can_manage_finance_data(household_id))
  with check (public.can_manage_finance_data(household_id));

drop policy if exists "Monthly category budgets are visible to household members" on public.monthly_category_budgets;
create policy "Monthly category budgets are visible to household members"
  on public.monthly_category_budgets for select
  to authenticated
  using (public.is_household_member(household_id));

drop policy if exists "Monthly category budgets are editable by household admins" on public.monthly_category_budgets;
create policy "Monthly category budgets are editable by household admins"
  on public.monthly_category_budgets for all
  to authenticated
  using (public.can_manage_finance_data(household_id))
  with check (public.can_manage_finance_data(household_id));

drop policy if exists "Card statements are visible to household members" on public.card_statements;
create policy "Card statements are visible to household members"
  on public.card_statements for select
  to authenticated
  using (public.is_household_member(household_id));

drop policy if exists "Card statements are editable by household admins" on public.card_statements;
create policy "Card statements are editable by household admins"
  on public.card_statements for all
  to authenticated
  using (public.can_manage_finance_data(household_id))
  with check (public.can_manage_finance_data(household_id));

drop policy if exists "Activity log is visible to household members" on public.activity_log;
create policy "Activity log is visible to household members"
  on public.activity_log for select
  to authenticated
  using (public.is_household_member(household_id));

drop policy if exists "Activity log is insertable by household members" on public.activity_log;
create policy "Activity log is insertable by household members"
  on public.activity_log for insert
  to authenticated
  with check (public.is_household_member(household_id) and user_id = auth.uid());

-- No update/delete policy for activity_log. Audit records should be append-only from the client side.

select pg_notify('pgrst', 'reload schema');

-- 013_budget_category_model_sync_triggers.sql — Phase 13: keep the new category model synced when legacy budget_categories rows change.

create or replace function public.find_or_create_expense_category(
  target_household_id uuid,
  category_name text
)
returns uuid
language plpgsql
security definer
set search_path = public
as $$
declare
  clean_name text;
  category_id uuid;
begin
  clean_name := trim(coalesce(category_name, ''));

  if target_household_id is null then
    raise exception 'target_household_id is required.';
  end if;

  if clean_name = '' then
    raise exception 'category_name is required.';
  end if;

  select c.id
    into category_id
  from public.categories c
  where c.household_id = target_household_id
    and c.type = 'expense'
    and lower(trim(c.name)) = lower(clean_name)
  order by c.created_at asc
  limit 1;

  if category_id is not null then
    update public.categories
       set is_active = true,
           name = clean_name
     where id = category_id;

    return category_id;
  end if;

  insert into public.categories (
    household_id,
    name,
    type,
    is_active
  )
  values (
    target_household_id,
    clean_name,
    'expense',
    true
  )
  returning id into category_id;

  return category_id;
end;
$$;

revoke execute on function public.find_or_create_expense_category(uuid, text) from public;
revoke execute on function public.find_or_create_expense_category(uuid, text) from anon;
grant execute on function public.find_or_create_expense_category(uuid, text) to authenticated;

create or replace function public.sync_budget_category_to_category_model()
returns trigger
language plpgsql
security definer
set search_path = public
as $$
declare
  synced_category_id uuid;
  old_category_id uuid;
begin
  if tg_op = 'DELETE' then
    select c.id
      into old_category_id
    from public.categories c
    where c.household_id = old.household_id
      and c.type = 'expense'
      and lower(trim(c.name)) = lower(trim(old.name))
    order by c.created_at asc
    limit 1;

    if old_category_id is not null then
      delete from public.monthly_category_budgets mcb
      where mcb.household_id = old.household_id
        and mcb.category_id = old_category_id
        and mcb.month_key = old.month_key;
    end if;

    return old;
  end if;

  if tg_op = 'UPDATE' then
    if old.household_id is distinct from new.household_id
      or old.month_key is distinct from new.month_key
      or lower(trim(old.name)) is distinct from lower(trim(new.name))
    then
      select c.id
        into old_category_id
      from public.categories c
      where c.household_id = old.household_id
        and c.type = 'expense'
        and lower(trim(c.name)) = lower(trim(old.name))
      order by c.created_at asc
      limit 1;

      if old_category_id is not null then
        delete from public.monthly_category_budgets mcb
        where mcb.household_id = old.household_id
          and mcb.category_id = old_category_id
          and mcb.month_key = old.month_key;
      end if;
    end if;
  end if;

  synced_category_id := public.find_or_create_expense_category(new.household_id, new.name);

  insert into public.monthly_category_budgets (
    household_id,
    category_id,
    month_key,
    budgeted_amount,
    notes,
    imported_local_id,
    created_at,
    updated_at
  )
  values (
    new.household_id,
    synced_category_id,
    new.month_key,
    coalesce(new.monthly_amount, 0),
    coalesce(new.notes, ''),
    new.imported_local_id,
    new.created_at,
    new.updated_at
  )
  on conflict (category_id, month_key)
  do update set
    budgeted_amount = excluded.budgeted_amount,
    notes = excluded.notes,
    imported_local_id = coalesce(excluded.imported_local_id, public.monthly_category_budgets.imported_local_id),
    updated_at = now();

  return new;
end;
$$;

-- Trigger after writes so imported/restored legacy budget rows automatically hydrate the new model.
drop trigger if exists sync_budget_category_to_category_model_on_insert_update on public.budget_categories;
create trigger sync_budget_category_to_category_model_on_insert_update
  after insert or update on public.budget_categories
  for each row execute function public.sync_budget_category_to_category_model();

drop trigger if exists sync_budget_category_to_category_model_on_delete on public.budget_categories;
create trigger sync_budget_category_to_category_model_on_delete
  after delete on public.budget_categories
  for each row execute function public.sync_budget_category_to_category_model();

select pg_notify('pgrst', 'reload schema');

-- 014_card_statement_balance_sync_triggers.sql — Phase 14: keep card_statements synced from legacy monthly_card_balances.

create or replace function public.get_safe_statement_date(
  target_year integer,
  target_month integer,
  target_day integer
)
returns date
language sql
immutable
as $$
  select make_date(
    target_year,
    target_month,
    least(
      greatest(coalesce(target_day, 1), 1),
      extract(day from (date_trunc('month', make_date(target_year, target_month, 1)) + interval '1 month - 1 day'))::integer
    )
  );
$$;

create or replace function public.sync_monthly_balance_to_card_statement()
returns trigger
language plpgsql
security definer
set search_path = public
as $$
declare
  target_year integer;
  target_month integer;
  next_year integer;
  next_month integer;
  card_record record;
  close_date date;
  due_date date;
begin
  if tg_op = 'DELETE' then
    delete from public.card_statements cs
    where cs.household_id = old.household_id
      and cs.credit_card_id = old.credit_card_id
      and cs.month_key = old.month_key;

    return old;
  end if;

  select cc.statement_closing_day, cc.due_day
    into card_record
  from public.credit_cards cc
  where cc.id = new.credit_card_id
    and cc.household_id = new.household_id;

  if not found then
    raise exception 'monthly_card_balances.credit_card_id must belong to the same household.';
  end if;

  target_year := substring(new.month_key from 1 for 4)::integer;
  target_month := substring(new.month_key from 6 for 2)::integer;

  if target_month = 12 then
    next_year := target_year + 1;
    next_month := 1;
  else
    next_year := target_year;
    next_month := target_month + 1;
  end if;

  close_date := public.get_safe_statement_date(target_year, target_month, card_record.statement_closing_day);
  due_date := public.get_safe_statement_date(next_year, next_month, card_record.due_day);

  insert into public.card_statements (
    household_id,
    credit_card_id,
    month_key,
    statement_close_date,
    payment_due_date,
    statement_balance,
    paid_amount,
    paid_date,
    status,
    imported_local_id,
    created_at,
    updated_at
  )
  values (
    new.household_id,
    new.credit_card_id,
    new.month_key,
    close_date,
    due_date,
    coalesce(new.balance, 0),
    case when new.paid then coalesce(new.balance, 0) else 0 end,
    case when new.paid then current_date else null end,
    case when new.paid or coalesce(new.balance, 0) = 0 then 'paid' else 'unpaid' end,
    new.id::text,
    new.created_at,
    new.updated_at
  )
  on conflict (credit_card_id, month_key)
  do update set
    statement_close_date = excluded.statement_close_date,
    payment_due_date = excluded.payment_due_date,
    statement_balance = excluded.statement_balance,
    paid_amount = excluded.paid_amount,
    paid_date = case
      when excluded.status = 'paid' and public.card_statements.paid_date is null then current_date
      when excluded.status <> 'paid' then null
      else public.card_statements.paid_date
    end,
    status = excluded.status,
    imported_local_id = coalesce(public.card_statements.imported_local_id, excluded.imported_local_id),
    updated_at = now();

  return new;
end;
$$;

drop trigger if exists sync_monthly_balance_to_card_statement_on_insert_update on public.monthly_card_balances;
create trigger sync_monthly_balance_to_card_statement_on_insert_update
  after insert or update on public.monthly_card_balances
  for each row execute function public.sync_monthly_balance_to_card_statement();

drop trigger if exists sync_monthly_balance_to_card_statement_on_delete on public.monthly_card_balances;
create trigger sync_monthly_balance_to_card_statement_on_delete
  after delete on public.monthly_card_balances
  for each row execute function public.sync_monthly_balance_to_card_statement();

select pg_notify('pgrst', 'reload schema');
