"""Supabase basics and stand-in extensions on real servers (embedded 18, Debian 15)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from conftest import free_port

from pgstrata.local import LocalServer, embedded_bin_dir
from pgstrata.supabase import (
    BASICS_VERSION,
    STANDIN_MARKER,
    SupabaseError,
    apply_basics,
    available_standins,
    basics_sql,
    basics_version,
    control_path_setting,
    enable_standins,
    installed_standins,
    prepare_local_database,
    standin_dir,
    standin_names,
)

ALICE = "a11ce000-0000-4000-8000-000000000001"
BOB = "b0b00000-0000-4000-8000-000000000002"
STANDINS = ["http", "pg_cron", "pg_graphql", "pg_jsonschema", "pg_net", "pgcrypto", "pgjwt", "pgmq",
            "supabase_vault", "uuid-ossp"]


def _claims(conn: psycopg.Connection, claims: str) -> None:
    conn.execute("SELECT set_config('request.jwt.claims', %s, true)", (claims,))


@pytest.fixture
def basics_db(db: str) -> Iterator[psycopg.Connection]:
    """A fresh database with the basics applied, on each server."""
    with psycopg.connect(db, autocommit=True) as conn:
        apply_basics(conn)
        yield conn


# -- basics ----------------------------------------------------------------------------------


def test_basics_apply_twice(db: str) -> None:
    with psycopg.connect(db, autocommit=True) as conn:
        assert basics_version(conn) is None
        assert apply_basics(conn) == str(BASICS_VERSION)
        assert apply_basics(conn) == str(BASICS_VERSION)
        assert basics_version(conn) == BASICS_VERSION
        assert conn.execute("SELECT count(*) FROM extensions.pgstrata_supabase_basics").fetchone() == (1,)

        roles = dict(
            (r[0], r[1:]) for r in conn.execute(
                "SELECT rolname, rolcanlogin, rolinherit, rolbypassrls FROM pg_roles"
                " WHERE rolname IN ('anon', 'authenticated', 'service_role', 'authenticator',"
                " 'supabase_admin', 'supabase_auth_admin', 'supabase_storage_admin', 'dashboard_user')"
            ).fetchall()
        )
        assert roles["anon"] == (False, False, False)
        assert roles["authenticated"] == (False, False, False)
        assert roles["service_role"] == (False, False, True)
        assert roles["authenticator"] == (True, False, False)
        assert {"supabase_admin", "supabase_auth_admin", "supabase_storage_admin", "dashboard_user"} <= set(roles)
        members = {r[0] for r in conn.execute(
            "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
            " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'authenticator'"
        ).fetchall()}
        assert {"anon", "authenticated", "service_role"} <= members

        schemas = {r[0] for r in conn.execute("SELECT nspname FROM pg_namespace").fetchall()}
        assert {"auth", "storage", "extensions", "realtime", "graphql_public"} <= schemas
        for fn in ("auth.uid()", "auth.role()", "auth.jwt()", "auth.email()",
                   "storage.foldername(text)", "storage.filename(text)", "storage.extension(text)"):
            assert conn.execute("SELECT to_regprocedure(%s)", (fn,)).fetchone() != (None,), fn
        for table in ("auth.users", "auth.identities", "auth.sessions", "storage.buckets",
                      "storage.objects", "realtime.messages"):
            assert conn.execute("SELECT to_regclass(%s)", (table,)).fetchone() != (None,), table
        rls = conn.execute(
            "SELECT relrowsecurity FROM pg_class WHERE oid = 'storage.objects'::regclass"
        ).fetchone()
        assert rls == (True,)
        assert conn.execute(
            "SELECT count(*) FROM pg_publication WHERE pubname = 'supabase_realtime'"
        ).fetchone() == (1,)


def test_basics_need_no_contrib_extension() -> None:
    text = basics_sql()
    assert "INSERT INTO extensions.pgstrata_supabase_basics (version) VALUES "\
        f"({BASICS_VERSION})" in text
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("--"))
    for forbidden in ("uuid_generate", "gen_salt", "crypt(", "digest(", "COLLATE"):
        assert forbidden not in body


def test_auth_functions_read_the_jwt_claims(basics_db: psycopg.Connection) -> None:
    conn = basics_db
    assert conn.execute("SELECT auth.uid(), auth.role(), auth.jwt()").fetchone() == (None, None, None)
    with conn.transaction():
        _claims(conn, f'{{"sub": "{ALICE}", "role": "authenticated", "email": "alice@example.invalid"}}')
        row = conn.execute("SELECT auth.uid()::text, auth.role(), auth.email(), auth.jwt() ->> 'sub'").fetchone()
        assert row == (ALICE, "authenticated", "alice@example.invalid", ALICE)
    with conn.transaction():  # the older per-claim setting wins, as on Supabase
        _claims(conn, f'{{"sub": "{ALICE}"}}')
        conn.execute("SELECT set_config('request.jwt.claim.sub', %s, true)", (BOB,))
        assert conn.execute("SELECT auth.uid()::text").fetchone() == (BOB,)
    assert conn.execute("SELECT auth.uid()").fetchone() == (None,)


def test_rls_policy_with_auth_uid(basics_db: psycopg.Connection) -> None:
    conn = basics_db
    # No GRANT here: the default privileges of public give authenticated access, as on Supabase.
    conn.execute(
        "CREATE TABLE public.notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        " user_id uuid NOT NULL DEFAULT auth.uid(), body text NOT NULL)"
    )
    conn.execute("ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY")
    conn.execute(
        "CREATE POLICY own_notes ON public.notes FOR ALL TO authenticated"
        " USING ((SELECT auth.uid()) = user_id) WITH CHECK ((SELECT auth.uid()) = user_id)"
    )
    conn.execute(
        "INSERT INTO public.notes (user_id, body) VALUES (%s, 'alice 1'), (%s, 'alice 2'), (%s, 'bob 1')",
        (ALICE, ALICE, BOB),
    )
    with conn.transaction():
        _claims(conn, f'{{"sub": "{ALICE}", "role": "authenticated"}}')
        conn.execute("SET LOCAL ROLE authenticated")
        bodies = [r[0] for r in conn.execute("SELECT body FROM public.notes ORDER BY id").fetchall()]
        assert bodies == ["alice 1", "alice 2"]
        conn.execute("INSERT INTO public.notes (body) VALUES ('alice 3')")  # user_id from auth.uid()
        with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
            conn.execute("INSERT INTO public.notes (user_id, body) VALUES (%s, 'forged')", (BOB,))
    with conn.transaction():
        conn.execute("SET LOCAL ROLE anon")
        assert conn.execute("SELECT count(*) FROM public.notes").fetchone() == (0,)
    with conn.transaction():
        conn.execute("SET LOCAL ROLE service_role")  # BYPASSRLS
        assert conn.execute("SELECT count(*) FROM public.notes").fetchone() == (4,)


def test_storage_objects(basics_db: psycopg.Connection) -> None:
    conn = basics_db
    row = conn.execute(
        "SELECT storage.foldername('a/b/c.tar.gz'), storage.filename('a/b/c.tar.gz'),"
        " storage.extension('a/b/c.tar.gz')"
    ).fetchone()
    assert row == (["a", "b"], "c.tar.gz", "gz")
    conn.execute("INSERT INTO storage.buckets (id, name) VALUES ('docs', 'docs')")
    conn.execute("INSERT INTO storage.objects (bucket_id, name) VALUES ('docs', %s)", (f"{ALICE}/x.pdf",))
    assert conn.execute("SELECT path_tokens FROM storage.objects").fetchone() == ([ALICE, "x.pdf"],)
    with conn.transaction():
        _claims(conn, f'{{"sub": "{ALICE}", "role": "authenticated"}}')
        conn.execute("SET LOCAL ROLE authenticated")  # RLS on, no policy: nothing visible
        assert conn.execute("SELECT count(*) FROM storage.objects").fetchone() == (0,)


def test_basics_leave_a_real_supabase_alone(db: str) -> None:
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA auth")
        conn.execute("CREATE TABLE auth.users (id uuid PRIMARY KEY)")
        with pytest.raises(SupabaseError, match="did not create"):
            apply_basics(conn)
        assert basics_version(conn) is None


def test_basics_need_a_superuser(db: str) -> None:
    role = f"pgstrata_not_super_{os.getpid()}"
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
    try:
        with psycopg.connect(db, user=role, autocommit=True) as conn, \
                pytest.raises(SupabaseError, match="superuser"):
            apply_basics(conn)
    finally:
        with psycopg.connect(db, autocommit=True) as conn:
            conn.execute(f"DROP ROLE {role}")


def test_enable_standins_only_from_18(db: str) -> None:
    with psycopg.connect(db, autocommit=True) as conn:
        enabled = enable_standins(conn)
        assert enabled == (conn.info.server_version >= 180000)
    if enabled:  # the database setting reaches new sessions
        with psycopg.connect(db, autocommit=True) as conn:
            names = {r[0] for r in conn.execute(
                "SELECT name FROM pg_available_extensions WHERE comment LIKE %s", (STANDIN_MARKER + "%",)
            ).fetchall()}
            assert names == set(STANDINS)


# -- stand-in extensions ---------------------------------------------------------------------


def test_standin_files() -> None:
    assert standin_names() == STANDINS
    folder = standin_dir() / "extension"
    wheel = {p.stem for p in (embedded_bin_dir().parent / "share" / "extension").glob("*.control")}
    for name in STANDINS:
        assert name not in wheel, f"{name} would shadow a real extension of the wheel"
        control = (folder / f"{name}.control").read_text()
        comment = re.search(r"^comment = '(.*)'$", control, re.M)
        assert comment and comment.group(1).startswith(STANDIN_MARKER)
        version = re.search(r"^default_version = '(.*)'$", control, re.M)
        assert version and (folder / f"{name}--{version.group(1)}.sql").is_file()
    assert control_path_setting() == f"'$system:{standin_dir()}'"


@pytest.fixture(scope="module")
def standin_server(servers_root: Path) -> Iterator[str]:
    """An embedded 18 started with extension_control_path = $system + the stand-ins."""
    server = LocalServer(
        servers_root / "pg18-standins", port=free_port(),
        settings={"extension_control_path": control_path_setting()},
    )
    info = server.start()
    with psycopg.connect(info.socket_url(), autocommit=True) as conn:
        assert available_standins(conn) == STANDINS, f"the server cannot read {standin_dir()}"
        conn.execute("CREATE DATABASE standins TEMPLATE template0")
    yield info.socket_url("standins")
    server.stop()


def test_standins_load_with_the_server_setting(standin_server: str) -> None:
    with psycopg.connect(standin_server, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA IF NOT EXISTS extensions")
        conn.execute('CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions')
        conn.execute("create extension pgcrypto with schema extensions")
        conn.execute("CREATE EXTENSION pgjwt WITH SCHEMA extensions")
        conn.execute("CREATE EXTENSION pg_net WITH SCHEMA extensions")
        conn.execute("CREATE EXTENSION pg_cron WITH SCHEMA pg_catalog")
        conn.execute("CREATE EXTENSION pg_graphql")
        conn.execute("CREATE EXTENSION supabase_vault")
        conn.execute("create extension pg_jsonschema with schema extensions")
        conn.execute("create extension http with schema extensions")
        conn.execute("create extension pgmq")  # as Supabase enables Queues: schema pgmq
        conn.execute("CREATE EXTENSION vector WITH SCHEMA extensions")  # the wheel's real one
        assert installed_standins(conn) == STANDINS
        q = conn.execute

        # uuid-ossp: RFC 4122 name-based UUIDs are bit-exact
        assert q("SELECT extensions.uuid_generate_v3(extensions.uuid_ns_dns(), 'www.example.com')::text,"
                 " extensions.uuid_generate_v5(extensions.uuid_ns_dns(), 'www.example.com')::text"
                 ).fetchone() == ("5df41881-3aed-3515-88a7-2f4a814cf09e", "2ed6657d-e927-568b-95e1-2665a8aea6a2")
        v1, v4 = q("SELECT extensions.uuid_generate_v1()::text, extensions.uuid_generate_v4()::text").fetchone()
        assert v1[14] == "1" and v4[14] == "4"

        # pgcrypto: digests and HMACs are real; crypt keeps its salt prefix
        assert q("SELECT encode(extensions.digest('abc', 'sha1'), 'hex')").fetchone() == (
            "a9993e364706816aba3e25717850c26c9cd0d89d",)
        msg = "The quick brown fox jumps over the lazy dog"
        assert q("SELECT encode(extensions.hmac(%s, 'key', 'sha256'), 'hex'),"
                 " encode(extensions.hmac(%s, 'key', 'sha1'), 'hex')", (msg, msg)).fetchone() == (
            "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
            "de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9")
        ok, wrong, length = q(
            "WITH h AS (SELECT extensions.crypt('s3cret', extensions.gen_salt('bf')) AS hash)"
            " SELECT extensions.crypt('s3cret', hash) = hash, extensions.crypt('other', hash) = hash,"
            " length(hash) FROM h").fetchone()
        assert (ok, wrong, length) == (True, False, 60)
        assert q("SELECT extensions.pgp_sym_decrypt(extensions.pgp_sym_encrypt('hi', 'k'), 'k'),"
                 " length(extensions.gen_random_bytes(16))").fetchone() == ("hi", 16)

        # pgjwt: the jwt.io example token
        token = q("SELECT extensions.sign('{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}'::json,"
                  " 'your-256-bit-secret')").fetchone()[0]
        assert token.endswith(".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
        assert q("SELECT valid FROM extensions.verify(%s, 'your-256-bit-secret')", (token,)).fetchone() == (True,)

        # pg_net: recorded, never sent
        rid = q("SELECT net.http_post('https://hooks.example.invalid/x', '{\"a\": 1}'::jsonb)").fetchone()[0]
        assert q("SELECT method, url FROM net.http_request_queue WHERE id = %s", (rid,)).fetchone() == (
            "POST", "https://hooks.example.invalid/x")

        # pg_cron: both schedule() forms, unschedule() by name
        q("SELECT cron.schedule('nightly', '0 3 * * *', 'SELECT 1')")
        q("SELECT cron.schedule('*/5 * * * *', 'SELECT 2')")
        assert q("SELECT count(*) FROM cron.job").fetchone() == (2,)
        assert q("SELECT cron.unschedule('nightly')").fetchone() == (True,)

        # supabase_vault and pg_graphql
        q("SELECT vault.create_secret('not-a-real-secret', 'demo_key')")
        assert q("SELECT decrypted_secret FROM vault.decrypted_secrets WHERE name = 'demo_key'").fetchone() == (
            "not-a-real-secret",)
        assert "errors" in q("SELECT graphql.resolve('{ __typename }')").fetchone()[0]


# (schema, an instance it accepts, an instance it rejects): one row per keyword the stand-in checks
JSONSCHEMA_KEYWORDS = [
    ('{"type": "string"}', '"x"', "1"),
    ('{"type": ["string", "null"]}', "null", "1"),
    ('{"type": "integer"}', "1.0", "1.5"),
    ('{"type": "number"}', "1.5", '"1.5"'),
    ('{"type": "object", "properties": {"n": {"type": "integer"}}}', '{"n": 1, "x": "y"}', '{"n": "1"}'),
    ('{"required": ["a", "b"]}', '{"a": 1, "b": null}', '{"a": 1}'),
    ('{"properties": {"a": {}}, "additionalProperties": false}', '{"a": 1}', '{"a": 1, "b": 2}'),
    ('{"properties": {"a": {}}, "additionalProperties": {"type": "string"}}', '{"a": 1, "b": "2"}', '{"b": 2}'),
    ('{"patternProperties": {"^x-": {"type": "string"}}, "additionalProperties": false}', '{"x-a": "1"}',
     '{"y": "1"}'),
    ('{"items": {"type": "string"}}', '["a", "b"]', '["a", 2]'),
    ('{"items": [{"type": "string"}], "additionalItems": false}', '["a"]', '["a", "b"]'),
    ('{"enum": ["draft", "live", 3]}', "3.0", '"gone"'),
    ('{"const": {"v": 1}}', '{"v": 1}', '{"v": 2}'),
    ('{"minimum": 0, "maximum": 10}', "10", "10.5"),
    ('{"minimum": 0}', "0", "-0.001"),
    ('{"exclusiveMinimum": 0, "exclusiveMaximum": 10}', "9.9", "10"),
    ('{"exclusiveMinimum": 0}', "0.1", "0"),
    ('{"minimum": 0, "exclusiveMinimum": true}', "1", "0"),
    ('{"multipleOf": 0.5}', "2.5", "2.2"),
    ('{"minLength": 2, "maxLength": 3}', '"éé"', '"abcd"'),
    ('{"minLength": 2}', '"ab"', '"é"'),
    ('{"pattern": "^[a-z]+(-[a-z]+)*$"}', '"dark-mode"', '"Dark mode"'),
    ('{"pattern": "\\\\d{4}"}', '"in 2024"', '"in 24"'),
    ('{"minItems": 1, "maxItems": 2}', "[1]", "[]"),
    ('{"maxItems": 2}', "[1, 2]", "[1, 2, 3]"),
    ('{"uniqueItems": true}', '[1, "1", {"a": 1}]', '[{"a": 1}, {"a": 1}]'),
    ('{"contains": {"const": "admin"}}', '["user", "admin"]', '["user"]'),
    ('{"minProperties": 1, "maxProperties": 1}', '{"a": 1}', "{}"),
    ('{"propertyNames": {"pattern": "^[a-z_]+$"}}', '{"ok_name": 1}', '{"Bad": 1}'),
    ('{"anyOf": [{"type": "string"}, {"type": "integer"}]}', "3", "3.5"),
    ('{"oneOf": [{"type": "integer"}, {"type": "number"}]}', "1.5", "1"),
    ('{"allOf": [{"required": ["a"]}, {"required": ["b"]}]}', '{"a": 1, "b": 2}', '{"a": 1}'),
    ('{"not": {"type": "null"}}', "0", "null"),
    ('{"if": {"properties": {"kind": {"const": "url"}}}, "then": {"required": ["href"]}}',
     '{"kind": "text"}', '{"kind": "url"}'),
    ('{"format": "email", "x-unknown": 1, "type": "string"}', '"not an email"', "1"),
    ('{"definitions": {"tag": {"type": "string"}}, "type": "array", "items": {"$ref": "#/definitions/tag"}}',
     '["a"]', "[1]"),
    ('{"$defs": {"node": {"type": "object", "properties": {"next": {"$ref": "#/$defs/node"}}}},'
     ' "$ref": "#/$defs/node"}', '{"next": {"next": {}}}', '{"next": {"next": 1}}'),
    ("false", "null", "null"),
]


@pytest.mark.parametrize(("schema", "accepted", "rejected"), JSONSCHEMA_KEYWORDS,
                         ids=[row[0][:40] for row in JSONSCHEMA_KEYWORDS])
def test_pg_jsonschema_standin_keywords(standin_server: str, schema: str, accepted: str, rejected: str) -> None:
    with psycopg.connect(standin_server, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA IF NOT EXISTS extensions")
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_jsonschema WITH SCHEMA extensions")
        check = ("SELECT extensions.json_matches_schema(%(s)s::json, %(i)s::json),"
                 " extensions.jsonb_matches_schema(%(s)s::json, %(i)s::jsonb),"
                 " extensions.jsonschema_validation_errors(%(s)s::json, %(i)s::json)")
        if schema != "false":
            assert conn.execute(check, {"s": schema, "i": accepted}).fetchone() == (True, True, [])
        as_json, as_jsonb, errors = conn.execute(check, {"s": schema, "i": rejected}).fetchone()
        assert (as_json, as_jsonb) == (False, False) and errors
        assert conn.execute("SELECT extensions.jsonschema_is_valid(%s::json)", (schema,)).fetchone() == (True,)


def test_pg_jsonschema_standin_in_a_check(standin_server: str) -> None:
    with psycopg.connect(standin_server, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA IF NOT EXISTS extensions")
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_jsonschema WITH SCHEMA extensions")
        q = conn.execute
        # the messages and their order are jsonschema-rs's (pg_jsonschema's own tests)
        assert q("""SELECT extensions.jsonschema_validation_errors('{"maxLength": 4}', '"123456789"')""").fetchone() == (
            ['"123456789" is longer than 4 characters'],)
        assert q("""SELECT extensions.jsonschema_validation_errors(
                      '{"type": "object", "properties": {"foo": {"type": "string"}, "bar": {"type": "number"},
                                                         "baz": {"type": "boolean"}}}',
                      '{"foo": 1, "bar": [], "baz": "1"}')""").fetchone() == (
            ['[] is not of type "number"', '"1" is not of type "boolean"', '1 is not of type "string"'],)
        assert q("""SELECT extensions.jsonschema_is_valid('{"type": "obj"}'),
                           extensions.jsonschema_is_valid('{"minLength": -1}'),
                           extensions.jsonschema_is_valid('{"pattern": "("}'),
                           extensions.jsonschema_is_valid('{"properties": {"a": {"type": 3}}}')""").fetchone() == (
            False, False, False, False)
        q("DROP TABLE IF EXISTS customer")
        q("""create table customer (
                 id serial primary key,
                 metadata jsonb check (extensions.jsonb_matches_schema(
                     '{"type": "object", "properties": {"tags": {"type": "array",
                       "items": {"type": "string", "maxLength": 16}}}}', metadata)))""")
        q("""insert into customer (metadata) values ('{"tags": ["vip", "darkmode-ui"]}')""")
        with pytest.raises(psycopg.errors.CheckViolation):
            q("""insert into customer (metadata) values ('{"tags": [1, 3]}')""")
        q("DROP TABLE customer")


