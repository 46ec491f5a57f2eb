-- Not upstream: the next migration a team would write (user_id retyped to uuid under a view and a policy, usage partitioned by month, a halfvec expression index, a dataset visibility enum).
create policy "Users read their documents" on documents
  for select to authenticated using (user_id = (select auth.uid())::text);

drop view distinct_datasets;
drop policy "Users read their documents" on documents;
alter table documents alter column user_id type uuid using user_id::uuid;
create view distinct_datasets as
select dataset_id, user_id, count(*) as documents_count
from documents
group by dataset_id, user_id;
create policy "Users read their documents" on documents
  for select to authenticated using (user_id = (select auth.uid()));

create type dataset_visibility as enum ('private', 'public');
alter table datasets add column visibility dataset_visibility not null default 'private';

create index documents_embedding_half_idx on documents
  using hnsw ((embedding::halfvec(1536)) halfvec_cosine_ops);

drop view current_plan_period_usage;
drop table plan_usages;
create table plan_usages (
  id bigint generated always as identity,
  plan_id text not null,
  user_id uuid not null,
  usage integer not null,
  created_at timestamptz not null default current_timestamp,
  updated_at timestamptz default current_timestamp,
  primary key (id, created_at)
) partition by range (created_at);
create table plan_usages_2026_10 partition of plan_usages for values from ('2026-10-01') to ('2026-11-01');
create table plan_usages_2026_11 partition of plan_usages for values from ('2026-11-01') to ('2026-12-01');
create table plan_usages_default partition of plan_usages default;
create index on plan_usages (user_id, created_at);
alter table plan_usages enable row level security;
create policy "Users read their usage" on plan_usages
  for select to authenticated using (user_id = (select auth.uid()));

create view current_plan_period_usage as
select
  u.id as user_id,
  coalesce(s.price_id, 'free') as plan_id,
  date(coalesce(s.current_period_start, current_date)) as date,
  coalesce(sum(pu.usage), 0) as total_usage
from auth.users u
left join subscriptions s on u.id = s.user_id
left join plan_usages pu on u.id = pu.user_id
  and date(pu.created_at) = date(coalesce(s.current_period_start, current_date))
group by u.id, s.price_id, date(coalesce(s.current_period_start, current_date));
