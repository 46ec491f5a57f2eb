create table people (id bigint primary key, nm text);
alter table people rename column nm to name;
alter table users rename constraint users_pkey to users_pk;
