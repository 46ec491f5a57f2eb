-- Not upstream: a later migration (an enum value added, a partition added, the visibility used by a policy through a helper, a column the trigger function reads dropped).
alter type dataset_visibility add value 'team' before 'public';

create table plan_usages_2026_12 partition of plan_usages for values from ('2026-12-01') to ('2027-01-01');

create function public.dataset_is_public(p_name text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.datasets d where d.name = p_name and d.visibility = 'public');
$$;

drop policy "Users read their documents" on documents;
create policy "Users read their documents" on documents
  for select to authenticated using (user_id = (select auth.uid()) or public.dataset_is_public(dataset_id));

alter table datasets drop column owner;
