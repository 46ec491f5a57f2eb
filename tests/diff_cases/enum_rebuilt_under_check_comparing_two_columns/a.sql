-- An enum that loses a label (so it is made again) under a CHECK comparing two columns of it:
-- the columns are converted by one ALTER TABLE, so the CHECK is checked again only once both
-- have the new type (converted one by one, it would compare the new type with the old).
create type public.alert_level as enum ('low', 'medium', 'high', 'critical');

create table public.alerts (
    id bigint generated always as identity primary key,
    floor_level public.alert_level not null default 'low',
    current_level public.alert_level not null,
    constraint alerts_at_least_floor check (current_level >= floor_level)
);
