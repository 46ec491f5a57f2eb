-- An enum losing a value is rebuilt and its columns converted through text: what blocks
-- that conversion (a materialized view and a trigger's WHEN reading the column, a foreign
-- key between two converted columns) is dropped before and made again after, and a default
-- calling a function of the type is set again only once that function is made again.
CREATE TYPE status AS ENUM ('draft', 'active', 'archived');
CREATE FUNCTION initial_status(s status) RETURNS status LANGUAGE sql IMMUTABLE AS $$ SELECT s $$;
CREATE TABLE statuses (s status PRIMARY KEY);
CREATE TABLE docs (id int PRIMARY KEY, s status NOT NULL DEFAULT initial_status('draft') REFERENCES statuses (s));
CREATE MATERIALIZED VIEW doc_counts AS SELECT s, count(*) AS n FROM docs GROUP BY s;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER docs_status BEFORE UPDATE ON docs FOR EACH ROW WHEN (NEW.s IS DISTINCT FROM OLD.s)
    EXECUTE FUNCTION touch();
