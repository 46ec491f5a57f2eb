"""An extension moved to another schema is one ALTER EXTENSION … SET SCHEMA, nothing else
(diff/relocation.py): its columns, indexes, checks, policies, views, triggers and function
signatures follow it by themselves.  The diff pair ``extensions_moved_out_of_public`` judges
the result with pg_dump; this judges the plan's size, which pg_dump cannot see (retyping
columns and rebuilding indexes reaches the same schema, rewriting every table on the way)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from conftest import PgServer
from test_diff_cases import narrowed_compare
from test_extract_cases import psql

from pgstrata.schema_ops import apply_plan

CASE = Path(__file__).parent / "diff_cases" / "extensions_moved_out_of_public"

VECTOR = """
CREATE SCHEMA IF NOT EXISTS extensions;
CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA public;
CREATE TABLE public.documents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body text NOT NULL,
    embedding public.vector(3) NOT NULL
);
CREATE INDEX documents_embedding ON public.documents USING hnsw (embedding public.vector_cosine_ops);
CREATE FUNCTION public.match_documents(query public.vector, n integer) RETURNS SETOF public.documents
    LANGUAGE sql STABLE
    BEGIN ATOMIC
        SELECT * FROM public.documents ORDER BY embedding OPERATOR(public.<=>) query LIMIT n;
    END;
INSERT INTO public.documents (body, embedding) VALUES ('a', '[1,0,0]'), ('b', '[0,1,0]');
"""
MOVE_VECTOR = "ALTER EXTENSION vector SET SCHEMA extensions;"


def _statements(script: str) -> list[str]:
    preamble = ("SET ", "SELECT pg_catalog.set_config('search_path'")  # (extract.search_path_settings)
    return [s.strip() for s in script.split(";\n") if s.strip() and not s.strip().startswith(preamble)]


def _only_moves(script: str, to: str) -> None:
    statements = _statements(script)
    assert statements, script
    assert statements.count("CREATE SCHEMA IF NOT EXISTS extensions") <= 1, script
    for statement in statements:
        assert statement == "CREATE SCHEMA IF NOT EXISTS extensions" or (
            statement.startswith("ALTER EXTENSION ") and statement.endswith(f" SET SCHEMA {to}")), script


@pytest.mark.parametrize("direction", ["out of public", "back into public"])
def test_moving_extensions_moves_only_them(pg: PgServer, direction: str) -> None:
    before, after = CASE / "a.sql", CASE / "b.sql"
    if direction == "back into public":
        before, after = after, before
    with pg.databases("rc", "rd") as (current, desired):
        psql(pg, current, file=before)
        psql(pg, desired, file=after)
        plan = narrowed_compare(desired, current)
        _only_moves(plan.to_sql(), "extensions" if direction == "out of public" else "public")


def test_moving_pgvector_keeps_its_index_and_rows(pg18: PgServer) -> None:
    """The embedded 18 has pgvector (Debian's 15 does not)."""
    with pg18.databases("vc", "vd") as (current, desired):
        with psycopg.connect(current, autocommit=True) as conn:
            conn.execute(VECTOR)
            index = conn.execute("SELECT 'public.documents_embedding'::regclass::oid").fetchone()
        with psycopg.connect(desired, autocommit=True) as conn:
            conn.execute(VECTOR + MOVE_VECTOR)
        plan = narrowed_compare(desired, current)
        _only_moves(plan.to_sql(), "extensions")
        apply_plan(current, plan)
        with psycopg.connect(current) as conn:
            assert conn.execute("SELECT 'public.documents_embedding'::regclass::oid").fetchone() == index
            assert conn.execute("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                                "WHERE attrelid = 'public.documents'::regclass AND attname = 'embedding'"
                                ).fetchone() == ("extensions.vector(3)",)
            assert conn.execute("SELECT count(*) FROM public.match_documents('[1,0,0]', 5)").fetchone() == (2,)
        assert narrowed_compare(desired, current).empty
