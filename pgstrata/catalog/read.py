"""Run the catalog queries for one scope and hand their rows over (I/O only, no model building).

One REPEATABLE READ, READ ONLY transaction, so every query sees one snapshot, and a fixed
number of pipelined round trips whatever the size of the database:

1. ``scope.sql`` and ``hidden.sql`` (extension members; the routines and casts PostgreSQL
   makes with a range type): the scope is resolved from them;
2. the session settings, then the other ``queries/<kind>.sql`` in four stages
   (``stages.STAGES``), one pipeline sync each.  A background thread sends the stages and
   waits for the server, so the model is built from the first stages while the server still
   works on the last ones (``CatalogStream.ready``).

With a second connection to the same database (``open_catalog(spare=…)``: extract), the two
queries that print the most (constraints and indexes: ``pg_get_constraintdef`` and
``pg_get_indexdef`` are about 60 % of the server's work) run on it from the start, in a
transaction that imports the first one's snapshot (``pg_export_snapshot`` / ``SET TRANSACTION
SNAPSHOT``): two backends work at once, on one snapshot, while the model is built from the
first stage.  Where the second connection cannot be had or cannot take the snapshot, every
query runs on the first one, as without it.

Query parameters: ``schemas`` (oid[] of the inspected schemas), ``whole`` (true when the
whole database is inspected), ``platform`` (text[]: SUPABASE_SCHEMAS),
``platform_trigger_functions`` (text[]: the platform schemas whose trigger functions make a
trigger the platform's, see ``scope.APPLICATION_TRIGGER_FUNCTION_SCHEMAS``), ``nested_bool``
(``NESTED_BOOL``: which expressions are printed with all their parentheses) and, for each catalog
of ``context.CATALOGS``, ``hidden_<catalog>`` (oid[] of its hidden objects, which every
query leaves out: one scan of pg_depend instead of one per query).

The search_path rule: before anything is printed (pg_get_indexdef, format_type …), the
transaction-local ``search_path`` is set to the one inspected schema (quoted with
``quoting.ident``), or to '' when several schemas or the whole database are inspected.
Inside one schema, definitions then come out unqualified, so ``dev`` and ``test`` read
alike; otherwise everything outside pg_catalog is schema-qualified.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from functools import cache, partial
from importlib import resources
from typing import Any

import psycopg
from psycopg import pq, sql
from psycopg.types.numeric import Oid

from pgstrata.catalog.oids import CATALOGS
from pgstrata.catalog.rows import HiddenRow, SchemaRow
from pgstrata.catalog.scope import (
    APPLICATION_TRIGGER_FUNCTION_SCHEMAS,
    SUPABASE_SCHEMAS,
    Scope,
    resolve_scope,
)
from pgstrata.catalog.stages import ROW_TYPES, STAGES, CatalogRows
from pgstrata.collector import give_back_freed_memory
from pgstrata.errors import InputError

MIN_VERSION = 13
MAX_VERSION = 18

# Session settings that change how definitions are printed (the search_path is bound),
# enough work_mem to sort the columns of 10,000 tables without spilling to disk, and parallel
# workers per query only when this is the only inspection running (the second one bound):
# two inspections at once (compare) each run faster without them on a small machine.
_SETTINGS = (
    "SELECT set_config('search_path', %s, true),"
    " set_config('quote_all_identifiers', 'off', true),"
    " set_config('DateStyle', 'ISO', true),"
    " set_config('IntervalStyle', 'postgres', true),"
    " set_config('extra_float_digits', '3', true),"
    " set_config('work_mem', '64MB', true),"
    " set_config('max_parallel_workers_per_gather',"
    "            coalesce(%s, current_setting('max_parallel_workers_per_gather')), true)"
)

Cursors = list[tuple[str, "psycopg.Cursor[Any]"]]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What one inspection read: server version, the resolved scope and every query's rows."""

    server_version: int
    scope: Scope
    rows: CatalogRows


@cache
def query_text(name: str, major: int) -> str:
    """``queries/<name>.<v>.sql`` for the highest v <= major, else ``queries/<name>.sql``."""
    folder = resources.files("pgstrata.catalog").joinpath("queries")
    for version in range(major, MIN_VERSION, -1):
        variant = folder.joinpath(f"{name}.{version}.sql")
        if variant.is_file():
            return variant.read_text(encoding="utf-8")
    return folder.joinpath(f"{name}.sql").read_text(encoding="utf-8")


# How deep below an AND's (OR's) operands NESTED_BOOL follows the braces of the node tree.
_BALANCED_DEPTH = 10


