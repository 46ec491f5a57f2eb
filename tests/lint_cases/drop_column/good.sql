create table t (id bigint primary key, tmp text);
alter table t drop column tmp;
alter table users drop constraint users_email_key;
