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

from pgstrata.errors import MigrationFailed
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


def test_serial_made_identity_in_a_rebuild_carries_the_sequence_on(pg: PgServer) -> None:
    """A serial table made partitioned with an identity key (embedbase's usage table): the
    identity sequence takes the serial one's name and its position, so the next row gets a
    new id, not one the copied rows hold."""
    source, target = _databases(
        pg, "CREATE TABLE public.usages (id bigint GENERATED ALWAYS AS IDENTITY, at timestamptz NOT NULL,"
            " PRIMARY KEY (id, at)) PARTITION BY RANGE (at);"
            "CREATE TABLE public.usages_all PARTITION OF public.usages FOR VALUES FROM (MINVALUE) TO (MAXVALUE);",
        "CREATE TABLE public.usages (id serial PRIMARY KEY, at timestamptz NOT NULL);"
        "INSERT INTO public.usages (at) VALUES ('2026-01-01'), ('2026-02-01');")
    try:
        apply_plan(pg.url(target), narrowed_compare(pg.url(source), pg.url(target)))
        with psycopg.connect(pg.url(target)) as conn:
            assert conn.execute("INSERT INTO public.usages (at) VALUES (now()) RETURNING id").fetchone() == (3,)
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


_CONVERTED = ("CREATE TABLE public.events (id int PRIMARY KEY, n {n}, code {code}, amount {amount});"
              "CREATE TYPE public.mood AS ENUM ({labels});")


@pytest.mark.parametrize(("before", "after", "fails"), [
    (dict(n="text", code="varchar(20)", amount="numeric(10,2)", labels="'sad', 'ok'"),
     dict(n="integer", code="varchar(2)", amount="numeric(5,2)", labels="'ok'"), True),
    (dict(n="integer", code="varchar(2)", amount="numeric(5,2)", labels="'ok'"),
     dict(n="bigint", code="text", amount="numeric(12,2)", labels="'ok', 'sad'"), False),
], ids=["narrowing", "widening"])
def test_conversions_that_rows_may_not_survive_say_validates_rows(
        pg: PgServer, before: dict[str, str], after: dict[str, str], fails: bool) -> None:
    """A type change some stored value may not convert to (text → integer, a shorter varchar,
    fewer digits) says ``validates_rows``; a widening does not.  When a row does not fit, the
    plan fails as a whole and the table is as it was."""
    value = "12345.67" if fails else "123.45"  # (fits numeric(10,2), not numeric(5,2))
    rows = (f"INSERT INTO public.events VALUES (1, '12', '{'abc' if fails else 'ab'}', {value});"
            "CREATE TABLE public.moods (m public.mood); INSERT INTO public.moods VALUES ('ok');")
    source, target = _databases(pg, _CONVERTED.format(**after) + "CREATE TABLE public.moods (m public.mood);",
                                _CONVERTED.format(**before) + rows)
    try:
        plan = narrowed_compare(pg.url(source), pg.url(target))
        flagged = {c.id.name for c in plan.changes if Hazard.VALIDATES_ROWS in c.hazards}
        assert flagged == ({"n", "code", "amount", "mood"} if fails else set())
        if fails:
            with pytest.raises(MigrationFailed):
                apply_plan(pg.url(target), plan)
        else:
            apply_plan(pg.url(target), plan)
        with psycopg.connect(pg.url(target)) as conn:
            kept = conn.execute("SELECT n::text, code::text, amount::text FROM public.events").fetchall()
            types = conn.execute("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
                                 "'public.events'::regclass AND attname = 'n'").fetchone()
        assert kept == [("12", "abc" if fails else "ab", value)]
        assert types == (("text",) if fails else ("bigint",))
    finally:
        pg.drop_database(source)
        pg.drop_database(target)


def test_checks_keys_and_not_null_added_to_a_table_with_rows_say_validates_rows(pg: PgServer) -> None:
    """What checks the rows already there (SET NOT NULL, a CHECK, a key, a foreign key added to
    an existing table) says ``validates_rows``; the same on a table the plan creates does not."""
    after = ("CREATE TABLE public.{t} (id int PRIMARY KEY, email text NOT NULL UNIQUE, age int CHECK (age > 0),"
             " parent int REFERENCES public.{t});")
    source, target = _databases(pg, after.format(t="old_one") + after.format(t="new_one"),
                                "CREATE TABLE public.old_one (id int PRIMARY KEY, email text, age int, parent int);")
    try:
        plan = narrowed_compare(pg.url(source), pg.url(target))
        flagged = sorted(str(c.id) for c in plan.changes if Hazard.VALIDATES_ROWS in c.hazards)
        assert flagged == ["column public.old_one.email", "constraint public.old_one.old_one_age_check",
                           "constraint public.old_one.old_one_email_key", "constraint public.old_one.old_one_parent_fkey"]
    finally:
        pg.drop_database(source)
        pg.drop_database(target)


