create table notes (id bigint primary key);
alter table users add column bio text; -- expect
alter table users add column avatar text;
