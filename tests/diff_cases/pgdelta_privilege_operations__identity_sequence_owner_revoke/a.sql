-- pg-delta corpus privilege-operations--identity-sequence-owner-revoke: the owner revokes one of its own privileges on an identity column's sequence.
CREATE SCHEMA test_schema;
CREATE TABLE test_schema.t_ident (id bigint GENERATED ALWAYS AS IDENTITY, v int);
REVOKE UPDATE ON SEQUENCE test_schema.t_ident_id_seq FROM CURRENT_USER;
