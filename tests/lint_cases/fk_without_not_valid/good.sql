alter table orders
  add constraint orders_user_fk foreign key (user_id) references users (id) not valid;
alter table orders validate constraint orders_user_fk;
create table items (id bigint primary key, order_id bigint);
alter table items add constraint items_order_fk foreign key (order_id) references orders (id);
