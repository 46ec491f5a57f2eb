-- A range type made again (it gains a subtype_diff) whose multirange is named into another
-- schema: the multirange is renamed away there, its constructor in the range's schema.
create schema calendar;
create function public.time_subtype_diff(x time, y time) returns float8
    language sql immutable strict as $$ select extract(epoch from (x - y)) $$;
create type public.timerange as range (subtype = time, multirange_type_name = calendar.time_slots, subtype_diff = public.time_subtype_diff);
create table public.opening_hours (
    venue_id bigint primary key,
    hours calendar.time_slots not null default public.time_slots(),
    lunch public.timerange
);