def test_http_standin_sends_nothing(standin_server: str) -> None:
    with psycopg.connect(standin_server, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA IF NOT EXISTS extensions")
        conn.execute("CREATE EXTENSION IF NOT EXISTS http WITH SCHEMA extensions")
        q = conn.execute
        status, content_type, content = q(
            "SELECT status, content_type, content FROM extensions.http_get('https://api.example.invalid/items')"
        ).fetchone()
        assert (status, content_type) == (503, "text/plain")
        assert "pgstrata stand-in" in content and "GET https://api.example.invalid/items" in content
        status, content = q(
            "SELECT status, content FROM extensions.http_post('https://hooks.example.invalid/x',"
            " '{\"a\": 1}', 'application/json')").fetchone()
        assert status == 503 and "POST https://hooks.example.invalid/x" in content
        assert q("SELECT (extensions.http(('PATCH', 'https://e.invalid', ARRAY[extensions.http_header('A', 'b')],"
                 " 'text/plain', 'x')::extensions.http_request)).status").fetchone() == (503,)
        assert "?q=a+b&page=2" in q(
            "SELECT content FROM extensions.http_get('https://e.invalid/s', '{\"q\": \"a b\", \"page\": 2}'::jsonb)"
        ).fetchone()[0]
        with pytest.raises(psycopg.errors.RaiseException, match="content_type is NULL"):
            q("SELECT extensions.http(('POST', 'https://e.invalid', NULL, NULL, 'x')::extensions.http_request)")

        # urlencode is pgsql-http's: unreserved bytes pass, a space is +, the rest %XX
        assert q("SELECT extensions.urlencode('my special string''s & things?'),"
                 " extensions.urlencode('é/~-._'::varchar), extensions.urlencode('\\x00ff41'::bytea)").fetchone() == (
            "my+special+string%27s+%26+things%3F", "%C3%A9%2F~-._", "")
        assert q("SELECT extensions.urlencode('\\x41ff'::bytea),"
                 " extensions.urlencode('{\"name\": \"Colin & James\", \"rate\": \"50%\", \"n\": 1.50, \"t\": true,"
                 " \"z\": null, \"nested\": [1], \"\": 3}'::jsonb), extensions.urlencode('{}'::jsonb)").fetchone() == (
            "A%FF", "n=1.5&t=true&z=&name=Colin+%26+James&rate=50%25", None)

        # curl options: the real names, remembered for the session
        assert q("SELECT extensions.http_set_curlopt('CURLOPT_TIMEOUT_MS', '2000')").fetchone() == (True,)
        assert q("SELECT * FROM extensions.http_list_curlopt()").fetchall() == [("CURLOPT_TIMEOUT_MS", "2000")]
        with pytest.raises(psycopg.errors.RaiseException, match="not available for run-time configuration"):
            q("SELECT extensions.http_set_curlopt('CURLOPT_URL', 'x')")
        assert q("SELECT extensions.http_reset_curlopt()").fetchone() == (True,)
        assert q("SELECT count(*) FROM extensions.http_list_curlopt()").fetchone() == (0,)
def test_pgmq_standin_queues(standin_server: str) -> None:
    """pgmq: a queue's tables are the real ones and the extension's; send, read (the visibility
    timeout hides a read message), archive, delete, metrics."""
    with psycopg.connect(standin_server, autocommit=True) as conn:
        q = conn.execute
        q("CREATE EXTENSION IF NOT EXISTS pgmq")
        q("SELECT pgmq.create('Jobs')")
        q("SELECT pgmq.create_unlogged('scratch')")
        members = {r[0] for r in q(
            "SELECT c.relname FROM pg_depend AS d JOIN pg_class AS c ON c.oid = d.objid"
            " WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e'"
            " AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'pgmq')").fetchall()}
        assert {"meta", "q_jobs", "q_jobs_msg_id_seq", "a_jobs", "q_scratch", "a_scratch"} <= members
        assert q("SELECT relpersistence FROM pg_class WHERE oid = 'pgmq.q_scratch'::regclass").fetchone() == ("u",)
        assert q("SELECT attname, attidentity FROM pg_attribute WHERE attrelid = 'pgmq.q_jobs'::regclass"
                 " AND attnum > 0 ORDER BY attnum").fetchall() == [
            ("msg_id", "a"), ("read_ct", ""), ("enqueued_at", ""), ("vt", ""), ("message", "")]
        assert {r[0] for r in q("SELECT indexname FROM pg_indexes WHERE schemaname = 'pgmq'"
                                " AND tablename IN ('q_jobs', 'a_jobs')").fetchall()} == {
            "q_jobs_pkey", "q_jobs_vt_idx", "a_jobs_pkey", "archived_at_idx_Jobs"}
        assert q("SELECT queue_name, is_partitioned, is_unlogged FROM pgmq.list_queues()"
                 " ORDER BY 1").fetchall() == [("Jobs", False, False), ("scratch", False, True)]

        first = q("SELECT * FROM pgmq.send('Jobs', '{\"n\": 1}')").fetchone()[0]
        later = q("SELECT * FROM pgmq.send(queue_name => 'Jobs', msg => '{\"n\": 2}', delay => 60)").fetchone()[0]
        batch = [r[0] for r in q("SELECT * FROM pgmq.send_batch('Jobs', ARRAY['{\"n\": 3}', '{\"n\": 4}']::jsonb[])")]
        assert first < later < batch[0] < batch[1]
        read = q("SELECT msg_id, read_ct, message FROM pgmq.read('Jobs', 30, 2)").fetchall()
        assert read == [(first, 1, {"n": 1}), (batch[0], 1, {"n": 3})]  # the delayed one is not visible yet
        assert q("SELECT msg_id FROM pgmq.read('Jobs', 30, 10)").fetchall() == [(batch[1],)]  # vt hides the rest
        assert q("SELECT count(*) FROM pgmq.read('Jobs', 30, 10, '{\"n\": 3}')").fetchone() == (0,)
        assert q("SELECT count(*) FROM pgmq.read_with_poll('Jobs', 30, 1, 1, 50)").fetchone() == (0,)  # polled 1 s
        assert q("SELECT msg_id FROM pgmq.set_vt('Jobs', %s::bigint, 0)", (batch[0],)).fetchone() == (batch[0],)
        assert q("SELECT msg_id, read_ct FROM pgmq.read_with_poll('Jobs', 30, 5)").fetchall() == [(batch[0], 2)]
        assert q("SELECT pgmq.archive('Jobs', %s::bigint)", (first,)).fetchone() == (True,)
        assert q("SELECT msg_id, read_ct FROM pgmq.a_jobs").fetchall() == [(first, 1)]
        assert q("SELECT pgmq.delete('Jobs', %s::bigint), pgmq.delete('Jobs', %s::bigint)",
                 (batch[0], first)).fetchone() == (True, False)
        assert sorted(q("SELECT * FROM pgmq.archive('Jobs', ARRAY[%s, %s]::bigint[])",
                        (batch[1], later)).fetchall()) == [(later,), (batch[1],)]
        assert q("SELECT count(*) FROM pgmq.q_jobs").fetchone() == (0,)
        metrics = q("SELECT queue_name, queue_length, total_messages FROM pgmq.metrics('Jobs')").fetchone()
        assert metrics == ("Jobs", 0, 4)
        assert q("SELECT count(*) FROM pgmq.metrics_all()").fetchone() == (2,)
        q("SELECT pgmq.send('scratch', '{}')")
        assert q("SELECT msg_id, message FROM pgmq.pop('scratch')").fetchone() == (1, {})
        assert q("SELECT pgmq.purge_queue('Jobs')").fetchone() == (0,)
        with pytest.raises(psycopg.errors.RaiseException, match="pg_partman"):
            q("SELECT pgmq.create_partitioned('parts')")

        q("SELECT pgmq.detach_archive('scratch')")  # the archive stays, as the application's table
        assert q("SELECT pgmq.drop_queue('scratch'), pgmq.drop_queue('Jobs')").fetchone() == (True, True)
        assert q("SELECT to_regclass('pgmq.q_jobs'), to_regclass('pgmq.a_jobs'),"
                 " to_regclass('pgmq.a_scratch') IS NOT NULL").fetchone() == (None, None, True)
        assert q("SELECT count(*) FROM pgmq.meta").fetchone() == (0,)
        q("DROP TABLE pgmq.a_scratch")


def test_queue_sequence_outside_pgmq_is_the_extensions(standin_server: str) -> None:
    """pgmq 1.4.4 (Supabase's) adds a queue's tables to the extension but not the identity
    sequence of q_<name>, which the schema's default privileges grant SELECT to pg_monitor.
    That sequence is the queue's: compare must not GRANT on it in a database without the
    queue, and extract must not name it."""
    from pgstrata.catalog import inspect, inspect_pair
    from pgstrata.diff.compare import compare
    from pgstrata.extract import extract_sql

    with psycopg.connect(standin_server, autocommit=True) as conn:
        for name in ("queue_seq_a", "queue_seq_b"):
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name} TEMPLATE template0")
    base, query = standin_server.split("?", 1)
    with_queue, without = (f"{base.rsplit('/', 1)[0]}/{name}?{query}" for name in ("queue_seq_a", "queue_seq_b"))
    with psycopg.connect(without, autocommit=True) as conn:
        conn.execute("create extension pgmq")
    with psycopg.connect(with_queue, autocommit=True) as conn:
        conn.execute("create extension pgmq")
        conn.execute("select pgmq.create('embedding_jobs')")
        conn.execute("ALTER EXTENSION pgmq DROP SEQUENCE pgmq.q_embedding_jobs_msg_id_seq")  # as 1.4.4 leaves it
    plan = compare(*inspect_pair((with_queue, None, None), (without, None, None)))
    assert plan.empty, plan.to_sql()
    with psycopg.connect(with_queue, autocommit=True) as conn:
        assert "embedding_jobs" not in extract_sql(inspect(conn))


