-- A table created and dropped in the same file never held anyone's data.
create table staging_import (id bigint primary key, payload jsonb);
drop table staging_import;
drop view if exists order_totals;
