-- pgstrata Supabase basics, version 2.
--
-- What a real Supabase project has before its first migration runs, for a plain PostgreSQL
-- 13-18 server (the embedded one, a system one): the API roles, the auth, storage,
-- realtime, graphql_public, supabase_functions and extensions schemas,
-- auth.uid()/role()/jwt()/email(), auth.users and friends, storage.buckets/objects with
-- RLS, supabase_functions.http_request() for Database Webhooks, and the grants and default
-- privileges that make tables created in public reachable by anon, authenticated and
-- service_role.  Only what migrations and seeds of applications refer to: there is no
-- GoTrue, no storage API, no realtime server behind it.
--
-- Idempotent: every statement may run again on a database that has it.  Needs a superuser
-- (roles with BYPASSRLS/REPLICATION) and nothing but core PostgreSQL: no uuid-ossp, no
-- pgcrypto, no ICU.  The version is recorded in extensions.pgstrata_supabase_basics so a
-- later version can upgrade a database that has an earlier one: the whole file runs again
-- whenever a database is older than BASICS_VERSION (pgstrata/supabase/basics.py), so every
-- change made here must stay idempotent (ADD COLUMN IF NOT EXISTS, CREATE OR REPLACE, …)
-- and end by recording the new number below.  pgstrata runs this file in one transaction
-- (pgstrata.supabase.apply_basics); `psql -1 -f basics.sql` works too.

-- Roles (cluster-wide: created once per server) ---------------------------------------------

DO $roles$
DECLARE
    spec record;
BEGIN
    FOR spec IN
        SELECT r.name, r.options FROM (VALUES
            ('postgres', 'NOLOGIN'),  -- only where the superuser has another name
            ('anon', 'NOLOGIN NOINHERIT'),
            ('authenticated', 'NOLOGIN NOINHERIT'),
            ('service_role', 'NOLOGIN NOINHERIT BYPASSRLS'),
            ('authenticator', 'LOGIN NOINHERIT'),
            -- A superuser on Supabase; not here: the local superuser is postgres.
            ('supabase_admin', 'LOGIN CREATEROLE CREATEDB REPLICATION BYPASSRLS'),
            ('supabase_auth_admin', 'LOGIN NOINHERIT CREATEROLE'),
            ('supabase_storage_admin', 'LOGIN NOINHERIT CREATEROLE'),
            ('supabase_realtime_admin', 'NOLOGIN NOINHERIT'),
            ('supabase_functions_admin', 'NOLOGIN NOINHERIT CREATEROLE'),
            ('dashboard_user', 'NOLOGIN CREATEDB CREATEROLE REPLICATION')
        ) AS r(name, options)
    LOOP
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = spec.name) THEN
            BEGIN
                EXECUTE pg_catalog.format('CREATE ROLE %I %s', spec.name, spec.options);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;  -- created meanwhile by another database's basics
            END;
        ELSIF spec.name <> 'postgres' THEN
            -- a role made earlier by hand or by a migration gets Supabase's attributes
            EXECUTE pg_catalog.format('ALTER ROLE %I %s', spec.name, spec.options);
        END IF;
    END LOOP;
END
$roles$;

GRANT anon, authenticated, service_role TO authenticator;
GRANT anon, authenticated, service_role TO postgres;
ALTER ROLE anon SET statement_timeout = '3s';
ALTER ROLE authenticated SET statement_timeout = '8s';
ALTER ROLE supabase_auth_admin SET search_path = auth;
ALTER ROLE supabase_storage_admin SET search_path = storage;

-- As on Supabase, postgres and supabase_admin find extensions (vector, uuid_generate_v4(), …)
-- without a schema prefix.  Set for this database only: the server may hold others.
DO $search_path$
BEGIN
    EXECUTE pg_catalog.format('ALTER ROLE postgres IN DATABASE %I SET search_path TO "$user", public, extensions',
                              pg_catalog.current_database());
    EXECUTE pg_catalog.format('ALTER ROLE supabase_admin IN DATABASE %I SET search_path TO "$user", public, auth, extensions',
                              pg_catalog.current_database());
END
$search_path$;

-- Schemas -----------------------------------------------------------------------------------

CREATE SCHEMA IF NOT EXISTS extensions;
CREATE SCHEMA IF NOT EXISTS auth AUTHORIZATION supabase_admin;
CREATE SCHEMA IF NOT EXISTS storage AUTHORIZATION supabase_admin;
CREATE SCHEMA IF NOT EXISTS realtime;
CREATE SCHEMA IF NOT EXISTS graphql_public;

