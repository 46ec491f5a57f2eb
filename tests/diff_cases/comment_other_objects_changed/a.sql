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
COMMENT ON FUNCTION app.f() IS 'old';
