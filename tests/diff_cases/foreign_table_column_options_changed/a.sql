-- Foreign table column OPTIONS changed in place: one value set, one option dropped, one added, a column gaining options with its type.
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER legacy_crm FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'crm.internal', dbname 'crm');
CREATE SCHEMA crm;
CREATE FOREIGN TABLE crm.contacts (
    id bigint OPTIONS (column_name 'ContactID') NOT NULL,
    full_name text OPTIONS (column_name 'Name'),
    email text OPTIONS (column_name 'Email'),
    phone text
) SERVER legacy_crm OPTIONS (table_name 'Contacts');
CREATE VIEW crm.contact_names AS SELECT id, full_name FROM crm.contacts;
