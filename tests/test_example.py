"""The isA MCP example project: its migrations and seed on real servers."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import psycopg
import pytest

from pgstrata.config import load
from pgstrata.migrations.files import discover
from pgstrata.migrations.runner import Target, migrate
from pgstrata.policy import Protection
from pgstrata.supabase import prepare_local_database

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "isa-mcp"
MIGRATIONS = EXAMPLE / "supabase" / "migrations"
SEED = EXAMPLE / "supabase" / "seed.sql"
ALICE = "a11ce000-0000-4000-8000-000000000001"

TABLES_IN_PUBLIC = """
    SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
"""


def test_example_files() -> None:
    files = discover(MIGRATIONS)
    assert len(files) >= 10
    for f in files:
        assert re.fullmatch(r"\d{14}_[a-z0-9_]+\.sql", f.filename), f.filename
    config = tomllib.loads((EXAMPLE / "supabase" / "config.toml").read_text())
    assert config["db"]["major_version"] == 15
    assert config["db"]["seed"]["sql_paths"] == ["./seed.sql"]
    assert config["api"]["schemas"] == ["public"]
    project = load(EXAMPLE / "pgstrata.toml")
    assert project.supabase
    assert project.migrations_dir == MIGRATIONS
    assert project.seed_files == (SEED,)
    envs = {name: (env.url_template, env.protection) for name, env in project.environments.items()}
    assert envs == {
        "dev": ("local", Protection.MANUAL),
        "test": ("local", Protection.NONE),
        "staging": ("local:staging", Protection.MIGRATIONS),
        "production": ("local:production", Protection.APPROVAL),
    }
    seed = SEED.read_text()
    emails = set(re.findall(r"[\w.+-]+@[\w.-]+", seed))
    assert emails and all(e.endswith("@example.invalid") for e in emails)
    assert seed.index("insert into auth.users") < seed.index("insert into public.")


def test_example_migrates_and_seeds(db: str) -> None:
    with psycopg.connect(db, autocommit=True) as conn:
        has_vector = conn.execute(
            "SELECT count(*) FROM pg_available_extensions WHERE name = 'vector'"
        ).fetchone() == (1,)
        version = conn.info.server_version
        if not has_vector:
            pytest.skip(f"pgvector is not installed on this PostgreSQL {version // 10000} server; "
                        "the example's embeddings (vector(1536), HNSW) need it")
        local = prepare_local_database(conn)
        # 18: uuid-ossp and pgcrypto are stand-ins; 15: the real contrib extensions
        assert local.standins_enabled == (version >= 180000)
        if local.standins_enabled:
            assert {"pgcrypto", "uuid-ossp"} <= set(local.standins_installed)

    files = discover(MIGRATIONS)
    target = Target(url=db, environment="test")
    result = migrate(target, files)
    assert result.applied == [f.version for f in files]
    assert migrate(target, files).applied == []  # nothing left to do

    with psycopg.connect(db) as conn:
        with conn.transaction():
            conn.execute(SEED.read_text().encode(), prepare=False)

        assert conn.execute(TABLES_IN_PUBLIC).fetchone() == (43,)
        partitions = [r[0] for r in conn.execute(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
            " WHERE i.inhparent = 'public.events'::regclass ORDER BY 1").fetchall()]
        assert partitions == ["events_2025_07", "events_2025_08", "events_2025_09", "events_default"]
        without_rls = conn.execute(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
            " AND NOT c.relrowsecurity").fetchone()
        assert without_rls == (0,)
        assert conn.execute(
            "SELECT am.amname, oc.opcname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            " JOIN pg_am am ON am.oid = c.relam JOIN pg_opclass oc ON oc.oid = i.indclass[0]"
            " WHERE c.relname = 'mcp_unified_search_embeddings_embedding_idx'").fetchone() == (
            "hnsw", "vector_cosine_ops")

        # the seed went through auth.users and the profile trigger
        assert conn.execute("SELECT count(*) FROM auth.users").fetchone() == (3,)
        assert conn.execute("SELECT count(*) FROM public.users").fetchone() == (3,)
        assert conn.execute("SELECT count(*) FROM public.user_settings").fetchone() == (3,)
        assert conn.execute("SELECT count(*) FROM public.mcp_unified_search_embeddings").fetchone() == (11,)
        assert conn.execute("SELECT count(*) FROM public.events_default").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM supabase_migrations.schema_migrations").fetchone() == (
            len(files),)

        # RLS as the signed-in Alice: her rows only, and match_memories() searches hers
        with conn.transaction():
            conn.execute("SELECT set_config('request.jwt.claims', %s, true)",
                         (f'{{"sub": "{ALICE}", "role": "authenticated"}}',))
            conn.execute("SET LOCAL ROLE authenticated")
            assert conn.execute("SELECT count(*) FROM public.sessions").fetchone() == (1,)
            assert conn.execute("SELECT count(*) FROM public.users").fetchone() == (1,)
            owners = conn.execute(
                "SELECT DISTINCT e.user_id::text FROM public.match_memories("
                " (SELECT embedding FROM public.semantic_memories LIMIT 1), 0.0, 20) m"
                " JOIN public.semantic_memories e ON e.id = m.id").fetchall()
            assert owners == [(ALICE,)]
            assert conn.execute("SELECT count(*) FROM storage.objects").fetchone() == (1,)
            assert conn.execute("SELECT count(*) FROM public.order_summaries").fetchone() == (0,)