def _node(depth: int) -> str:
    """A regular expression for one node of a printed node tree, ``{…}``: braces balanced
    ``depth`` levels down (``\\{`` in a name is escaped), anything below.  Past that depth
    it may run over the node's end, and a match is then a guess: a deep tree is printed with
    all its parentheses more often than it needs, never less."""
    inner = ".*"
    for _ in range(depth):
        inner = r"(?:[^{}\\]|\\.|\{" + inner + r"\})*"
    return r"\{" + inner + r"\}"


def _nested_bool(depth: int) -> str:
    """A regular expression for a node tree holding an AND among the operands of an AND, or an
    OR among those of an OR, at any position: the operands before it are whole nodes."""
    node = _node(depth)
    return "|".join(rf":boolop {op} :args \((?:{node} )*\{{BOOLEXPR :boolop {op} " for op in ("and", "or"))


# The node tree of an expression holding an AND among the operands of an AND, or an OR among
# those of an OR (a regular expression): PostgreSQL makes one for a BETWEEN, ``x BETWEEN 1 AND
# 5 AND y > 0`` or ``y > 0 AND x BETWEEN 1 AND 5``, a NOT BETWEEN in an OR, a row comparison,
# ``(a, b, c) IS DISTINCT FROM …``, or a group written in parentheses, and its pretty print, a
# flat AND or OR, reads back as another tree.  Such expressions are printed with all their
# parentheses instead, which keeps a group after the first operand nested (the grammar joins
# only a group first in an AND to it; printed.nested writes that one so as to read back nested).
# (No recursion in a regular expression: the operands before the group are matched by their
# braces to a bounded depth, and a deeper tree may match when it need not, see _node.)
NESTED_BOOL = _nested_bool(_BALANCED_DEPTH)

# What a fingerprinted definition starts with (queries/constraints.sql); printed afterwards.
DIGEST = "md5:"


def checks_as_digests(major: int) -> bool:
    """Whether fingerprinted CHECKs are digests of their expression tree: from PostgreSQL 18,
    which stores the trees without the source text's positions (before, equal checks written
    differently would differ)."""
    return major >= 18


def query_parameters(scope: Scope, hidden: Sequence[HiddenRow], *, fingerprints: bool = False,
                     owners: bool = False, major: int = 0) -> dict[str, Any]:
    """The parameters of the queries: the scope, the hidden objects of each catalog,
    whether indexes and constraints are read as fingerprints (see ``queries/indexes.sql``
    and ``queries/constraints.sql``; CHECKs as :func:`checks_as_digests` says) and whether
    owners are read (``queries/owners.sql``)."""
    by_class: dict[int, list[Oid]] = {}
    for row in hidden:
        by_class.setdefault(row.classid, []).append(Oid(row.objid))
    params: dict[str, Any] = {
        "schemas": [Oid(oid) for oid in scope.oids],
        "whole": scope.whole,
        "platform": sorted(SUPABASE_SCHEMAS),
        "platform_trigger_functions": sorted(SUPABASE_SCHEMAS - APPLICATION_TRIGGER_FUNCTION_SCHEMAS),
        "fingerprints": fingerprints,
        "check_fingerprints": fingerprints and checks_as_digests(major),
        "owners": owners,
        "nested_bool": NESTED_BOOL,
    }
    for name, classid in CATALOGS.items():
        params[f"hidden_{name}"] = by_class.get(classid, [])
    return params


class CatalogStream:
    """The rows of one inspection, arriving stage by stage (``stages.STAGES``).

    :meth:`ready` waits for a stage and turns its results into rows in the calling thread;
    the fields of :attr:`rows` of a stage are filled once it returned.
    """

    def __init__(self, scope: Scope, server_version: int, *, senders: int = 1) -> None:
        self.scope = scope
        self.server_version = server_version
        self.rows = CatalogRows()
        self._senders = senders  # each delivers every stage (its part of it, maybe nothing)
        self._arrived: dict[str, Cursors] = {}
        self._deliveries: dict[str, int] = {}
        self._converted: set[str] = set()
        self._error: BaseException | None = None
        self._condition = threading.Condition()

    def ready(self, stage: str) -> None:
        """Block until ``stage`` has arrived and fill its fields of :attr:`rows`."""
        if stage in self._converted:
            return
        with self._condition:
            self._condition.wait_for(lambda: self._arrived_whole(stage) or self._error is not None)
            if not self._arrived_whole(stage):
                raise self._error  # type: ignore[misc]
            cursors = self._arrived.pop(stage)
        _fetch_into(self.rows, cursors)
        # libpq's copies of the rows go with their cursors; handing the memory back now keeps
        # it off the peak (at 10,000 tables 340 MB -> 275 MB while inspecting)
        cursors.clear()
        give_back_freed_memory()
        self._converted.add(stage)

    def _arrived_whole(self, stage: str) -> bool:
        return self._deliveries.get(stage) == self._senders

    def snapshot(self) -> Snapshot:
        """Wait for every stage: the complete rows."""
        for stage, _ in STAGES:
            self.ready(stage)
        return Snapshot(self.server_version, self.scope, self.rows)

    def deliver(self, stage: str, cursors: Cursors) -> None:
        with self._condition:
            self._arrived.setdefault(stage, []).extend(cursors)
            self._deliveries[stage] = self._deliveries.get(stage, 0) + 1
            self._condition.notify_all()

    def fail(self, error: BaseException) -> None:
        with self._condition:
            self._error = error
            self._condition.notify_all()


