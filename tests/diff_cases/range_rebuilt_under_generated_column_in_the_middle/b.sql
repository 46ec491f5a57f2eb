-- A range type made again (it gains a subtype_diff) under a stored generated column that
-- calls its constructor, with a column after it: the generated column cannot be converted in
-- place and, dropped and added again, would end last, so the table is rebuilt with its rows.
create function public.time_subtype_diff(x time, y time) returns float8
    language sql immutable strict as $$ select extract(epoch from (x - y)) $$;

create type public.timerange as range (subtype = time, subtype_diff = public.time_subtype_diff);

create table public.shifts (
    id bigint generated always as identity primary key,
    starts time not null,
    ends time not null,
    span public.timerange generated always as (public.timerange(starts, ends, '[)')) stored,
    note text
);

create index shifts_span_idx on public.shifts using gist (span);
