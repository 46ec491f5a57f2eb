create table invoices (id bigint primary key, customer_id bigint);
create index invoices_customer_idx on invoices (customer_id);