def _fetch_into(rows: CatalogRows, cursors: Cursors) -> None:
    """Each cursor's rows into its field of ``rows``.  (A function of its own so that no loop
    variable holds the last cursor, and its libpq result, once the caller lets them go.)"""
    for name, cursor in cursors:
        setattr(rows, name, cursor.fetchall())


# The queries a second connection takes when there is one (see the module docstring).
OFFLOADED = frozenset({"constraints", "indexes"})


@contextmanager
def open_catalog(
    conn: psycopg.Connection[Any],
    *,
    schemas: Sequence[str] | None = None,
    rename: Mapping[str, str] | None = None,
    concurrent: bool = False,
    fingerprints: bool = False,
    owners: bool = False,
    spare: Callable[[], psycopg.Connection[Any] | None] | None = None,
) -> Iterator[CatalogStream]:
    """Resolve the scope, then stream the stages of rows while the block runs.

    ``concurrent``: another inspection runs at the same time (compare): no parallel workers.
    ``fingerprints``: index definitions are fingerprints and foreign keys come without their
    referenced columns; :func:`index_definitions` and :func:`constraint_references` read the
    ones needed, in the same transaction (while the block runs).
    ``owners``: read the objects' owners (ownership is opt-in).
    ``spare``: gives a second connection to the same database (or None), asked for once the
    first one has exported its snapshot; the :data:`OFFLOADED` queries then run on it.

    The transaction (a savepoint when ``conn`` is already in one) is rolled back at the end,
    so that no setting outlives the inspection.
    """
    version = conn.info.server_version
    major = version // 10000
    if not MIN_VERSION <= major <= MAX_VERSION:
        raise InputError(
            f"PostgreSQL {major} is not supported: pgstrata inspects {MIN_VERSION} to {MAX_VERSION}"
        )
    fresh = conn.info.transaction_status == pq.TransactionStatus.IDLE
    with ExitStack() as stack:
        pipeline = stack.enter_context(conn.pipeline())
        stack.enter_context(conn.transaction(force_rollback=True))
        if fresh:
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        scope_cursor = conn.cursor(row_factory=_row_maker("scope", SchemaRow))
        scope_cursor.execute(query_text("scope", major))
        hidden_cursor = conn.cursor(row_factory=_row_maker("hidden", HiddenRow))
        hidden_cursor.execute(query_text("hidden", major))
        exported = conn.execute("SELECT pg_catalog.pg_export_snapshot()") if spare and fresh else None
        pipeline.sync()
        scope = resolve_scope(scope_cursor.fetchall(), schemas, rename)
        hidden = hidden_cursor.fetchall()
        params = query_parameters(scope, hidden, fingerprints=fingerprints, owners=owners, major=major)
        helper = None
        if exported is not None and spare is not None:
            row = exported.fetchone()
            helper = _join_snapshot(stack, spare(), str(row[0]) if row else "")
        settings = (scope.search_path, "0" if concurrent or helper is not None else None)
        conn.execute(_SETTINGS, settings)
        senders = [(conn, pipeline, lambda name: helper is None or name not in OFFLOADED)]
        if helper is not None:
            helper[0].execute(_SETTINGS, settings)
            senders.append((*helper, lambda name: name in OFFLOADED))
        stream = CatalogStream(scope, version, senders=len(senders))
        stream.rows.hidden = hidden
        stop = threading.Event()
        threads = [
            threading.Thread(target=_send_stages, args=(*sender, stream, params, major, stop),
                             name="pgstrata-catalog", daemon=True)
            for sender in senders
        ]
        for thread in threads:
            thread.start()
        try:
            yield stream
        finally:
            stop.set()
            for thread in threads:
                thread.join()


