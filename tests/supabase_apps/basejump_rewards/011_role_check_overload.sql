-- has_role_on_account gains an overload with a defaulted parameter beside the one every
-- policy calls (a CREATE OR REPLACE that made a second function): a fresh project must get
-- the policies before the overload, or their calls are ambiguous.
create function basejump.has_role_on_account(account_id uuid, account_role basejump.account_role,
                                             include_personal boolean default true)
    returns boolean
    language sql
    stable
    security definer
    set search_path = ''
as
$$
select exists(
               select 1
               from basejump.account_user wu
                        join basejump.accounts a on a.id = wu.account_id
               where wu.user_id = auth.uid()
                 and wu.account_id = has_role_on_account.account_id
                 and (wu.account_role = has_role_on_account.account_role or has_role_on_account.account_role is null)
                 and (include_personal or not a.personal_account)
           );
$$;
grant execute on function basejump.has_role_on_account(uuid, basejump.account_role, boolean) to authenticated;
