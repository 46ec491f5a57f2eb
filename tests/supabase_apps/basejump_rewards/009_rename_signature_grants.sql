-- Changes a team makes later: a column renamed under function bodies, is_set() gets a second
-- parameter (policies and functions use it), a revoked grant, default privileges changed, the
-- view made security_invoker, the domain's CHECK tightened.
alter table basejump.rewards rename column note to message;

create or replace function public.get_employee_reward_history(account_user_id uuid)
returns json
language plpgsql
security definer
set search_path = public, basejump
as $$
begin
    return (
        select coalesce(json_agg(json_build_object('reward_id', r.id, 'amount', r.amount,
                                                   'message', r.message, 'status', r.status)), '[]'::json)
        from basejump.rewards r
        join basejump.wallets w on w.id = r.recipient_wallet_id
        where w.owner_type = 'account_user' and w.owner_id = get_employee_reward_history.account_user_id
          and basejump.has_role_on_account((select au.account_id from basejump.account_user au
                                            where au.id = get_employee_reward_history.account_user_id))
    );
end;
$$;

drop policy "Team accounts can be created by any user" on basejump.accounts;
drop policy "Invitations can be created by account owners" on basejump.invitations;
drop function basejump.is_set(text);
create function basejump.is_set(field_name text, fallback boolean default false)
    returns boolean
    language plpgsql
    stable
as $$
declare
    result boolean;
begin
    execute format('select %I from basejump.config limit 1', field_name) into result;
    return coalesce(result, fallback);
end;
$$;
grant execute on function basejump.is_set(text, boolean) to authenticated;

create policy "Team accounts can be created by any user" on basejump.accounts
    for insert to authenticated
    with check (basejump.is_set('enable_team_accounts') = true and personal_account = false);
create policy "Invitations can be created by account owners" on basejump.invitations
    for insert to authenticated
    with check (basejump.is_set('enable_team_accounts', true)
                and (select personal_account from basejump.accounts where id = account_id) = false
                and basejump.has_role_on_account(account_id, 'owner') = true);

revoke execute on function public.get_account_id(text) from authenticated;
revoke select on basejump.billing_customers from authenticated;

alter default privileges in schema basejump revoke select on tables from service_role;
alter default privileges in schema basejump grant select, insert, update, delete on tables to service_role;

alter view basejump.account_reward_totals set (security_invoker = true);

alter domain basejump.positive_amount drop constraint positive_amount_check;
alter domain basejump.positive_amount add constraint positive_amount_check check (value > 0 and value <= 100000000);
