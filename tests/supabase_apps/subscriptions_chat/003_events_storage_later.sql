-- Later migrations: a range-partitioned events table, a security_invoker view, storage policies, an enum value, a renamed column, default privileges.
create table public.events (
  id bigint generated always as identity,
  occurred_at timestamptz not null,
  kind text not null,
  payload jsonb,
  primary key (id, occurred_at)
) partition by range (occurred_at);
create table public.events_2024 partition of public.events for values from ('2024-01-01') to ('2025-01-01');
create table public.events_2025 partition of public.events for values from ('2025-01-01') to ('2026-01-01');
create table public.events_default partition of public.events default;
create index on public.events (kind, occurred_at);

create view public.channel_stats with (security_invoker = true) as
  select c.id, c.slug, count(m.id) as message_count, max(m.inserted_at) as last_message_at
  from channels c left join messages m on m.channel_id = c.id group by c.id;

insert into storage.buckets (id, name) values ('avatars', 'avatars');
create policy "Avatar images are publicly accessible." on storage.objects for select using ( bucket_id = 'avatars' );
create policy "Anyone can upload an avatar." on storage.objects for insert with check ( bucket_id = 'avatars' );
create policy "Users update own avatar" on storage.objects for update to authenticated using ((select auth.uid()) = owner) with check (bucket_id = 'avatars');

alter type subscription_status add value 'paused';
alter table public.users rename column username to handle;
alter table public.users add constraint handle_length check (char_length(handle) >= 3);
alter table products add column created_at timestamptz default now();
create unique index users_handle_key on public.users (lower(handle)) where handle is not null;
grant select on public.channel_stats to authenticated;
alter default privileges in schema public grant select on tables to authenticated;
create table later_table (id int primary key, note text);
