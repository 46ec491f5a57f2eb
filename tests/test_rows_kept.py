"""Plans applied to tables that hold rows: the rows survive every rebuild the plan does
(diff/table_rebuild.py) and every in-place type change (an enum label renamed, an attribute
added to a composite type a column uses), and a rebuild that leaves a column's values behind
says so with ``deletes_data`` (``--safe`` leaves it out), like a plain DROP COLUMN does.
(The diff cases judge schemas only, on empty tables.)"""

from __future__ import annotations

import psycopg
import pytest
from conftest import PgServer
from test_diff_cases import narrowed_compare

from pgstrata.hazards import Hazard
from pgstrata.schema_ops import apply_plan

PARTITIONED = """
CREATE TABLE public.events (id bigint NOT NULL, at timestamptz NOT NULL, detail text) PARTITION BY RANGE (at);
CREATE TABLE public.events_old PARTITION OF public.events FOR VALUES FROM (MINVALUE) TO ('2026-06-01');
CREATE TABLE public.events_2026_06 PARTITION OF public.events FOR VALUES FROM ('2026-06-01') TO ('2026-07-01');
"""
PLAIN = "CREATE TABLE public.events (id bigint NOT NULL, at timestamptz NOT NULL, detail text);"
ROWS = "INSERT INTO public.events VALUES (1, '2026-01-01', 'old row'), (2, '2026-06-15', 'june row');"


def _databases(pg: PgServer, source_sql: str, target_sql: str) -> tuple[str, str]:
    source, target = pg.create_database("rs"), pg.create_database("rt")
    with psycopg.connect(pg.url(source), autocommit=True) as conn:
        conn.execute(source_sql)
    with psycopg.connect(pg.url(target), autocommit=True) as conn:
        conn.execute(target_sql)
    return source, target


