-- pg-delta corpus: the rule is ENABLE ALWAYS and commented; a new rule reads a new column.
CREATE SCHEMA test_schema;
CREATE TABLE test_schema.rule_events (id serial PRIMARY KEY, note text, archived boolean DEFAULT false);
CREATE TABLE test_schema.rule_log (id serial PRIMARY KEY, event_id int);
CREATE RULE log_insert AS ON INSERT TO test_schema.rule_events
  DO ALSO INSERT INTO test_schema.rule_log (event_id) VALUES (NEW.id);
ALTER TABLE test_schema.rule_events ENABLE ALWAYS RULE log_insert;
COMMENT ON RULE log_insert ON test_schema.rule_events IS 'audit every insert';
CREATE RULE no_delete_archived AS ON DELETE TO test_schema.rule_events
  WHERE OLD.archived DO INSTEAD NOTHING;
