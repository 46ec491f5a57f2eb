alter table public.users -- expect
  drop column legacy_flag;
alter table users add column note text, drop column if exists old_note; -- expect
