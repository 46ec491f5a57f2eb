-- Comments on function, index, constraint, policy, trigger, type, schema, sequence and view added or changed.

CREATE SCHEMA app;
CREATE TYPE app.kind AS ENUM ('a', 'b');
CREATE SEQUENCE app.seq;
CREATE TABLE app.t (id integer CONSTRAINT t_pk PRIMARY KEY, k app.kind, CONSTRAINT t_id_pos CHECK (id > 0));
CREATE INDEX t_k_idx ON app.t (k);
CREATE VIEW app.v AS SELECT id FROM app.t;
CREATE FUNCTION app.f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$;
CREATE TRIGGER t_f BEFORE INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION app.f();
ALTER TABLE app.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY t_all ON app.t USING (true);
COMMENT ON FUNCTION app.f() IS 'new: keeps rows as they are';
COMMENT ON SCHEMA app IS 'application schema';
COMMENT ON TYPE app.kind IS 'kind of thing';
COMMENT ON SEQUENCE app.seq IS 'spare numbers';
COMMENT ON INDEX app.t_k_idx IS 'lookup by kind';
COMMENT ON CONSTRAINT t_id_pos ON app.t IS 'ids are positive';
COMMENT ON CONSTRAINT t_pk ON app.t IS 'primary key';
COMMENT ON POLICY t_all ON app.t IS 'open for now';
COMMENT ON TRIGGER t_f ON app.t IS 'placeholder trigger';
COMMENT ON VIEW app.v IS 'ids only';
COMMENT ON COLUMN app.v.id IS 'the id';
