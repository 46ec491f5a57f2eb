-- pgstrata stand-in for supabase_vault 0.3: vault.secrets, vault.decrypted_secrets,
-- vault.create_secret() and vault.update_secret() with the real signatures.  The local
-- server has no key management: secrets are stored base64-encoded, NOT encrypted.  Keep
-- real secrets out of local databases.

\echo Use "CREATE EXTENSION supabase_vault" to load this file. \quit

CREATE TABLE vault.secrets (
    id uuid PRIMARY KEY DEFAULT pg_catalog.gen_random_uuid(),
    name text,
    description text NOT NULL DEFAULT '',
    secret text NOT NULL,
    key_id uuid,
    nonce bytea,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX secrets_name_idx ON vault.secrets (name) WHERE name IS NOT NULL;
COMMENT ON TABLE vault.secrets IS 'Table with encrypted `secret` column for storing sensitive information on disk.';

CREATE FUNCTION vault._encode(secret text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT pg_catalog.translate(pg_catalog.encode(pg_catalog.convert_to(secret, 'UTF8'), 'base64'), E'\n', '') $$;

CREATE FUNCTION vault._decode(secret text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT pg_catalog.convert_from(pg_catalog.decode(secret, 'base64'), 'UTF8') $$;

CREATE VIEW vault.decrypted_secrets AS
SELECT s.id, s.name, s.description, s.secret,
       vault._decode(s.secret) AS decrypted_secret,
       s.key_id, s.nonce, s.created_at, s.updated_at
FROM vault.secrets AS s;

CREATE FUNCTION vault.create_secret(new_secret text, new_name text DEFAULT NULL,
                                    new_description text DEFAULT '', new_key_id uuid DEFAULT NULL)
RETURNS uuid
LANGUAGE sql VOLATILE
SET search_path = ''
AS $$
    INSERT INTO vault.secrets (secret, name, description, key_id)
    VALUES (vault._encode(new_secret), new_name, coalesce(new_description, ''), new_key_id)
    RETURNING id
$$;

CREATE FUNCTION vault.update_secret(secret_id uuid, new_secret text DEFAULT NULL,
                                    new_name text DEFAULT NULL, new_description text DEFAULT NULL,
                                    new_key_id uuid DEFAULT NULL)
RETURNS void
LANGUAGE sql VOLATILE
SET search_path = ''
AS $$
    UPDATE vault.secrets AS s
       SET secret = coalesce(vault._encode(new_secret), s.secret),
           name = coalesce(new_name, s.name),
           description = coalesce(new_description, s.description),
           key_id = coalesce(new_key_id, s.key_id),
           updated_at = CURRENT_TIMESTAMP
     WHERE s.id = secret_id
$$;

REVOKE ALL ON vault.secrets FROM PUBLIC;
REVOKE ALL ON vault.decrypted_secrets FROM PUBLIC;
REVOKE ALL ON FUNCTION vault.create_secret(text, text, text, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION vault.update_secret(uuid, text, text, text, uuid) FROM PUBLIC;

DO $grants$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'service_role') THEN
        GRANT USAGE ON SCHEMA vault TO service_role;
        GRANT SELECT, INSERT, UPDATE, DELETE ON vault.secrets TO service_role;
        GRANT SELECT ON vault.decrypted_secrets TO service_role;
        GRANT EXECUTE ON FUNCTION vault.create_secret(text, text, text, uuid) TO service_role;
        GRANT EXECUTE ON FUNCTION vault.update_secret(uuid, text, text, text, uuid) TO service_role;
    END IF;
END
$grants$;