CREATE TABLE IF NOT EXISTS extensions.pgstrata_supabase_basics (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE extensions.pgstrata_supabase_basics IS
    'pgstrata: versions of the Supabase basics applied to this database (not on a real Supabase project)';
REVOKE ALL ON extensions.pgstrata_supabase_basics FROM PUBLIC;

-- auth --------------------------------------------------------------------------------------

DO $types$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
                   WHERE n.nspname = 'auth' AND t.typname = 'aal_level') THEN
        CREATE TYPE auth.aal_level AS ENUM ('aal1', 'aal2', 'aal3');
    END IF;
END
$types$;

CREATE TABLE IF NOT EXISTS auth.users (
    instance_id uuid,
    id uuid NOT NULL,
    aud character varying(255),
    role character varying(255),
    email character varying(255),
    encrypted_password character varying(255),
    email_confirmed_at timestamptz,
    invited_at timestamptz,
    confirmation_token character varying(255),
    confirmation_sent_at timestamptz,
    recovery_token character varying(255),
    recovery_sent_at timestamptz,
    email_change_token_new character varying(255),
    email_change character varying(255),
    email_change_sent_at timestamptz,
    last_sign_in_at timestamptz,
    raw_app_meta_data jsonb,
    raw_user_meta_data jsonb,
    is_super_admin boolean,
    created_at timestamptz,
    updated_at timestamptz,
    phone text DEFAULT NULL,
    phone_confirmed_at timestamptz,
    phone_change text DEFAULT '',
    phone_change_token character varying(255) DEFAULT '',
    phone_change_sent_at timestamptz,
    confirmed_at timestamptz GENERATED ALWAYS AS (LEAST(email_confirmed_at, phone_confirmed_at)) STORED,
    email_change_token_current character varying(255) DEFAULT '',
    email_change_confirm_status smallint DEFAULT 0,
    banned_until timestamptz,
    reauthentication_token character varying(255) DEFAULT '',
    reauthentication_sent_at timestamptz,
    is_sso_user boolean NOT NULL DEFAULT false,
    deleted_at timestamptz,
    is_anonymous boolean NOT NULL DEFAULT false,
    CONSTRAINT users_pkey PRIMARY KEY (id),
    CONSTRAINT users_phone_key UNIQUE (phone),
    CONSTRAINT users_email_change_confirm_status_check
        CHECK (email_change_confirm_status >= 0 AND email_change_confirm_status <= 2)
);
CREATE UNIQUE INDEX IF NOT EXISTS users_email_partial_key ON auth.users (email) WHERE (is_sso_user = false);
CREATE INDEX IF NOT EXISTS users_instance_id_idx ON auth.users (instance_id);
CREATE INDEX IF NOT EXISTS users_is_anonymous_idx ON auth.users (is_anonymous);
COMMENT ON TABLE auth.users IS 'Auth: Stores user login data within a secure schema.';

