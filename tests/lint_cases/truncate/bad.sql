truncate table sessions, public.events; -- expect
