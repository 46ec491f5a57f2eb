-- Multi-tenant SaaS (basejump-style): a private schema of security definer helpers, accounts and memberships, timestamps triggers, policies calling helpers.
create extension if not exists citext with schema extensions;
create extension if not exists btree_gist with schema extensions;
create extension if not exists pg_trgm with schema extensions;

create schema if not exists basejump;
grant usage on schema basejump to authenticated, service_role;
create schema private;
revoke all on schema private from public;
grant usage on schema private to service_role;

create type basejump.account_role as enum ('owner', 'member');
create type basejump.invitation_type as enum ('one_time', '24_hour');

create table basejump.config (
  enable_team_accounts boolean default true,
  enable_personal_account_billing boolean default true,
  billing_provider text default 'stripe'
);
insert into basejump.config (enable_team_accounts) values (true);
grant select on basejump.config to authenticated, service_role;
alter table basejump.config enable row level security;
create policy "Basejump settings can be read by authenticated users" on basejump.config for select to authenticated using (true);

create or replace function basejump.trigger_set_timestamps() returns trigger as $$
begin
  if TG_OP = 'INSERT' then
    new.created_at = now(); new.updated_at = now();
  else
    new.updated_at = now(); new.created_at = old.created_at;
  end if;
  return new;
end
$$ language plpgsql;

create or replace function basejump.trigger_set_user_tracking() returns trigger as $$
begin
  if TG_OP = 'INSERT' then new.created_by = auth.uid(); new.updated_by = auth.uid();
  else new.updated_by = auth.uid(); new.created_by = old.created_by; end if;
  return new;
end
$$ language plpgsql;

create table basejump.accounts (
  id uuid unique not null default gen_random_uuid(),
  primary_owner_user_id uuid references auth.users not null default auth.uid(),
  name text,
  slug text unique,
  personal_account boolean default false not null,
  updated_at timestamp with time zone,
  created_at timestamp with time zone,
  created_by uuid references auth.users,
  updated_by uuid references auth.users,
  private_metadata jsonb default '{}'::jsonb,
  public_metadata jsonb default '{}'::jsonb,
  primary key (id),
  constraint basejump_accounts_slug_null_if_personal_account_true check (
    (personal_account = true and slug is null) or (personal_account = false and slug is not null))
);
grant select, insert, update, delete on table basejump.accounts to authenticated, service_role;
create trigger basejump_set_accounts_timestamp before insert or update on basejump.accounts
  for each row execute procedure basejump.trigger_set_timestamps();
create trigger basejump_set_accounts_user_tracking before insert or update on basejump.accounts
  for each row execute procedure basejump.trigger_set_user_tracking();

create table basejump.account_user (
  user_id uuid references auth.users on delete cascade not null,
  account_id uuid references basejump.accounts on delete cascade not null,
  account_role basejump.account_role not null,
  constraint account_user_pkey primary key (user_id, account_id)
);
grant select, insert, update, delete on table basejump.account_user to authenticated, service_role;

create or replace function basejump.get_accounts_with_role(passed_in_role basejump.account_role default null)
  returns setof uuid language sql security definer set search_path = public as $$
  select account_id from basejump.account_user wu
  where wu.user_id = auth.uid() and (wu.account_role = passed_in_role or passed_in_role is null);
$$;
grant execute on function basejump.get_accounts_with_role(basejump.account_role) to authenticated;

create or replace function basejump.has_role_on_account(account_id uuid, account_role basejump.account_role default null)
  returns boolean language sql security definer set search_path = public as $$
  select exists(select 1 from basejump.account_user wu where wu.user_id = auth.uid()
    and wu.account_id = has_role_on_account.account_id
    and (wu.account_role = has_role_on_account.account_role or has_role_on_account.account_role is null));
$$;
grant execute on function basejump.has_role_on_account(uuid, basejump.account_role) to authenticated, anon, public, service_role;

alter table basejump.accounts enable row level security;
alter table basejump.account_user enable row level security;
create policy "users can view their own account_users" on basejump.account_user for select to authenticated using (user_id = auth.uid());
create policy "users can view their teammates" on basejump.account_user for select to authenticated using (basejump.has_role_on_account(account_id) = true);
create policy "Account users can be deleted by owners except primary account owner" on basejump.account_user for delete to authenticated
  using ((basejump.has_role_on_account(account_id, 'owner') = true)
    and user_id != (select primary_owner_user_id from basejump.accounts where account_id = accounts.id));
create policy "Accounts are viewable by members" on basejump.accounts for select to authenticated using (basejump.has_role_on_account(id) = true);
create policy "Accounts can be edited by owners" on basejump.accounts for update to authenticated using (basejump.has_role_on_account(id, 'owner') = true);

create or replace function basejump.run_new_user_setup() returns trigger language plpgsql security definer set search_path = public as $$
declare first_account_id uuid; generated_user_name text;
begin
  if new.email is not null then generated_user_name := split_part(new.email, '@', 1); end if;
  insert into basejump.accounts (name, primary_owner_user_id, personal_account, id)
  values (generated_user_name, NEW.id, true, NEW.id) returning id into first_account_id;
  insert into basejump.account_user (account_id, user_id, account_role) values (first_account_id, NEW.id, 'owner');
  return NEW;
end;
$$;
create trigger on_auth_user_created_basejump after insert on auth.users for each row execute procedure basejump.run_new_user_setup();
create trigger on_auth_user_email_change after update of email on auth.users for each row
  when (old.email is distinct from new.email) execute procedure basejump.run_new_user_setup();
