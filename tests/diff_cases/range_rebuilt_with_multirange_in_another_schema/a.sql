-- min_version: 14
-- A range type made again (it gains a subtype_diff) whose multirange is named into another
-- schema: the multirange is renamed away there, its constructor in the range's schema.
create schema calendar;
create type public.timerange as range (subtype = time, multirange_type_name = calendar.time_slots);
create table public.opening_hours (
    venue_id bigint primary key,
    hours calendar.time_slots not null default public.time_slots(),
    lunch public.timerange
);
