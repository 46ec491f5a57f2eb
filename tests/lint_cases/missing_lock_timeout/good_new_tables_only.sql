create table notes (id bigint primary key, body text);
create index notes_body_idx on notes (body);
alter table notes enable row level security;
