-- Changes CREATE OR REPLACE refuses, so a plan must drop and recreate what uses them:
-- has_role_on_account() loses its parameter default (some twenty policies and functions call
-- it), generate_token() under a column default gets a second parameter, get_accounts() returns
-- jsonb, a renamed input parameter, and a trigger function renamed under its triggers.
drop function basejump.has_role_on_account(uuid, basejump.account_role) cascade;
create function basejump.has_role_on_account(account_id uuid, account_role basejump.account_role)
    returns boolean
    language sql
    security definer
    set search_path = public
as
$$
select exists(
               select 1
               from basejump.account_user wu
               where wu.user_id = auth.uid()
                 and wu.account_id = has_role_on_account.account_id
                 and (wu.account_role = has_role_on_account.account_role
                      or has_role_on_account.account_role is null)
           );
$$;
grant execute on function basejump.has_role_on_account(uuid, basejump.account_role) to authenticated;

create policy "users can view their teammates" on basejump.account_user
    for select to authenticated
    using (basejump.has_role_on_account(account_id, null) = true);
create policy "Account users can be deleted by owners except primary account owner" on basejump.account_user
    for delete to authenticated
    using ((basejump.has_role_on_account(account_id, 'owner') = true)
           and user_id != (select primary_owner_user_id from basejump.accounts where account_id = accounts.id));
create policy "Accounts are viewable by members" on basejump.accounts
    for select to authenticated using (basejump.has_role_on_account(id, null) = true);
create policy "Accounts can be edited by owners" on basejump.accounts
    for update to authenticated using (basejump.has_role_on_account(id, 'owner') = true);
create policy "Invitations viewable by account owners" on basejump.invitations
    for select to authenticated
    using (created_at > (now() - interval '24 hours') and basejump.has_role_on_account(account_id, 'owner') = true);
create policy "Invitations can be created by account owners" on basejump.invitations
    for insert to authenticated
    with check (basejump.is_set('enable_team_accounts', true)
                and (select personal_account from basejump.accounts where id = account_id) = false
                and basejump.has_role_on_account(account_id, 'owner') = true);
create policy "Invitations can be deleted by account owners" on basejump.invitations
    for delete to authenticated using (basejump.has_role_on_account(account_id, 'owner') = true);
create policy "Can only view own billing customer data." on basejump.billing_customers
    for select using (basejump.has_role_on_account(account_id, null) = true);
create policy "Can only view own billing subscription data." on basejump.billing_subscriptions
    for select using (basejump.has_role_on_account(account_id, null) = true);
create policy "Users can view wallets for their accounts" on basejump.wallets
    for select to authenticated
    using ((owner_type = 'account' and basejump.has_role_on_account(owner_id, null) = true)
           or (owner_type = 'account_user' and owner_id in (select au.id from basejump.account_user au where au.user_id = auth.uid())));
create policy "Account owners can manage reward categories" on basejump.reward_categories
    for all to authenticated
    using (basejump.has_role_on_account(account_id, 'owner') = true)
    with check (basejump.has_role_on_account(account_id, 'owner') = true);
create policy "Users can view rewards for their accounts" on basejump.rewards
    for select to authenticated using (basejump.has_role_on_account(account_id, null) = true);

alter table basejump.invitations alter column token drop default;
drop function basejump.generate_token(int);
create function basejump.generate_token(length int, strip text default '/+\=')
    returns text
    language sql
as $$
select translate(substr(encode(decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'),
                               'base64'), 1, length), strip || E'\n\r', '');
$$;
grant execute on function basejump.generate_token(int, text) to authenticated;
alter table basejump.invitations alter column token set default basejump.generate_token(30);

drop function public.get_accounts();
create function public.get_accounts()
    returns jsonb
    language sql
as
$$
select coalesce(jsonb_agg(jsonb_build_object('account_id', wu.account_id, 'account_role', wu.account_role,
                                             'name', a.name, 'slug', a.slug)), '[]'::jsonb)
from basejump.account_user wu
         join basejump.accounts a on a.id = wu.account_id
where wu.user_id = auth.uid();
$$;
grant execute on function public.get_accounts() to authenticated;

drop function public.get_account_id(text);
create function public.get_account_id(account_slug text)
    returns uuid
    language sql
as
$$
select id from basejump.accounts where slug = account_slug;
$$;
grant execute on function public.get_account_id(text) to service_role;

alter function basejump.trigger_set_user_tracking() rename to trigger_track_users;
