-- owners: true
-- Ownership (opt-in): objects handed to another role and back — schema, table with serial and identity columns, partition, view, materialized view, function, procedure, enum, domain, composite, sequence.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_owner') THEN
        BEGIN
            CREATE ROLE app_owner NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'great');
CREATE DOMAIN app.positive AS integer CHECK (VALUE > 0);
CREATE TYPE app.pair AS (a integer, b text);
CREATE SEQUENCE app.tickets;
CREATE TABLE app.items (id serial PRIMARY KEY, n bigint GENERATED ALWAYS AS IDENTITY, qty app.positive, m app.mood);
CREATE TABLE app.events (at date NOT NULL, what text) PARTITION BY RANGE (at);
CREATE TABLE app.events_2025 PARTITION OF app.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE VIEW app.item_view AS SELECT id, qty FROM app.items;
CREATE MATERIALIZED VIEW app.item_totals AS SELECT count(*) AS n FROM app.items;
CREATE FUNCTION app.item_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM app.items $$;
CREATE PROCEDURE app.touch() LANGUAGE sql AS $$ SELECT 1 $$;
GRANT SELECT ON app.items TO app_owner;
ALTER SCHEMA app OWNER TO app_owner;
ALTER TYPE app.mood OWNER TO app_owner;
ALTER DOMAIN app.positive OWNER TO app_owner;
ALTER TYPE app.pair OWNER TO app_owner;
ALTER SEQUENCE app.tickets OWNER TO app_owner;
ALTER TABLE app.items OWNER TO app_owner;
ALTER TABLE app.events OWNER TO app_owner;
ALTER TABLE app.events_2025 OWNER TO app_owner;
ALTER VIEW app.item_view OWNER TO app_owner;
ALTER MATERIALIZED VIEW app.item_totals OWNER TO app_owner;
ALTER FUNCTION app.item_count() OWNER TO app_owner;
ALTER PROCEDURE app.touch() OWNER TO app_owner;
CREATE TABLE app.added (id integer PRIMARY KEY);
ALTER TABLE app.added OWNER TO app_owner;
