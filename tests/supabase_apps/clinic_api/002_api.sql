-- The API surface: views with security_invoker off (owner rights) filtered by the caller, RPCs.
create view api.practitioners as
  select p.id, p.full_name, p.specialty, c.name as clinic, c.timezone
  from internal.practitioners p join internal.clinics c on c.id = p.clinic_id;

create view api.my_appointments as
  select a.id, a.practitioner_id, lower(a.during) as starts_at, upper(a.during) as ends_at, a.status
  from internal.appointments a
  where a.patient_id = internal.current_patient_id();

grant select on api.practitioners to anon, authenticated;
grant select on api.my_appointments to authenticated;
revoke all on api.my_appointments from anon;

create function api.book_appointment(practitioner integer, starts_at timestamptz, duration interval default '30 minutes')
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  new_id integer;
begin
  insert into internal.appointments (practitioner_id, patient_id, during)
  values (practitioner, internal.current_patient_id(), tstzrange(starts_at, starts_at + duration, '[)'))
  returning id into new_id;
  return new_id;
end;
$$;
revoke execute on function api.book_appointment(integer, timestamptz, interval) from public, anon;
grant execute on function api.book_appointment(integer, timestamptz, interval) to authenticated;

create function api.search_practitioners(q text)
returns setof api.practitioners
language sql
stable
set search_path = ''
as $$
  select v.* from api.practitioners v
  join internal.practitioners p on p.id = v.id
  where p.search @@ websearch_to_tsquery('internal.simple_unaccent', q)
$$;
grant execute on function api.search_practitioners(text) to anon, authenticated;

grant usage on schema internal to authenticated;
grant execute on function internal.current_patient_id() to authenticated;
revoke execute on function internal.current_patient_id() from public;
