begin; -- expect
create table t (id bigint primary key);
commit; -- expect
