-- A bookings table with an exclusion constraint over a private slot() helper, rebuilt for a column added in the middle while the helper gains a defaulted argument (a new overload): the old copy's constraint must go before the old helper.

create extension if not exists btree_gist;

create schema private;

create function private.slot(starts timestamptz, minutes int, buffer_minutes int default 0) returns tstzrange
language sql immutable
as $$ select tstzrange(starts, starts + make_interval(mins => minutes + buffer_minutes)) $$;

create table public.bookings (
  id bigint primary key,
  guest_id uuid,
  room_id int not null,
  starts timestamptz not null,
  minutes int not null,
  constraint bookings_no_overlap exclude using gist (room_id with =, private.slot(starts, minutes) with &&)
);
