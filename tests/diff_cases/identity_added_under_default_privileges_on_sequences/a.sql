-- An existing column becomes an identity and a new identity column is added, while default privileges give new sequences to a role the source's sequences lack (pg-delta identity-operations--add-identity-under-sequence-adp).
DO $$ BEGIN CREATE ROLE app_sequence_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.orders (id bigint NOT NULL, total numeric);
CREATE TABLE public.invoices (total numeric);
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO app_sequence_reader;