def _rows(url: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT id, detail FROM public.events ORDER BY id").fetchall()


@pytest.mark.parametrize(("source_sql", "target_sql"), [(PLAIN, PARTITIONED), (PARTITIONED, PLAIN)],
                         ids=["partitioned-to-plain", "plain-to-partitioned"])
def test_rebuild_keeps_the_rows(pg: PgServer, source_sql: str, target_sql: str) -> None:
    source, target = _databases(pg, source_sql, target_sql + ROWS)
    try:
        plan = narrowed_compare(pg.url(source), pg.url(target))
        assert "RENAME TO events__pgstrata_old" in plan.to_sql()
        assert not any(Hazard.DELETES_DATA in c.hazards for c in plan.changes)
        apply_plan(pg.url(target), plan)
        assert _rows(pg.url(target)) == [(1, "old row"), (2, "june row")]
    finally:
        pg.drop_database(source)
        pg.drop_database(target)


def test_rebuild_that_leaves_a_column_behind_deletes_data(pg: PgServer) -> None:
    source, target = _databases(
        pg, "CREATE TABLE public.posts (id int PRIMARY KEY, reply_to int, content text);",
        "CREATE TABLE public.posts (id int PRIMARY KEY, in_reply_to int, content text);"
        "INSERT INTO public.posts VALUES (1, NULL, 'first'), (2, 1, 'reply');")
    try:
        plan = narrowed_compare(pg.url(source), pg.url(target))
        rebuild = [c for c in plan.changes if any("posts__pgstrata_old" in s for s in c.statements)]
        assert rebuild and all(Hazard.DELETES_DATA in c.hazards for c in rebuild)
        assert "-- hazard: deletes_data" in plan.to_sql()
    finally:
        pg.drop_database(source)
        pg.drop_database(target)


def test_partitions_keep_their_rows_when_the_key_type_is_rebuilt(pg: PgServer) -> None:
    """An enum used as the partition key loses a value: the parent is rebuilt, its
    partitions are detached with their rows, converted and attached to the new parent."""
    table = """
    CREATE TABLE public.accounts (id bigint NOT NULL, region public.region NOT NULL) PARTITION BY LIST (region);
    CREATE TABLE public.accounts_eu PARTITION OF public.accounts FOR VALUES IN ('eu');
    CREATE TABLE public.accounts_us PARTITION OF public.accounts FOR VALUES IN ('us');
    """
    source, target = _databases(
        pg, "CREATE TYPE public.region AS ENUM ('eu', 'us');" + table,
        "CREATE TYPE public.region AS ENUM ('eu', 'us', 'apac');" + table
        + "INSERT INTO public.accounts VALUES (1, 'eu'), (2, 'us'), (3, 'us');")
    try:
        apply_plan(pg.url(target), narrowed_compare(pg.url(source), pg.url(target)))
        with psycopg.connect(pg.url(target)) as conn:
            assert conn.execute("SELECT tableoid::regclass::text, id FROM public.accounts ORDER BY id").fetchall() \
                == [("accounts_eu", 1), ("accounts_us", 2), ("accounts_us", 3)]
    finally:
        pg.drop_database(source)
        pg.drop_database(target)


@pytest.mark.parametrize(("before", "after", "rows", "expected"), [
    ("CREATE TYPE public.status AS ENUM ('draft', 'sent', 'paid', 'cancelled');",
     "CREATE TYPE public.status AS ENUM ('draft', 'sent', 'paid', 'void');",
     "INSERT INTO public.t VALUES (1, 'paid'), (2, 'cancelled');",
     [(1, "paid"), (2, "void")]),
    ("CREATE TYPE public.status AS (line1 text, city text);",
     "CREATE TYPE public.status AS (line1 text, city text, postcode text);",
     "INSERT INTO public.t VALUES (1, ROW('1 Main St', 'Springfield'));",
     [(1, "(\"1 Main St\",Springfield,)")]),
    ("CREATE TYPE public.status AS (line1 text, town text);",
     "CREATE TYPE public.status AS (line1 text, city text);",
     "INSERT INTO public.t VALUES (1, ROW('1 Main St', 'Springfield'));",
     [(1, "(\"1 Main St\",Springfield)")]),
], ids=["enum-label-renamed", "composite-attribute-added", "composite-attribute-renamed"])
def test_type_changes_keep_the_values(pg: PgServer, before: str, after: str, rows: str,
                                      expected: list[tuple[object, ...]]) -> None:
    table = "CREATE TABLE public.t (id int PRIMARY KEY, v public.status);"
    source, target = _databases(pg, after + table, before + table + rows)
    try:
        plan = narrowed_compare(pg.url(source), pg.url(target))
        assert "__pgstrata_old" not in plan.to_sql()  # changed in place, not rebuilt
        apply_plan(pg.url(target), plan)
        with psycopg.connect(pg.url(target)) as conn:
            assert conn.execute("SELECT id, v::text FROM public.t ORDER BY id").fetchall() == expected
    finally:
        pg.drop_database(source)
        pg.drop_database(target)


def test_composite_remade_with_a_rebuilt_enum_keeps_its_values(pg: PgServer) -> None:
    """An enum rebuilt (a label removed) while a composite over it gains an attribute: the
    composite is made again with it, and its values move attribute by attribute (through
    its old text form they would have too few fields)."""
    before = ("CREATE TYPE public.st AS ENUM ('a', 'b', 'c'); CREATE TYPE public.comp AS (s public.st, n int);"
              "CREATE TABLE public.t (id int PRIMARY KEY, v public.comp);")
    after = ("CREATE TYPE public.st AS ENUM ('a', 'b'); CREATE TYPE public.comp AS (s public.st, n int, m text);"
             "CREATE TABLE public.t (id int PRIMARY KEY, v public.comp);")
    rows = "INSERT INTO public.t VALUES (1, ROW('a', 1)), (2, NULL), (3, ROW(NULL, NULL));"
    source, target = _databases(pg, after, before + rows)
    try:
        plan = narrowed_compare(pg.url(source), pg.url(target))
        assert "__pgstrata_old" in plan.to_sql()  # rebuilt, not changed in place
        apply_plan(pg.url(target), plan)
        with psycopg.connect(pg.url(target)) as conn:
            assert conn.execute("SELECT id, v::text FROM public.t ORDER BY id").fetchall() == [
                (1, "(a,1,)"), (2, None), (3, "(,,)")]
    finally:
        pg.drop_database(source)
        pg.drop_database(target)


def test_indexes_over_a_replaced_immutable_function_are_rebuilt(pg: PgServer) -> None:
    """CREATE OR REPLACE of an IMMUTABLE function leaves the entries of an index over it as
    the old body computed them; the plan rebuilds the index, so lookups find the rows."""
    table = ("CREATE TABLE public.events (id int PRIMARY KEY, payload jsonb NOT NULL);"
             "CREATE INDEX events_kind ON public.events (public.kind_of(payload));")
    before = "CREATE FUNCTION public.kind_of(p jsonb) RETURNS text LANGUAGE sql IMMUTABLE RETURN p->>'a';"
    after = "CREATE FUNCTION public.kind_of(p jsonb) RETURNS text LANGUAGE sql IMMUTABLE RETURN p->>'b';"
    rows = "INSERT INTO public.events VALUES (1, '{\"a\": \"x\", \"b\": \"y\"}');"
    source, target = _databases(pg, after + table, before + table + rows)
    try:
        plan = narrowed_compare(pg.url(source), pg.url(target))
        assert "REINDEX INDEX public.events_kind" in plan.to_sql()
        apply_plan(pg.url(target), plan)
        with psycopg.connect(pg.url(target)) as conn:
            conn.execute("SET enable_seqscan = off")
            assert conn.execute("SELECT id FROM public.events WHERE public.kind_of(payload) = 'y'").fetchall() == [(1,)]
    finally:
        pg.drop_database(source)
        pg.drop_database(target)
