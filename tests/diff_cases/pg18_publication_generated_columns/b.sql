-- min_version: 18
-- A change-data publication starts publishing its tables' stored generated columns
-- (publish_generated_columns, PostgreSQL 18); another one stops.
CREATE TABLE public.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    net numeric(12,2) NOT NULL,
    tax numeric(12,2) NOT NULL,
    gross numeric(12,2) GENERATED ALWAYS AS (net + tax) STORED
);
CREATE PUBLICATION orders_cdc FOR TABLE public.orders WITH (publish_generated_columns = stored);
CREATE PUBLICATION orders_audit FOR TABLE public.orders;