def test_basics_preinstall_standins(standin_server: str) -> None:
    with psycopg.connect(standin_server, autocommit=True) as conn:
        for name in ("pgjwt", "pg_net", "pg_cron", "pg_graphql", "pgmq", "supabase_vault", "pgcrypto", '"uuid-ossp"',
                     "pg_jsonschema", "http"):
            conn.execute(f"DROP EXTENSION IF EXISTS {name} CASCADE")
        local = prepare_local_database(conn)  # the server setting suffices; the database one is extra
        assert local.standins_enabled
        assert local.standins_installed == ("pg_graphql", "pgcrypto", "supabase_vault", "uuid-ossp")
        assert installed_standins(conn) == list(local.standins_installed)
        # graphql_public.graphql now reaches graphql.resolve (the stand-in's answer)
        answer = conn.execute("SELECT graphql_public.graphql(query => '{ x }')").fetchone()[0]
        assert "pgstrata stand-in" in answer["errors"][0]["message"]


def test_extension_without_set_schema_moves_by_being_made_again(standin_server: str) -> None:
    """pg_net (like pg_cron, pgjwt …) does not support ALTER EXTENSION … SET SCHEMA: moving it
    to another schema drops and creates it there (with the deletes_data hazard)."""
    from pgstrata.catalog import inspect_pair
    from pgstrata.diff.compare import compare

    with psycopg.connect(standin_server, autocommit=True) as conn:
        for name in ("ext_move_a", "ext_move_b"):
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name} TEMPLATE template0")
    base, query = standin_server.split("?", 1)
    url_a, url_b = (f"{base.rsplit('/', 1)[0]}/{name}?{query}" for name in ("ext_move_a", "ext_move_b"))
    with psycopg.connect(url_a, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION pg_net WITH SCHEMA public")
    with psycopg.connect(url_b, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA extensions")
        conn.execute("CREATE EXTENSION pg_net WITH SCHEMA extensions")
    plan = compare(*inspect_pair((url_b, None, None), (url_a, None, None)))
    sql = plan.to_sql()
    assert "SET SCHEMA" not in sql and "DROP EXTENSION pg_net" in sql, sql
    assert any("deletes_data" in str(h) for s in plan.statements for h in s.hazards)
    with psycopg.connect(url_a) as conn:  # one transaction, as sync applies it
        conn.execute(sql)
    assert compare(*inspect_pair((url_b, None, None), (url_a, None, None))).empty


def test_standin_comment_is_never_carried_to_or_from_a_real_extension(standin_server: str) -> None:
    """CREATE EXTENSION gives a stand-in its control file's comment ("pgstrata stand-in: …"):
    a plan from a local project must not write it onto a hosted project's real extension, nor
    the real one's comment onto the stand-in (it is how a database knows its stand-ins)."""
    from pgstrata.catalog import inspect, inspect_pair
    from pgstrata.diff.compare import compare
    from pgstrata.extract import extract_sql

    with psycopg.connect(standin_server, autocommit=True) as conn:
        for name in ("comment_local", "comment_hosted"):
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name} TEMPLATE template0")
    base, query = standin_server.split("?", 1)
    local, hosted = (f"{base.rsplit('/', 1)[0]}/{name}?{query}" for name in ("comment_local", "comment_hosted"))
    for url in (local, hosted):
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE SCHEMA extensions")
            conn.execute("CREATE EXTENSION http WITH SCHEMA extensions")
            conn.execute("CREATE TABLE public.hooks (id int, headers extensions.http_header[])")
    with psycopg.connect(hosted, autocommit=True) as conn:  # what the real extension says
        conn.execute("COMMENT ON EXTENSION http IS"
                     " 'HTTP client for PostgreSQL, allows web page retrieval inside the database.'")
    assert compare(*inspect_pair((local, None, None), (hosted, None, None))).empty
    assert compare(*inspect_pair((hosted, None, None), (local, None, None))).empty
    with psycopg.connect(local, autocommit=True) as conn:
        script = extract_sql(inspect(conn))
    assert "CREATE EXTENSION IF NOT EXISTS http" in script and STANDIN_MARKER not in script, script
