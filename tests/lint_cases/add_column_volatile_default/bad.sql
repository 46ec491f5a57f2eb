alter table users add column public_id uuid not null default gen_random_uuid(); -- expect
alter table events add column seq bigserial; -- expect
alter table events
  add column n bigint generated always as identity, -- expect
  add column total numeric generated always as (qty * price) stored; -- expect
alter table events add column jitter float8 default (random() * 10); -- expect
