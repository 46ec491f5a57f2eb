-- The team's next migration (not from kudosats): a domain for amounts, a composite type
-- returned by an RPC, a generated column, a reporting view, realtime on rewards, default
-- privileges for the basejump schema.
create domain basejump.positive_amount as bigint check (value > 0);

create type basejump.wallet_summary as (wallet_id uuid, wallet_type basejump.wallet_type, balance bigint);

alter table basejump.reward_categories
  add column default_amount basejump.positive_amount,
  add column label text generated always as (upper(left(name, 1)) || substr(name, 2)) stored;

create view basejump.account_reward_totals as
  select r.account_id, r.reward_type, count(*) as rewards, sum(r.amount) as total
  from basejump.rewards r
  where r.status = 'completed'
  group by r.account_id, r.reward_type;
grant select on basejump.account_reward_totals to authenticated;

create or replace function public.get_wallet_summaries(account_id uuid)
  returns setof basejump.wallet_summary
  language sql stable security definer set search_path = ''
as $$
  select w.id, w.wallet_type, w.balance
  from basejump.wallets w
  where w.owner_type = 'account' and w.owner_id = get_wallet_summaries.account_id
    and basejump.has_role_on_account(get_wallet_summaries.account_id);
$$;
grant execute on function public.get_wallet_summaries(uuid) to authenticated;

alter default privileges in schema basejump grant select on tables to service_role;
alter default privileges in schema basejump revoke execute on functions from public;

alter publication supabase_realtime add table basejump.rewards;
