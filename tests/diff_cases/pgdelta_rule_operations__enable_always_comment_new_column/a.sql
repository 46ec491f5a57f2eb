-- pg-delta corpus rule-operations--rule-enable-always + comment + rule-depends-on-new-column: a disabled rule, no comment.
CREATE SCHEMA test_schema;
CREATE TABLE test_schema.rule_events (id serial PRIMARY KEY, note text);
CREATE TABLE test_schema.rule_log (id serial PRIMARY KEY, event_id int);
CREATE RULE log_insert AS ON INSERT TO test_schema.rule_events
  DO ALSO INSERT INTO test_schema.rule_log (event_id) VALUES (NEW.id);
ALTER TABLE test_schema.rule_events DISABLE RULE log_insert;