def _join_snapshot(
    stack: ExitStack, helper: psycopg.Connection[Any] | None, snapshot: str
) -> tuple[psycopg.Connection[Any], psycopg.Pipeline] | None:
    """``helper`` in a read-only transaction on the exported ``snapshot``, with its pipeline
    (both left to ``stack``), or None when it cannot take it (no connection, or a server that
    refuses the snapshot): the caller then reads everything on its own connection."""
    if helper is None or not snapshot or helper.info.transaction_status != pq.TransactionStatus.IDLE:
        return None
    joined = ExitStack()
    try:
        joined.enter_context(helper.transaction(force_rollback=True))
        helper.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        helper.execute(sql.SQL("SET TRANSACTION SNAPSHOT {}").format(sql.Literal(snapshot)))
        pipeline = joined.enter_context(helper.pipeline())
    except psycopg.Error:
        with suppress(psycopg.Error):
            joined.close()
        return None
    stack.enter_context(joined)
    return helper, pipeline


# What the deferred reads print, per object (a fixed text of this module, never user input).
_PRINTERS = {
    "index": "SELECT x.indexrelid, pg_get_indexdef(x.indexrelid, 0,"
             "                                  concat(x.indexprs, x.indpred) !~ %s)"
             " FROM pg_index x WHERE x.indexrelid = ANY (%s::oid[])",
    "constraint": "SELECT k.oid, pg_get_constraintdef(k.oid, coalesce(k.conbin::text, '') !~ %s)"
                  " FROM pg_constraint k WHERE k.oid = ANY (%s::oid[])",
}


def _printed(conn: psycopg.Connection[Any], what: str, oids: Sequence[int]) -> dict[int, str]:
    """oid → definition of the given objects, printed inside :func:`open_catalog`'s
    transaction (so with its snapshot and its search_path)."""
    if not oids:
        return {}
    rows = conn.execute(_PRINTERS[what], (NESTED_BOOL, [Oid(oid) for oid in oids])).fetchall()
    return {oid: text for oid, text in rows}


def index_definitions(conn: psycopg.Connection[Any], oids: Sequence[int]) -> dict[int, str]:
    """``pg_get_indexdef`` of the given indexes."""
    return _printed(conn, "index", oids)


def constraint_definitions(conn: psycopg.Connection[Any], oids: Sequence[int]) -> dict[int, str]:
    """``pg_get_constraintdef`` of the given constraints."""
    return _printed(conn, "constraint", oids)


def constraint_references(conn: psycopg.Connection[Any], oids: Sequence[int]) -> dict[int, list[str]]:
    """The referenced columns of the given foreign keys, in key order (inside
    :func:`open_catalog`'s transaction)."""
    if not oids:
        return {}
    rows = conn.execute(
        "SELECT k.oid, ARRAY(SELECT a.attname::text"
        "                    FROM unnest(k.confkey) WITH ORDINALITY AS u(num, ord)"
        "                    JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num"
        "                    ORDER BY u.ord)"
        " FROM pg_constraint k WHERE k.oid = ANY (%s::oid[])",
        ([Oid(oid) for oid in oids],),
    ).fetchall()
    return {oid: names for oid, names in rows}


def _send_stages(
    conn: psycopg.Connection[Any],
    pipeline: psycopg.Pipeline,
    takes: Callable[[str], bool],
    stream: CatalogStream,
    params: dict[str, Any],
    major: int,
    stop: threading.Event,
) -> None:
    """A sending thread: each stage's queries that this connection ``takes``, one sync, then
    their cursors are handed over (none, for a stage it takes no query of)."""
    try:
        for stage, names in STAGES:
            if stop.is_set():
                return
            cursors: Cursors = []
            for name in filter(takes, names):
                text = query_text(name, major)
                cursor = conn.cursor(row_factory=_row_maker(name, ROW_TYPES[name]))
                cursor.execute(text, params if "%(" in text else None)
                cursors.append((name, cursor))
            if cursors:
                pipeline.sync()
            stream.deliver(stage, cursors)
    except BaseException as exc:  # raised again by CatalogStream.ready in the consuming thread
        stream.fail(exc)


def _row_maker(name: str, row_type: Any) -> Callable[[Any], Callable[[Sequence[Any]], Any]]:
    """A psycopg row factory making ``row_type`` tuples, after checking the query's columns."""

    def factory(cursor: Any) -> Callable[[Sequence[Any]], Any]:
        if cursor.description is not None:
            names = tuple(column.name for column in cursor.description)
            if names != row_type._fields:
                raise RuntimeError(
                    f"queries/{name}.sql returns {names}, rows.{row_type.__name__} expects "
                    f"{row_type._fields}"
                )
        return partial(tuple.__new__, row_type)  # _make, without its Python-level checks

    return factory
