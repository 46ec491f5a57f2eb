-- The clock window widens, events get a screen index for recent rows, and a daily view for the owner.
alter policy app_events_owner_insert on public.app_events
  with check (user_id = (select auth.uid()) and created_at between now() - interval '5 minutes' and now() + interval '1 minute');
create index app_events_recent_screen_idx on public.app_events ((props->>'screen_id'))
  where props ? 'screen_id' and created_at between '2025-01-01' and '2026-01-01';
create view public.my_events_today with (security_invoker = true) as
  select event, count(*) as n
  from public.app_events
  where user_id = auth.uid() and created_at between date_trunc('day', now()) and now()
  group by event;
