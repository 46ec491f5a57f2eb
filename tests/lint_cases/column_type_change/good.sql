create table ledger (id bigint primary key, amount integer);
alter table ledger alter column amount type bigint;
alter table accounts alter column balance set default 0;
