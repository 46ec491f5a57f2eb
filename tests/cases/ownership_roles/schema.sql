-- owners: true
-- Objects owned by a non-default role (ownership is opt-in in pgstrata): schema, table, sequence, view, function, type owned by app_owner.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_owner') THEN
        BEGIN
            CREATE ROLE app_owner NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$;

CREATE SCHEMA owned AUTHORIZATION app_owner;
CREATE TYPE owned.kind AS ENUM ('a', 'b');
ALTER TYPE owned.kind OWNER TO app_owner;
CREATE TABLE owned.items (id serial PRIMARY KEY, k owned.kind);
ALTER TABLE owned.items OWNER TO app_owner;
CREATE VIEW owned.items_view AS SELECT id FROM owned.items;
ALTER VIEW owned.items_view OWNER TO app_owner;
CREATE FUNCTION owned.item_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM owned.items $$;
ALTER FUNCTION owned.item_count() OWNER TO app_owner;
CREATE TABLE public.postgres_owned (id integer);
