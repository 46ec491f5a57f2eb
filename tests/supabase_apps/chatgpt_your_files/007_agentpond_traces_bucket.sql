-- A private bucket row (data in a platform table, not schema).
insert into storage.buckets (id, name, public)
values ('agentpond', 'agentpond', false)
on conflict (id) do update
set public = false;
