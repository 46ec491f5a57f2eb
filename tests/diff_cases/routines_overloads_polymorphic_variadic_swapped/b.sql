-- min_version: 14
-- Overloads swap under their callers: one overload dropped and another added (callers resolve
-- to the other one), a polymorphic anyelement helper becomes anycompatible, a VARIADIC text[]
-- function becomes VARIADIC anycompatiblearray, while views, a column default and BEGIN ATOMIC callers use them.
create table public.events (
  id bigint generated always as identity primary key,
  kind text not null,
  actor_id int,
  payload jsonb not null default '{}',
  tags text[] not null default '{}'
);

create function public.first_non_null(a anycompatible, b anycompatible)
returns anycompatible
language sql immutable
as $$ select coalesce(a, b) $$;

create function public.tag_list(variadic tags anycompatiblearray)
returns text
language sql immutable
as $$ select array_to_string(tags, ',') $$;

create function public.event_label(kind text, actor bigint default null)
returns text
language sql immutable
return initcap(kind) || coalesce(' by #' || actor, '');

create function public.event_label(e public.events)
returns text
language sql stable
begin atomic
  select public.event_label(e.kind, public.first_non_null(e.actor_id, 0::bigint));
end;

create view public.event_feed as
  select id, public.event_label(kind) as label, public.tag_list('feed', kind) as tag_line,
         public.first_non_null(actor_id, -1) as actor
  from public.events;

alter table public.events add column summary text default public.tag_list('new', 'event');
