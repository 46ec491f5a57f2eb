create table a (
  id serial primary key -- expect
);
create table b (
  id integer not null, -- expect
  name text,
  primary key (id)
);
create table c (id int4 primary key); -- expect
