-- The team's next migration (not from the kit): membership roles become an enum, the role
-- helpers return it and are made again under the policies that call them, 'paused' leaves
-- the subscription status enum, an owners view made security_invoker with its own grants.
create type public.membership_role as enum ('member', 'admin', 'owner');
drop policy "Memberships can only be updated if the user's role who updates
  the role is greater" on memberships;
drop policy "Memberships can only be deleted if the user's role who updates
  the role is greater" on memberships;
drop function can_update_user_role(bigint, bigint);
drop function get_role_for_authenticated_user(bigint);
drop function get_role_for_user(bigint);
alter table memberships alter column role type public.membership_role
  using (case role when 2 then 'owner' when 1 then 'admin' else 'member' end)::public.membership_role;
alter table memberships alter column role set default 'member';
create function get_role_for_authenticated_user(org_id bigint) returns public.membership_role
  language sql stable as $$ select role from memberships where user_id = auth.uid() and organization_id = org_id $$;
create function get_role_for_user(membership_id bigint) returns public.membership_role
  language sql stable as $$ select role from memberships where id = membership_id $$;
create function can_update_user_role(organization_id bigint, membership_id bigint) returns bool
  language sql stable as $$ select get_role_for_authenticated_user(organization_id) > get_role_for_user(membership_id) $$;
create policy "Memberships can only be updated if the user's role who updates
  the role is greater" on memberships for update using (can_update_user_role(organization_id, id));
create policy "Memberships can only be deleted if the user's role who updates
  the role is greater" on memberships for delete using (can_update_user_role(organization_id, id));
alter type subscription_status rename to subscription_status_old;
create type subscription_status as enum ('active', 'trialing', 'past_due', 'canceled', 'unpaid', 'incomplete', 'incomplete_expired');
alter table subscriptions alter column status type subscription_status using status::text::subscription_status;
drop type subscription_status_old;
create index memberships_owner_idx on memberships (organization_id) where role = 'owner';
create view public.organization_owners with (security_invoker = true) as
  select m.organization_id, m.user_id from memberships m where m.role = 'owner'::public.membership_role;
revoke all on public.organization_owners from anon, authenticated;
grant select on public.organization_owners to authenticated;
