-- A composite type's attributes widened (smallint to integer) while a domain over an array of it checks its values with a function taking that array, and a column holds an array of that domain (PostGraphile's kitchen sink nested_arrays).
create type public.work_hour_parts as (
  from_hours   integer,
  from_minutes integer,
  to_hours     integer,
  to_minutes   integer
);

create function public.check_work_hours(wh public.work_hour_parts[]) returns boolean as $body$
declare
    prev    public.work_hour_parts;
    current public.work_hour_parts;
begin
    foreach current in array wh loop
        if prev is not null and (current.from_hours < prev.to_hours or
           (current.from_hours = prev.to_hours and current.from_minutes <= prev.to_minutes)) then
            return false;
        end if;
        prev := current;
    end loop;
    return true;
end;
$body$ language plpgsql strict immutable;

create domain public.workhours as public.work_hour_parts[] not null check (public.check_work_hours(value));

create domain public.working_hours as public.workhours[] check (cardinality(value) = 7);

create table public.shops (
  id bigint generated always as identity primary key,
  name text not null,
  opening_hours public.working_hours
);

insert into public.shops (name, opening_hours) values
  ('corner', array[
    array[row(9, 0, 12, 0), row(13, 0, 17, 30)]::public.work_hour_parts[]::public.workhours,
    array[row(9, 0, 17, 0)]::public.work_hour_parts[]::public.workhours,
    array[row(9, 0, 17, 0)]::public.work_hour_parts[]::public.workhours,
    array[row(9, 0, 17, 0)]::public.work_hour_parts[]::public.workhours,
    array[row(9, 0, 17, 0)]::public.work_hour_parts[]::public.workhours,
    array[row(10, 0, 14, 0)]::public.work_hour_parts[]::public.workhours,
    array[]::public.work_hour_parts[]::public.workhours
  ]::public.working_hours);
