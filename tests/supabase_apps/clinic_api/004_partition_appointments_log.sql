-- Audit children folded into a monthly-partitioned table; the legacy table becomes a partition.
alter table internal.audit_appointments rename to audit_appointments_legacy;
alter table internal.audit_appointments_legacy no inherit internal.audit;
alter table internal.audit_appointments_legacy alter column id drop default;
create table internal.audit_appointments (
  id bigint not null,
  at timestamptz not null default now(),
  actor uuid,
  detail jsonb,
  appointment_id integer,
  source text default 'app'
) partition by range (at);
alter table internal.audit_appointments attach partition internal.audit_appointments_legacy
  for values from (minvalue) to ('2026-06-01');
create table internal.audit_appointments_2026_06 partition of internal.audit_appointments
  for values from ('2026-06-01') to ('2026-07-01');
create sequence internal.audit_appointments_id_seq owned by internal.audit_appointments.id;
alter table internal.audit_appointments alter column id set default nextval('internal.audit_appointments_id_seq');

create or replace function internal.log_appointment_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into internal.audit_appointments (actor, detail, appointment_id, source)
  values (auth.uid(), jsonb_build_object('op', tg_op, 'status', new.status, 'during', new.during), new.id, 'trigger');
  return new;
end;
$$;

alter table internal.clinics alter column id set increment by 1;
alter table internal.clinics alter column id restart with 100;
alter table internal.patients alter column id set generated always;
alter table internal.patients add column full_name text generated always as (first_name || ' ' || last_name) stored;
create index patients_full_name_trgm on internal.patients (lower(full_name));

drop function api.book_appointment(integer, timestamptz, interval);
create function api.book_appointment(practitioner bigint, starts_at timestamptz, duration interval default '30 minutes', notes text default null)
returns table (appointment_id integer, starts timestamptz, ends timestamptz)
language plpgsql
security definer
set search_path = ''
as $$
begin
  return query
  insert into internal.appointments (practitioner_id, patient_id, during, notes)
  values (practitioner, internal.current_patient_id(), tstzrange(starts_at, starts_at + duration, '[)'), notes)
  returning id, lower(during), upper(during);
end;
$$;
revoke execute on function api.book_appointment(bigint, timestamptz, interval, text) from public, anon;
grant execute on function api.book_appointment(bigint, timestamptz, interval, text) to authenticated;

alter table internal.appointments drop constraint appointments_no_overlap;
alter table internal.appointments add constraint appointments_no_overlap
  exclude using gist (practitioner_id with =, during with &&) where (status = 'booked') deferrable initially immediate;
alter table internal.appointments alter column status set default 'booked'::text;
comment on constraint appointments_no_overlap on internal.appointments is 'No double-booking';
