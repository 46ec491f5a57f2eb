-- Months later: a widened column under a view, a dropped column, a function body replaced, a policy rewritten, a new enum value, NOT NULL added, a constraint NOT VALID.
drop view public.upcoming;
drop view public.my_bookings;
alter table public.rooms alter column name type text;
alter table public.rooms drop column amenities;
alter table public.rooms add column floor integer;
alter table public.rooms add constraint rooms_floor_check check (floor between -2 and 200) not valid;
alter type public.booking_status add value 'checked in' after 'confirmed';
alter table public.bookings alter column contact set not null;
create view public.my_bookings with (security_barrier) as
  select b.id, b.order_number, b.during, b.status, public.booking_total(b) as total, b.room_id
  from public.bookings b where b.booked_by = auth.uid();
create view public.upcoming as select * from public.my_bookings where lower(during) > now() with local check option;
grant select on public.my_bookings, public.upcoming to authenticated;
create or replace function basejump.trigger_set_timestamps() returns trigger as $$
begin
  if TG_OP = 'INSERT' then new.created_at = now(); end if;
  new.updated_at = now();
  return new;
end
$$ language plpgsql;
drop policy "members read rooms" on public.rooms;
create policy "members read rooms" on public.rooms for select to authenticated using (basejump.has_role_on_account(account_id) or account_id = (select auth.uid()));
alter table basejump.accounts alter column private_metadata set not null;
comment on table public.bookings is 'One booking of one room; overlaps are excluded.';
comment on column public.bookings.during is 'Half-open [check-in, check-out).';
alter default privileges in schema private revoke all on tables from public;
alter default privileges for role postgres in schema basejump grant select on tables to service_role;
