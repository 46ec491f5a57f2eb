-- User files in Supabase Storage, notifications (over Realtime), feedback, scheduled tasks.

-- The policies on storage.objects below lock a table Supabase Storage uses: wait 5 s at most.
set lock_timeout = '5s';

insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('user-files', 'user-files', false, 52428800,
        array['application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'text/markdown', 'application/json'])
on conflict (id) do nothing;

-- Objects live under <user id>/...: users see and manage only their own folder.
create policy "Users read their own files" on storage.objects
  for select to authenticated
  using (bucket_id = 'user-files' and (storage.foldername(name))[1] = (select auth.uid())::text);
create policy "Users upload into their own folder" on storage.objects
  for insert to authenticated
  with check (bucket_id = 'user-files' and (storage.foldername(name))[1] = (select auth.uid())::text);
create policy "Users replace their own files" on storage.objects
  for update to authenticated
  using (bucket_id = 'user-files' and owner_id = (select auth.uid())::text);
create policy "Users delete their own files" on storage.objects
  for delete to authenticated
  using (bucket_id = 'user-files' and owner_id = (select auth.uid())::text);

create table public.user_files (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  bucket_id text not null default 'user-files',
  object_path text not null,
  file_name text not null,
  mime_type text not null,
  size_bytes bigint not null check (size_bytes >= 0),
  checksum_sha256 text check (checksum_sha256 ~ '^[0-9a-f]{64}$'),
  processed boolean not null default false,
  uploaded_at timestamptz not null default now(),
  constraint user_files_object_key unique (bucket_id, object_path),
  constraint user_files_in_own_folder check (split_part(object_path, '/', 1) = user_id::text)
);
create index user_files_user_id_idx on public.user_files (user_id, uploaded_at desc);

create table public.notifications (
  id bigint generated always as identity primary key,
  user_id uuid not null references public.users (id) on delete cascade,
  kind text not null check (kind in ('system', 'billing', 'tool', 'memory', 'security')),
  title text not null,
  body text,
  link text,
  read_at timestamptz,
  created_at timestamptz not null default now()
);
create index notifications_unread_idx on public.notifications (user_id, created_at desc) where read_at is null;

create table public.user_feedback (
  id bigint generated always as identity primary key,
  user_id uuid not null references public.users (id) on delete cascade,
  session_id uuid references public.sessions (id) on delete set null,
  message_id bigint references public.session_messages (id) on delete set null,
  rating smallint not null check (rating between 1 and 5),
  comment text,
  tags text[] not null default '{}',
  created_at timestamptz not null default now()
);

create table public.scheduled_tasks (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.users (id) on delete cascade,
  name text not null,
  cron_expression text not null check (array_length(regexp_split_to_array(trim(cron_expression), '\s+'), 1) = 5),
  tool_name text not null references public.mcp_tools (name) on update cascade,
  arguments jsonb not null default '{}'::jsonb,
  is_enabled boolean not null default true,
  last_run_at timestamptz,
  next_run_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint scheduled_tasks_name_key unique (user_id, name)
);

create trigger scheduled_tasks_set_updated_at before update on public.scheduled_tasks
  for each row execute function public.set_updated_at();

alter table public.user_files enable row level security;
alter table public.notifications enable row level security;
alter table public.user_feedback enable row level security;
alter table public.scheduled_tasks enable row level security;

create policy "Users manage their own file records" on public.user_files
  for all to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "Users read their own notifications" on public.notifications
  for select to authenticated using ((select auth.uid()) = user_id);
create policy "Users mark their own notifications read" on public.notifications
  for update to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "Users give feedback as themselves" on public.user_feedback
  for insert to authenticated with check ((select auth.uid()) = user_id);
create policy "Users read their own feedback" on public.user_feedback
  for select to authenticated using ((select auth.uid()) = user_id);
create policy "Users manage their own scheduled tasks" on public.scheduled_tasks
  for all to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);

-- Clients get new notifications over Supabase Realtime.
alter publication supabase_realtime add table public.notifications;

-- Unread counts for the app's badge.
create view public.unread_notification_counts
with (security_invoker = true)
as
select user_id, count(*) as unread
from public.notifications
where read_at is null
group by user_id;

grant select on public.unread_notification_counts to authenticated;
revoke all on public.unread_notification_counts from anon;
