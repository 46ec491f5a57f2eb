-- Signed-in users get USAGE on every schema made from here on (a global default privilege on
-- schemas): the extract must leave public's ACL, which the project already has, in its order.
alter default privileges grant usage on schemas to authenticated;

create schema app;
create table app.notes (id bigint generated always as identity primary key, body text not null);
grant select on app.notes to authenticated;
