CREATE TYPE status AS ENUM ('draft', 'active');
CREATE FUNCTION initial_status(s status) RETURNS status LANGUAGE sql IMMUTABLE AS $$ SELECT s $$;
CREATE TABLE statuses (s status PRIMARY KEY);
CREATE TABLE docs (id int PRIMARY KEY, s status NOT NULL DEFAULT initial_status('draft') REFERENCES statuses (s));
CREATE MATERIALIZED VIEW doc_counts AS SELECT s, count(*) AS n FROM docs GROUP BY s;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER docs_status BEFORE UPDATE ON docs FOR EACH ROW WHEN (NEW.s IS DISTINCT FROM OLD.s)
    EXECUTE FUNCTION touch();
