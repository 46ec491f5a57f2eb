-- pg-delta corpus alter-extension--set-schema-swap: citext moved to a new schema while its old schema is dropped.
CREATE SCHEMA ext_new;

CREATE EXTENSION citext SCHEMA ext_new;
