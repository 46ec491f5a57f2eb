create table t (id bigint primary key);
savepoint before_fill;
insert into t values (1);
release savepoint before_fill;
