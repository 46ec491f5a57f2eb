-- The app on top: bookings with an exclusion constraint, a citext domain, an order-number sequence, a materialized view for reports, composite return types, overloads.
create domain public.email_address as extensions.citext check (value ~ '^[^@\s]+@[^@\s]+$');
create type public.booking_status as enum ('pending', 'confirmed', 'cancelled', 'no show');
create type public.money_total as (currency char(3), amount numeric(12,2));
create sequence public.order_number_seq start 1000 increment 1;

create table public.rooms (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references basejump.accounts(id) on delete cascade,
  name varchar(50) not null,
  capacity smallint not null default 4 check (capacity > 0),
  tags text[] not null default '{}',
  amenities jsonb not null default '[]'::jsonb,
  created_at timestamptz not null default now(),
  unique (account_id, name)
);
create table public.bookings (
  id bigint generated always as identity primary key,
  order_number integer not null default nextval('public.order_number_seq'),
  room_id uuid not null references public.rooms(id) on delete restrict deferrable initially deferred,
  booked_by uuid not null default auth.uid() references auth.users(id) on delete set null,
  contact public.email_address,
  during tstzrange not null,
  status public.booking_status not null default 'pending',
  statuses_seen public.booking_status[] default array['pending']::public.booking_status[],
  price numeric(10,2),
  nights integer generated always as (greatest(1, extract(day from upper(during) - lower(during))::int)) stored,
  constraint bookings_no_overlap exclude using gist (room_id with =, during with &&) where (status <> 'cancelled')
);
alter sequence public.order_number_seq owned by public.bookings.order_number;
create index bookings_room_during_idx on public.bookings using gist (room_id, during);
create index bookings_pending_idx on public.bookings (room_id) include (status) where status = 'pending';
alter table public.rooms enable row level security;
alter table public.rooms force row level security;
alter table public.bookings enable row level security;
create policy "members read rooms" on public.rooms for select to authenticated using (basejump.has_role_on_account(account_id));
create policy "owners manage rooms" on public.rooms for all to authenticated
  using (basejump.has_role_on_account(account_id, 'owner')) with check (basejump.has_role_on_account(account_id, 'owner'));
create policy "members read bookings" on public.bookings for select to authenticated
  using (exists (select 1 from public.rooms r where r.id = room_id and basejump.has_role_on_account(r.account_id)));
create policy "self insert" on public.bookings as restrictive for insert to authenticated with check (booked_by = (select auth.uid()));

create materialized view public.room_occupancy as
  select r.id as room_id, r.account_id, count(b.id) as bookings, coalesce(sum(b.nights), 0) as nights
  from public.rooms r left join public.bookings b on b.room_id = r.id and b.status = 'confirmed'
  group by r.id, r.account_id with no data;
create unique index room_occupancy_room_id on public.room_occupancy (room_id);
revoke all on public.room_occupancy from anon, authenticated;

create function public.booking_total(b public.bookings) returns public.money_total language sql immutable as $$
  select row('EUR', coalesce(b.price, 0) * b.nights)::public.money_total
$$;
create function public.bookings_for(room uuid) returns setof public.bookings language sql stable as $$
  select * from public.bookings where room_id = room order by lower(during)
$$;
create function public.bookings_for(room uuid, st public.booking_status) returns setof public.bookings language sql stable as $$
  select * from public.bookings where room_id = room and status = st
$$;
create function public.search_rooms(q text default '', variadic wanted_tags text[] default '{}')
returns table (id uuid, name varchar, score real) language sql stable set search_path = public, extensions as $$
  select r.id, r.name, similarity(r.name, q) from public.rooms r where r.tags @> wanted_tags order by 3 desc
$$;
comment on function public.search_rooms(text, text[]) is 'Fuzzy room search by name and tags.';
comment on policy "owners manage rooms" on public.rooms is 'Only account owners change rooms.';

create table private.audit_log (
  id bigserial,
  at timestamptz not null default clock_timestamp(),
  actor uuid,
  action text not null,
  row_data jsonb,
  primary key (id, action)
) partition by list (action);
create table private.audit_log_insert partition of private.audit_log for values in ('INSERT');
create table private.audit_log_other partition of private.audit_log default;
create index on private.audit_log (at);

create function private.audit() returns trigger language plpgsql security definer set search_path = '' as $$
begin
  insert into private.audit_log(actor, action, row_data) values (auth.uid(), TG_OP, to_jsonb(coalesce(new, old)));
  return coalesce(new, old);
end $$;
revoke execute on function private.audit() from public, anon, authenticated;
create trigger audit_bookings after insert or update or delete on public.bookings for each row execute function private.audit();

create view public.my_bookings with (security_barrier) as
  select b.id, b.order_number, b.during, b.status, public.booking_total(b) as total
  from public.bookings b where b.booked_by = auth.uid();
create view public.upcoming as select * from public.my_bookings where lower(during) > now() with local check option;
grant select on public.my_bookings, public.upcoming to authenticated;
alter publication supabase_realtime add table public.bookings;

create policy "Room photos by members" on storage.objects for select to authenticated
  using (bucket_id = 'rooms' and basejump.has_role_on_account(((storage.foldername(name))[1])::uuid));
