-- A range type made again (it gains a subtype_diff) under a table partitioned by a column of
-- it (shift templates listed by their span): PostgreSQL cannot retype a key column, so the
-- partitioned table is rebuilt with its rows.
create function public.time_subtype_diff(x time, y time) returns float8
    language sql immutable strict as $$ select extract(epoch from (x - y)) $$;
create type public.timerange as range (subtype = time, subtype_diff = public.time_subtype_diff);
create table public.slots (
    id bigint not null,
    span public.timerange not null,
    label text
) partition by list (span);
create table public.slots_morning partition of public.slots for values in ('[06:00,12:00)');
create table public.slots_other partition of public.slots default;
