-- Dropping a table that holds data, and one qualified name among several.
drop table public.orders; -- expect
drop table if exists audit_log, scratch; -- expect
