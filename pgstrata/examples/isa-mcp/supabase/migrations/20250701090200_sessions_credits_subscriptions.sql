-- Conversation sessions, the credit ledger, subscriptions, API keys and the audit log.

create table public.sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  organization_id uuid references public.organizations (id) on delete set null,
  title text,
  status text not null default 'active' check (status in ('active', 'idle', 'closed', 'archived')),
  context jsonb not null default '{}'::jsonb,
  message_count integer not null default 0 check (message_count >= 0),
  total_tokens bigint not null default 0,
  last_activity_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index sessions_user_id_last_activity_idx on public.sessions (user_id, last_activity_at desc);
create index sessions_active_idx on public.sessions (user_id) where status = 'active';

create table public.session_messages (
  id bigint generated always as identity primary key,
  session_id uuid not null references public.sessions (id) on delete cascade,
  role text not null check (role in ('system', 'user', 'assistant', 'tool')),
  content text not null,
  tool_call jsonb,
  tokens_used integer not null default 0 check (tokens_used >= 0),
  created_at timestamptz not null default now()
);
create index session_messages_session_id_idx on public.session_messages (session_id, id);

create table public.user_credit_transactions (
  id bigint generated always as identity primary key,
  user_id uuid not null references public.users (id) on delete cascade,
  amount numeric(12, 2) not null check (amount <> 0),
  balance_after numeric(12, 2) not null check (balance_after >= 0),
  transaction_type text not null
    check (transaction_type in ('purchase', 'subscription_grant', 'usage', 'refund', 'adjustment', 'bonus')),
  reference_type text,
  reference_id text,
  description text,
  created_at timestamptz not null default now()
);
create index user_credit_transactions_user_id_idx on public.user_credit_transactions (user_id, created_at desc);

create table public.subscriptions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  plan_id text not null references public.subscription_plans (id),
  status text not null default 'active'
    check (status in ('trialing', 'active', 'past_due', 'canceled', 'expired')),
  provider text not null default 'stripe',
  provider_subscription_id text unique,
  current_period_start timestamptz not null,
  current_period_end timestamptz not null,
  cancel_at_period_end boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint subscriptions_period_check check (current_period_end > current_period_start)
);
create unique index subscriptions_one_live_per_user
  on public.subscriptions (user_id) where status in ('trialing', 'active', 'past_due');

create table public.api_keys (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  name text not null,
  key_prefix text not null,
  key_hash text not null unique,
  scopes text[] not null default array['mcp:read']::text[],
  last_used_at timestamptz,
  expires_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
create index api_keys_user_id_idx on public.api_keys (user_id);

create table public.audit_logs (
  id bigint generated always as identity primary key,
  actor_id uuid references public.users (id) on delete set null,
  action text not null,
  entity_type text not null,
  entity_id text,
  details jsonb not null default '{}'::jsonb,
  ip_address inet,
  created_at timestamptz not null default now()
);
create index audit_logs_entity_idx on public.audit_logs (entity_type, entity_id);
create index audit_logs_created_at_brin on public.audit_logs using brin (created_at);

create trigger sessions_set_updated_at before update on public.sessions
  for each row execute function public.set_updated_at();
create trigger subscriptions_set_updated_at before update on public.subscriptions
  for each row execute function public.set_updated_at();

-- Keep a session's counters current as messages arrive.
create or replace function public.bump_session_counters()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  update public.sessions
     set message_count = message_count + 1,
         total_tokens = total_tokens + new.tokens_used,
         last_activity_at = new.created_at
   where id = new.session_id;
  return new;
end;
$$;

create trigger session_messages_bump_counters after insert on public.session_messages
  for each row execute function public.bump_session_counters();

-- Record a credit movement and keep users.credits_remaining in step with the ledger.
create or replace function public.record_credit_transaction(
  p_user_id uuid,
  p_amount numeric,
  p_type text,
  p_description text default null,
  p_reference_type text default null,
  p_reference_id text default null
)
returns public.user_credit_transactions
language plpgsql
security definer
set search_path = ''
as $$
declare
  new_balance numeric(12, 2);
  result public.user_credit_transactions;
begin
  update public.users
     set credits_remaining = credits_remaining + p_amount
   where id = p_user_id
  returning credits_remaining into new_balance;
  if new_balance is null then
    raise exception 'unknown user %', p_user_id using errcode = 'foreign_key_violation';
  end if;
  insert into public.user_credit_transactions
    (user_id, amount, balance_after, transaction_type, description, reference_type, reference_id)
  values (p_user_id, p_amount, new_balance, p_type, p_description, p_reference_type, p_reference_id)
  returning * into result;
  return result;
end;
$$;
revoke execute on function public.record_credit_transaction(uuid, numeric, text, text, text, text)
  from anon, authenticated;

-- Create an API key: returns the plain key once; only its SHA-256 is stored.
create or replace function public.create_api_key(p_name text, p_scopes text[] default array['mcp:read'])
returns text
language plpgsql
security definer
set search_path = ''
as $$
declare
  plain text := 'isa_' || encode(extensions.gen_random_bytes(24), 'hex');
begin
  if (select auth.uid()) is null then
    raise exception 'not signed in' using errcode = 'insufficient_privilege';
  end if;
  insert into public.api_keys (user_id, name, key_prefix, key_hash, scopes)
  values ((select auth.uid()), p_name, left(plain, 12),
          encode(extensions.digest(plain, 'sha256'), 'hex'), p_scopes);
  return plain;
end;
$$;
revoke execute on function public.create_api_key(text, text[]) from anon;

alter table public.sessions enable row level security;
alter table public.session_messages enable row level security;
alter table public.user_credit_transactions enable row level security;
alter table public.subscriptions enable row level security;
alter table public.api_keys enable row level security;
alter table public.audit_logs enable row level security;

create policy "Users manage their own sessions" on public.sessions
  for all to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);

create policy "Users read messages of their sessions" on public.session_messages
  for select to authenticated
  using (exists (select 1 from public.sessions s where s.id = session_messages.session_id and s.user_id = (select auth.uid())));
create policy "Users write messages to their sessions" on public.session_messages
  for insert to authenticated
  with check (exists (select 1 from public.sessions s where s.id = session_messages.session_id and s.user_id = (select auth.uid())));

create policy "Users read their own credit ledger" on public.user_credit_transactions
  for select to authenticated using ((select auth.uid()) = user_id);

create policy "Users read their own subscriptions" on public.subscriptions
  for select to authenticated using ((select auth.uid()) = user_id);

create policy "Users read their own API keys" on public.api_keys
  for select to authenticated using ((select auth.uid()) = user_id);
create policy "Users revoke their own API keys" on public.api_keys
  for update to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);

-- The audit log is written by the service role only and never exposed to clients.
revoke all on public.audit_logs from anon, authenticated;
