-- A range type made again (it gains a subtype_diff) under a CHECK that calls its constructor
-- beside a column of it: the CHECK is dropped before and added after, not left comparing the
-- converted column with the renamed-away type's constructor.
create function public.time_subtype_diff(x time, y time) returns float8
    language sql immutable strict as $$ select extract(epoch from (x - y)) $$;

create type public.timerange as range (subtype = time, subtype_diff = public.time_subtype_diff);

create table public.shifts (
    id bigint generated always as identity primary key,
    staff_id uuid not null,
    span public.timerange not null,
    constraint shifts_within_opening_hours check (span <@ public.timerange('08:00', '20:00'))
);
