-- A postgres_fdw foreign table whose columns map to remote names (column OPTIONS, a quote in a value), one of them a partition of a local table.
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER legacy_crm FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'crm.internal', dbname 'crm');
CREATE SCHEMA crm;
CREATE FOREIGN TABLE crm.contacts (
    id bigint OPTIONS (column_name 'ContactID') NOT NULL,
    full_name text OPTIONS (column_name 'Name'),
    note text OPTIONS (column_name 'owner''s note'),
    email text
) SERVER legacy_crm OPTIONS (schema_name 'dbo', table_name 'Contacts');
CREATE TABLE crm.events (happened_on date NOT NULL, kind text) PARTITION BY RANGE (happened_on);
CREATE TABLE crm.events_2025 PARTITION OF crm.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE FOREIGN TABLE crm.events_archive PARTITION OF crm.events FOR VALUES FROM ('2000-01-01') TO ('2025-01-01')
    SERVER legacy_crm OPTIONS (table_name 'EventsArchive');
ALTER FOREIGN TABLE crm.events_archive ALTER COLUMN happened_on OPTIONS (column_name 'Day');
ALTER FOREIGN TABLE crm.events_archive ALTER COLUMN kind OPTIONS (column_name 'Kind');
