-- Growth: bigint ids under the views, phone type widened, invoices gain a region default,
-- appointments archive moved into a range partition scheme, a view dropped, a function signature changed.
drop view api.practitioners cascade;
alter table internal.practitioners alter column id type bigint;
drop view api.my_appointments;
alter table internal.appointments alter column practitioner_id type bigint;
create view api.my_appointments with (security_invoker = false) as
  select a.id, a.practitioner_id, lower(a.during) as starts_at, upper(a.during) as ends_at, a.status, a.notes
  from internal.appointments a
  where a.patient_id = internal.current_patient_id();
grant select on api.my_appointments to authenticated;
revoke all on api.my_appointments from anon;
alter table internal.practitioners add column accepts_new_patients boolean not null default true;
create view api.practitioners with (security_barrier) as
  select p.id, p.full_name, p.specialty, c.name as clinic, c.timezone, p.accepts_new_patients
  from internal.practitioners p join internal.clinics c on c.id = p.clinic_id;
grant select on api.practitioners to anon, authenticated;

create function api.search_practitioners(q text, only_accepting boolean default false)
returns setof api.practitioners
language sql
stable
set search_path = ''
as $$
  select v.* from api.practitioners v
  join internal.practitioners p on p.id = v.id
  where p.search @@ websearch_to_tsquery('internal.simple_unaccent', q)
    and (not only_accepting or v.accepts_new_patients)
$$;
grant execute on function api.search_practitioners(text, boolean) to anon, authenticated;

alter table internal.patients alter column phone type text;
alter table internal.patients alter column birth_date set not null;
alter table internal.patients add column email text;
drop statistics internal.patients_name_stats;
create statistics internal.patients_name_stats (ndistinct, mcv) on first_name, last_name from internal.patients;

alter sequence internal.invoice_number_seq maxvalue 9999999 cache 20;
alter table internal.invoices alter column region set default 'eu';
create table internal.invoices_apac partition of internal.invoices for values in ('apac', 'au');
alter table internal.invoices detach partition internal.invoices_us;
alter table internal.invoices_us rename to invoices_us_legacy;

-- rate limits become persistent
alter table internal.rate_limits set logged;
alter table internal.rate_limits set (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.01);

-- old flat audit table replaced by a range-partitioned one
create table internal.login_events (
  id bigint generated always as identity,
  user_id uuid,
  at timestamptz not null default now(),
  primary key (id, at)
) partition by range (at);
create table internal.login_events_2026 partition of internal.login_events for values from ('2026-01-01') to ('2027-01-01');
create table internal.login_events_old (like internal.login_events including defaults including constraints);
alter table internal.login_events attach partition internal.login_events_old for values from (minvalue) to ('2026-01-01');

drop rule appointments_soft_delete on internal.appointments;
create rule appointments_soft_delete as on delete to internal.appointments
  do instead update internal.appointments set status = 'cancelled', notes = coalesce(old.notes, '') || ' [deleted]' where id = old.id;

alter text search configuration internal.simple_unaccent
  alter mapping for asciiword, asciihword with extensions.unaccent, simple;

alter table internal.audit_invoices no inherit internal.audit;
alter table internal.audit add column source text default 'app';

comment on column internal.appointments.during is 'Half-open interval, [start, end)';
alter event trigger internal_drop_watch disable;
