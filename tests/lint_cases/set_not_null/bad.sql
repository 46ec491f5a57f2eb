alter table users alter column email set not null; -- expect
alter table users
  add constraint users_name_nn not null name; -- expect
