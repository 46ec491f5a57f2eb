-- min_version: 14
-- A range type whose multirange is named into another schema (multirange_type_name =
-- calendar.time_slots; its constructors stay in the range's schema), used by a column.
create schema calendar;

create type public.timerange as range (subtype = time, multirange_type_name = calendar.time_slots);

create table public.opening_hours (
    venue_id bigint primary key,
    hours calendar.time_slots not null default public.time_slots(),
    lunch public.timerange
);
