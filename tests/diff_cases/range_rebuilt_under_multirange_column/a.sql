-- min_version: 14
-- A range type made again (it gains a subtype_diff, which no ALTER can give) while a column
-- holds values of its multirange: the column is converted to the new multirange too.
create function public.time_subtype_diff(x time, y time) returns float8
    language sql immutable strict as $$ select extract(epoch from (x - y)) $$;

create type public.timerange as range (subtype = time);

create table public.opening_hours (
    venue_id bigint not null,
    weekday smallint not null check (weekday between 0 and 6),
    hours public.timemultirange not null default '{}',
    primary key (venue_id, weekday)
);