CREATE TABLE IF NOT EXISTS auth.identities (
    provider_id text NOT NULL,
    user_id uuid NOT NULL,
    identity_data jsonb NOT NULL,
    provider text NOT NULL,
    last_sign_in_at timestamptz,
    created_at timestamptz,
    updated_at timestamptz,
    email text GENERATED ALWAYS AS (pg_catalog.lower(identity_data ->> 'email')) STORED,
    id uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    CONSTRAINT identities_pkey PRIMARY KEY (id),
    CONSTRAINT identities_provider_id_provider_unique UNIQUE (provider_id, provider),
    CONSTRAINT identities_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users (id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS identities_user_id_idx ON auth.identities (user_id);
CREATE INDEX IF NOT EXISTS identities_email_idx ON auth.identities (email text_pattern_ops);
COMMENT ON TABLE auth.identities IS 'Auth: Stores identities associated to a user.';

CREATE TABLE IF NOT EXISTS auth.sessions (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    created_at timestamptz,
    updated_at timestamptz,
    factor_id uuid,
    aal auth.aal_level,
    not_after timestamptz,
    refreshed_at timestamp without time zone,
    user_agent text,
    ip inet,
    tag text,
    CONSTRAINT sessions_pkey PRIMARY KEY (id),
    CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users (id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS sessions_user_id_idx ON auth.sessions (user_id);
CREATE INDEX IF NOT EXISTS sessions_not_after_idx ON auth.sessions (not_after DESC);
COMMENT ON TABLE auth.sessions IS 'Auth: Stores session data associated to a user.';

CREATE TABLE IF NOT EXISTS auth.refresh_tokens (
    instance_id uuid,
    id bigserial NOT NULL,
    token character varying(255),
    user_id character varying(255),
    revoked boolean,
    created_at timestamptz,
    updated_at timestamptz,
    parent character varying(255),
    session_id uuid,
    CONSTRAINT refresh_tokens_pkey PRIMARY KEY (id),
    CONSTRAINT refresh_tokens_token_unique UNIQUE (token),
    CONSTRAINT refresh_tokens_session_id_fkey FOREIGN KEY (session_id)
        REFERENCES auth.sessions (id) ON DELETE CASCADE
);
COMMENT ON TABLE auth.refresh_tokens IS 'Auth: Store of tokens used to refresh JWT tokens once they expire.';

-- The request's JWT claims, as PostgREST sets them (request.jwt.claims, or the older
-- per-claim request.jwt.claim.* settings).  Same definitions as on Supabase.
CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid
LANGUAGE sql STABLE
AS $$
  select
  coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;
COMMENT ON FUNCTION auth.uid() IS 'Deprecated. Use auth.jwt() -> ''sub'' instead.';

CREATE OR REPLACE FUNCTION auth.role() RETURNS text
LANGUAGE sql STABLE
AS $$
  select
  coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;
COMMENT ON FUNCTION auth.role() IS 'Deprecated. Use auth.jwt() -> ''role'' instead.';

CREATE OR REPLACE FUNCTION auth.email() RETURNS text
LANGUAGE sql STABLE
AS $$
  select
  coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;
COMMENT ON FUNCTION auth.email() IS 'Deprecated. Use auth.jwt() -> ''email'' instead.';

CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb
LANGUAGE sql STABLE
AS $$
  select
    coalesce(
        nullif(current_setting('request.jwt.claim', true), ''),
        nullif(current_setting('request.jwt.claims', true), '')
    )::jsonb
$$;

ALTER TABLE auth.users OWNER TO supabase_auth_admin;
ALTER TABLE auth.identities OWNER TO supabase_auth_admin;
ALTER TABLE auth.sessions OWNER TO supabase_auth_admin;
ALTER TABLE auth.refresh_tokens OWNER TO supabase_auth_admin;
ALTER TYPE auth.aal_level OWNER TO supabase_auth_admin;
ALTER FUNCTION auth.uid() OWNER TO supabase_auth_admin;
ALTER FUNCTION auth.role() OWNER TO supabase_auth_admin;
ALTER FUNCTION auth.email() OWNER TO supabase_auth_admin;
ALTER FUNCTION auth.jwt() OWNER TO supabase_auth_admin;

-- storage -----------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS storage.buckets (
    id text NOT NULL,
    name text NOT NULL,
    owner uuid,
    created_at timestamptz DEFAULT pg_catalog.now(),
    updated_at timestamptz DEFAULT pg_catalog.now(),
    public boolean DEFAULT false,
    avif_autodetection boolean DEFAULT false,
    file_size_limit bigint,
    allowed_mime_types text[],
    owner_id text,
    CONSTRAINT buckets_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX IF NOT EXISTS bname ON storage.buckets (name);
COMMENT ON COLUMN storage.buckets.owner IS 'Field is deprecated, use owner_id instead';
ALTER TABLE storage.buckets ENABLE ROW LEVEL SECURITY;

CREATE TABLE IF NOT EXISTS storage.objects (
    id uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    bucket_id text,
    name text,
    owner uuid,
    created_at timestamptz DEFAULT pg_catalog.now(),
    updated_at timestamptz DEFAULT pg_catalog.now(),
    last_accessed_at timestamptz DEFAULT pg_catalog.now(),
    metadata jsonb,
    path_tokens text[] GENERATED ALWAYS AS (pg_catalog.string_to_array(name, '/')) STORED,
    version text,
    owner_id text,
    user_metadata jsonb,
    CONSTRAINT objects_pkey PRIMARY KEY (id),
    CONSTRAINT "objects_bucketId_fkey" FOREIGN KEY (bucket_id) REFERENCES storage.buckets (id)
);
CREATE UNIQUE INDEX IF NOT EXISTS bucketid_objname ON storage.objects (bucket_id, name);
CREATE INDEX IF NOT EXISTS name_prefix_search ON storage.objects (name text_pattern_ops);
COMMENT ON COLUMN storage.objects.owner IS 'Field is deprecated, use owner_id instead';
ALTER TABLE storage.objects ENABLE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION storage.foldername(name text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
    _parts text[];
BEGIN
    -- every path segment but the last
    SELECT string_to_array(name, '/') INTO _parts;
    RETURN _parts[1 : array_length(_parts, 1) - 1];
END
$$;

CREATE OR REPLACE FUNCTION storage.filename(name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
    _parts text[];
BEGIN
    SELECT string_to_array(name, '/') INTO _parts;
    RETURN _parts[array_length(_parts, 1)];
END
$$;

CREATE OR REPLACE FUNCTION storage.extension(name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
    _parts text[];
    _filename text;
BEGIN
    SELECT string_to_array(name, '/') INTO _parts;
    SELECT _parts[array_length(_parts, 1)] INTO _filename;
    RETURN reverse(split_part(reverse(_filename), '.', 1));
END
$$;

ALTER TABLE storage.buckets OWNER TO supabase_storage_admin;
ALTER TABLE storage.objects OWNER TO supabase_storage_admin;
ALTER FUNCTION storage.foldername(text) OWNER TO supabase_storage_admin;
ALTER FUNCTION storage.filename(text) OWNER TO supabase_storage_admin;
ALTER FUNCTION storage.extension(text) OWNER TO supabase_storage_admin;

-- realtime and graphql_public ---------------------------------------------------------------

CREATE TABLE IF NOT EXISTS realtime.messages (
    topic text NOT NULL,
    extension text NOT NULL,
    payload jsonb,
    event text,
    private boolean DEFAULT false,
    updated_at timestamp without time zone NOT NULL DEFAULT pg_catalog.now(),
    inserted_at timestamp without time zone NOT NULL DEFAULT pg_catalog.now(),
    id uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    CONSTRAINT messages_pkey PRIMARY KEY (id, inserted_at)
);
ALTER TABLE realtime.messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE realtime.messages OWNER TO supabase_realtime_admin;

CREATE OR REPLACE FUNCTION realtime.topic() RETURNS text
LANGUAGE sql STABLE
AS $$ select nullif(current_setting('realtime.topic', true), '')::text $$;

DO $publication$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_publication WHERE pubname = 'supabase_realtime') THEN
        CREATE PUBLICATION supabase_realtime;
    END IF;
END
$publication$;

-- What Supabase serves at /graphql/v1: pg_graphql's resolver when that extension is there.
CREATE OR REPLACE FUNCTION graphql_public.graphql(
    "operationName" text DEFAULT NULL, query text DEFAULT NULL,
    variables jsonb DEFAULT NULL, extensions jsonb DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
    result jsonb;
BEGIN
    IF pg_catalog.to_regprocedure('graphql.resolve(text, jsonb, text, jsonb)') IS NULL THEN
        RETURN pg_catalog.jsonb_build_object('errors', pg_catalog.jsonb_build_array(
            pg_catalog.jsonb_build_object('message', 'pg_graphql extension is not enabled.')));
    END IF;
    EXECUTE 'SELECT graphql.resolve(query := $1, variables := coalesce($2, ''{}''), '
            '"operationName" := $3, extensions := $4)'
        INTO result USING query, variables, "operationName", extensions;
    RETURN result;
END
$$;

-- supabase_functions (version 2) -----------------------------------------------------------

-- Database Webhooks: triggers the application makes (in the dashboard, or in migrations
-- `supabase db diff` wrote) that call supabase_functions.http_request(url, method, headers,
-- params, timeout_ms), which posts the row change through pg_net and records the request.
-- Without pg_net the trigger loads and fails only when it fires, as on a project without it.
CREATE SCHEMA IF NOT EXISTS supabase_functions AUTHORIZATION supabase_admin;

CREATE TABLE IF NOT EXISTS supabase_functions.hooks (
    id bigserial PRIMARY KEY,
    hook_table_id integer NOT NULL,
    hook_name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    request_id bigint
);

CREATE OR REPLACE FUNCTION supabase_functions.http_request()
    RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path TO 'supabase_functions'
AS $http_request$
DECLARE
    url text := TG_ARGV[0]::text;
    method text := TG_ARGV[1]::text;
    headers jsonb := coalesce(nullif(TG_ARGV[2], 'null')::jsonb, '{"Content-Type": "application/json"}'::jsonb);
    params jsonb := coalesce(nullif(TG_ARGV[3], 'null')::jsonb, '{}'::jsonb);
    timeout_ms integer := coalesce(nullif(TG_ARGV[4], 'null')::integer, 1000);
    request_id bigint;
BEGIN
    IF url IS NULL OR url = 'null' THEN
        RAISE EXCEPTION 'url argument is missing';
    END IF;
    IF method = 'GET' THEN
        request_id := net.http_get(url, params, headers, timeout_ms);
    ELSIF method = 'POST' THEN
        request_id := net.http_post(
            url,
            jsonb_build_object('old_record', OLD, 'record', NEW, 'type', TG_OP,
                               'table', TG_TABLE_NAME, 'schema', TG_TABLE_SCHEMA),
            params, headers, timeout_ms);
    ELSE
        RAISE EXCEPTION 'method argument % is invalid', method;
    END IF;
    INSERT INTO supabase_functions.hooks (hook_table_id, hook_name, request_id)
    VALUES (TG_RELID, TG_NAME, request_id);
    RETURN NEW;
END
$http_request$;

-- Grants and default privileges -------------------------------------------------------------

GRANT USAGE ON SCHEMA public TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public
    GRANT ALL ON TABLES TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public
    GRANT ALL ON FUNCTIONS TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public
    GRANT ALL ON SEQUENCES TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA public
    GRANT ALL ON TABLES TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA public
    GRANT ALL ON FUNCTIONS TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA public
    GRANT ALL ON SEQUENCES TO postgres, anon, authenticated, service_role;

GRANT USAGE ON SCHEMA extensions TO postgres, anon, authenticated, service_role;
GRANT ALL ON SCHEMA extensions TO dashboard_user;

GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role;
GRANT ALL ON SCHEMA auth TO supabase_auth_admin, dashboard_user;
GRANT USAGE ON SCHEMA auth TO postgres;
GRANT ALL ON ALL TABLES IN SCHEMA auth TO supabase_auth_admin, dashboard_user, postgres;
GRANT ALL ON ALL SEQUENCES IN SCHEMA auth TO supabase_auth_admin, dashboard_user, postgres;
GRANT ALL ON ALL ROUTINES IN SCHEMA auth TO supabase_auth_admin, dashboard_user, postgres;

GRANT USAGE ON SCHEMA storage TO postgres, anon, authenticated, service_role;
GRANT ALL ON SCHEMA storage TO supabase_storage_admin WITH GRANT OPTION;
GRANT ALL ON SCHEMA storage TO dashboard_user;
GRANT ALL ON ALL TABLES IN SCHEMA storage TO postgres, anon, authenticated, service_role;
GRANT ALL ON ALL SEQUENCES IN SCHEMA storage TO postgres, anon, authenticated, service_role;
GRANT ALL ON ALL ROUTINES IN SCHEMA storage TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_storage_admin IN SCHEMA storage
    GRANT ALL ON TABLES TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_storage_admin IN SCHEMA storage
    GRANT ALL ON FUNCTIONS TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_storage_admin IN SCHEMA storage
    GRANT ALL ON SEQUENCES TO postgres, anon, authenticated, service_role;

GRANT USAGE ON SCHEMA realtime TO postgres, anon, authenticated, service_role;
GRANT ALL ON SCHEMA realtime TO supabase_realtime_admin;
GRANT ALL ON realtime.messages TO postgres, anon, authenticated, service_role;

GRANT USAGE ON SCHEMA graphql_public TO postgres, anon, authenticated, service_role;

GRANT USAGE ON SCHEMA supabase_functions TO postgres, anon, authenticated, service_role;
GRANT ALL ON SCHEMA supabase_functions TO supabase_functions_admin;
GRANT ALL ON supabase_functions.hooks TO postgres, service_role, supabase_functions_admin;
GRANT ALL ON SEQUENCE supabase_functions.hooks_id_seq TO postgres, service_role, supabase_functions_admin;
GRANT EXECUTE ON FUNCTION supabase_functions.http_request() TO postgres, anon, authenticated, service_role;

-- Extensions a new Supabase project has, where this server offers them (the real ones on a
-- system PostgreSQL with contrib; pgstrata's stand-ins on PostgreSQL 18 with
-- extension_control_path).  Migrations that create them again are then no-ops, as there.
DO $preinstalled$
DECLARE
    ext record;
BEGIN
    FOR ext IN
        SELECT e.name, e.schema FROM (VALUES
            ('uuid-ossp', 'extensions'),
            ('pgcrypto', 'extensions'),
            ('pg_graphql', 'graphql'),
            ('supabase_vault', 'vault')
        ) AS e(name, schema)
        JOIN pg_catalog.pg_available_extensions AS a ON a.name = e.name
        WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_extension AS x WHERE x.extname = e.name)
    LOOP
        EXECUTE pg_catalog.format('CREATE SCHEMA IF NOT EXISTS %I', ext.schema);
        EXECUTE pg_catalog.format('CREATE EXTENSION IF NOT EXISTS %I WITH SCHEMA %I', ext.name, ext.schema);
    END LOOP;
END
$preinstalled$;

INSERT INTO extensions.pgstrata_supabase_basics (version) VALUES (2) ON CONFLICT (version) DO NOTHING;
