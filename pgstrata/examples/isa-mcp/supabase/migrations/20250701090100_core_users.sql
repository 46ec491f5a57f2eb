-- Core user management: profiles, settings, plans, organizations.

-- The trigger on auth.users below locks a table Supabase Auth uses: wait 5 s at most.
set lock_timeout = '5s';

create table public.subscription_plans (
  id text primary key,
  name text not null,
  price_cents integer not null default 0 check (price_cents >= 0),
  credits_per_month integer not null default 0 check (credits_per_month >= 0),
  features jsonb not null default '{}'::jsonb,
  is_public boolean not null default true,
  created_at timestamptz not null default now()
);

-- Reference data every environment needs: new users start on the free plan.
insert into public.subscription_plans (id, name, price_cents, credits_per_month, features) values
  ('free', 'Free', 0, 100, '{"max_sessions": 5, "memory": "basic"}'),
  ('pro', 'Pro', 2000, 5000, '{"max_sessions": 100, "memory": "full", "priority_queue": true}'),
  ('team', 'Team', 8000, 25000, '{"max_sessions": null, "memory": "full", "organizations": true}');

create table public.users (
  id uuid primary key references auth.users (id) on delete cascade,
  email text not null,
  full_name text,
  avatar_url text,
  plan_id text not null default 'free' references public.subscription_plans (id),
  credits_remaining numeric(12, 2) not null default 0 check (credits_remaining >= 0),
  is_active boolean not null default true,
  last_seen_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint users_email_format check (email ~* '^[^@\s]+@[^@\s]+$')
);
create unique index users_email_key on public.users (lower(email));
create index users_plan_id_idx on public.users (plan_id);

create table public.user_settings (
  user_id uuid primary key references public.users (id) on delete cascade,
  theme text not null default 'system' check (theme in ('light', 'dark', 'system')),
  language text not null default 'en',
  timezone text not null default 'UTC',
  notifications jsonb not null default '{"email": true, "in_app": true}'::jsonb,
  updated_at timestamptz not null default now()
);

create table public.organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  owner_id uuid not null references public.users (id) on delete restrict,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table public.organization_members (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  user_id uuid not null references public.users (id) on delete cascade,
  role text not null default 'member' check (role in ('owner', 'admin', 'member', 'viewer')),
  joined_at timestamptz not null default now(),
  primary key (organization_id, user_id)
);
create index organization_members_user_id_idx on public.organization_members (user_id);

create trigger users_set_updated_at before update on public.users
  for each row execute function public.set_updated_at();
create trigger user_settings_set_updated_at before update on public.user_settings
  for each row execute function public.set_updated_at();
create trigger organizations_set_updated_at before update on public.organizations
  for each row execute function public.set_updated_at();

-- A profile (and its settings) for every account Supabase Auth creates.
create or replace function public.handle_new_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.users (id, email, full_name, avatar_url)
  values (
    new.id,
    new.email,
    new.raw_user_meta_data ->> 'full_name',
    new.raw_user_meta_data ->> 'avatar_url'
  );
  insert into public.user_settings (user_id) values (new.id);
  return new;
end;
$$;
revoke execute on function public.handle_new_user() from anon, authenticated;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute function public.handle_new_user();

-- Is the current user a member of that organization (with at least that role)?
create or replace function public.is_org_member(org_id uuid, min_role text default 'viewer')
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1
    from public.organization_members m
    where m.organization_id = org_id
      and m.user_id = (select auth.uid())
      and array_position(array['viewer', 'member', 'admin', 'owner'], m.role)
          >= array_position(array['viewer', 'member', 'admin', 'owner'], min_role)
  );
$$;

alter table public.subscription_plans enable row level security;
alter table public.users enable row level security;
alter table public.user_settings enable row level security;
alter table public.organizations enable row level security;
alter table public.organization_members enable row level security;

create policy "Plans are readable by everyone" on public.subscription_plans
  for select to anon, authenticated using (is_public);

create policy "Users read their own profile" on public.users
  for select to authenticated using ((select auth.uid()) = id);
create policy "Users update their own profile" on public.users
  for update to authenticated using ((select auth.uid()) = id) with check ((select auth.uid()) = id);

create policy "Users manage their own settings" on public.user_settings
  for all to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);

create policy "Members read their organizations" on public.organizations
  for select to authenticated using (public.is_org_member(id));
create policy "Users create organizations they own" on public.organizations
  for insert to authenticated with check ((select auth.uid()) = owner_id);
create policy "Admins update their organizations" on public.organizations
  for update to authenticated using (public.is_org_member(id, 'admin'));

create policy "Members see fellow members" on public.organization_members
  for select to authenticated using (public.is_org_member(organization_id));
create policy "Admins manage members" on public.organization_members
  for all to authenticated using (public.is_org_member(organization_id, 'admin'))
  with check (public.is_org_member(organization_id, 'admin'));
