alter table users add constraint users_email_not_null check (email is not null) not valid;
alter table users validate constraint users_email_not_null;
create table t (a text);
alter table t alter column a set not null;
alter table users add constraint users_name_nn not null name not valid;
