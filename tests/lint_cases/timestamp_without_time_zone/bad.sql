create table events (
  id bigint primary key,
  happened_at timestamp not null, -- expect
  logged_at timestamp(3) without time zone -- expect
);
alter table events add column seen_at timestamp; -- expect