def test_partition_added_next_to_a_default_one_with_its_rows_fails_whole(pg: PgServer) -> None:
    """A partition the plan adds while the default partition holds rows of its range: the
    ATTACH says ``validates_rows`` and fails (pgstrata does not move rows between partitions),
    and the plan rolls back as a whole."""
    base = PARTITIONED.replace("events_2026_06 PARTITION OF public.events FOR VALUES FROM ('2026-06-01') TO "
                               "('2026-07-01')", "events_rest PARTITION OF public.events DEFAULT")
    later = "CREATE TABLE public.events_2026_07 PARTITION OF public.events FOR VALUES FROM ('2026-07-01') TO ('2026-08-01');"
    source, target = _databases(pg, base + later, base + "INSERT INTO public.events VALUES (3, '2026-07-04', 'july');")
    try:
        plan = narrowed_compare(pg.url(source), pg.url(target))
        assert [str(c.id) for c in plan.changes if Hazard.VALIDATES_ROWS in c.hazards] == \
            ["table public.events_2026_07 PARTITION OF"]
        with pytest.raises(MigrationFailed, match="default partition"):
            apply_plan(pg.url(target), plan)
        assert _rows(pg.url(target)) == [(3, "july")]
        with psycopg.connect(pg.url(target)) as conn:
            assert conn.execute("SELECT to_regclass('public.events_2026_07')").fetchone() == (None,)
    finally:
        pg.drop_database(source)
        pg.drop_database(target)


@pytest.mark.parametrize("enum_after", ["'a', 'b'", "'a'"], ids=["in-place", "type-rebuilt"])
def test_typed_table_losing_its_types_attribute_deletes_data(pg: PgServer, enum_after: str) -> None:
    """A typed table (CREATE TABLE … OF) loses the column of an attribute its type drops, in
    place (DROP ATTRIBUTE … CASCADE) or through a type rebuild (NOT OF, DROP COLUMN, OF):
    both say ``deletes_data``, as a dropped column does."""
    schema = "CREATE TYPE public.st AS ENUM ({labels}); CREATE TYPE public.rec AS (s public.st, n int{extra});" \
             "CREATE TABLE public.typed OF public.rec;"
    source, target = _databases(pg, schema.format(labels=enum_after, extra=""),
                                schema.format(labels="'a', 'b'", extra=", note text"))
    try:
        plan = narrowed_compare(pg.url(source), pg.url(target))
        assert any(Hazard.DELETES_DATA in c.hazards for c in plan.changes)
        apply_plan(pg.url(target), plan)
    finally:
        pg.drop_database(source)
        pg.drop_database(target)


_COMPOSITES = "CREATE TYPE public.ct AS (a int, b text{coll}); CREATE TABLE public.tbl (id int PRIMARY KEY, c public.ct);"


@pytest.mark.parametrize(("desired", "values_kept"), [
    ("CREATE TYPE public.ct AS (a int); CREATE TABLE public.tbl (id int PRIMARY KEY, c public.ct);", False),
    (_COMPOSITES.format(coll=' COLLATE "POSIX"'), True),
], ids=["attribute-dropped", "attribute-recollated"])
def test_composite_in_use_losing_an_attribute_deletes_data(pg: PgServer, desired: str, values_kept: bool) -> None:
    """pg-delta's composite-attribute-dataloss: DROP ATTRIBUTE of a composite type a column uses
    takes that field of every row's value with it, so the plan says ``deletes_data``; an
    attribute whose collation changes keeps the values, and says nothing of the kind."""
    source, target = _databases(pg, desired, _COMPOSITES.format(coll=' COLLATE "C"')
                                + "INSERT INTO public.tbl VALUES (1, ROW(1, 'kept'));")
    try:
        plan = narrowed_compare(pg.url(source), pg.url(target))
        assert any(Hazard.DELETES_DATA in c.hazards for c in plan.changes) is not values_kept
        apply_plan(pg.url(target), plan)
        with psycopg.connect(pg.url(target)) as conn:
            row = conn.execute("SELECT to_jsonb(c) FROM public.tbl").fetchone()
        assert row is not None and (row[0].get("b") == "kept") is values_kept
    finally:
        pg.drop_database(source)
        pg.drop_database(target)


def test_added_column_default_reading_a_later_column_sees_it(pg: PgServer) -> None:
    """pg-delta's column-order-roundtrip (#518): on a table with rows, column ``x`` is added with
    a volatile default whose function reads (in a quoted body pg_depend does not see) a view
    over column ``y``, added beside it: ADD COLUMN x fills every row, so ``y`` and the view
    must exist by then."""
    source, target = _databases(pg, """
        CREATE SCHEMA app;
        CREATE TABLE app.t (a int, x int, y int);
        CREATE VIEW app.v AS SELECT y FROM app.t;
        CREATE FUNCTION app.wrapper() RETURNS int LANGUAGE sql VOLATILE
          AS $$ SELECT count(*)::int FROM app.v $$;
        ALTER TABLE app.t ALTER COLUMN x SET DEFAULT app.wrapper();
        """, "CREATE SCHEMA app; CREATE TABLE app.t (a int); INSERT INTO app.t VALUES (1), (2);")
    try:
        apply_plan(pg.url(target), narrowed_compare(pg.url(source), pg.url(target)))
        with psycopg.connect(pg.url(target)) as conn:
            assert conn.execute("SELECT a, x FROM app.t ORDER BY a").fetchall() == [(1, 2), (2, 2)]
    finally:
        pg.drop_database(source)
        pg.drop_database(target)
