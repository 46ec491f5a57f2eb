delete from public.sessions; -- expect
