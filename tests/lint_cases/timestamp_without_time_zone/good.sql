create table events (
  id bigint primary key,
  happened_at timestamptz not null,
  logged_at timestamp with time zone
);
