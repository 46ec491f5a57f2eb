"""Introspection of a live database into a :class:`~pgstrata.model.SchemaModel`.

``inspect(conn)`` reads every kind of object of the scope with one query per kind for the
whole scope (``queries/<kind>.sql``), in one REPEATABLE READ, READ ONLY transaction and a
fixed number of pipelined round trips, whatever the number of tables (``read``); the rows
become the model in pure code (``build``), stage by stage while later stages are read.

Scope:

* ``schemas=None`` — the whole database: every schema but PostgreSQL's own and the
  Supabase-owned ones (:data:`SYSTEM_SCHEMAS`, :data:`SUPABASE_SCHEMAS`, ``pg_*``, schemas
  created by an extension), plus what the application defines on the platform's tables:
  triggers on tables of those schemas (``auth.users``) whose function is neither an extension
  member nor in a platform schema, and policies on them (``storage.objects``).  Definitions
  are printed with ``search_path = ''``: everything outside pg_catalog is qualified.
* ``schemas=[...]`` — those schemas only (InputError naming any that does not exist).  With
  exactly one schema, definitions are printed with ``search_path`` = that schema, so they
  are unqualified and ``dev`` and ``test`` give equal models; with several, qualified.

``rename={"dev": "test"}`` gives the inspected schema ``dev`` the logical name ``test`` in
every identity and schema field of the model (objects, parents, FK targets, grant and
comment targets, dependencies, function headers).  Text PostgreSQL prints (definitions,
defaults, types) is not rewritten: inspect one schema so that it is unqualified.

Objects that belong to an extension are never listed; the extension is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from importlib import import_module
from typing import TYPE_CHECKING, Any

import psycopg

from pgstrata.catalog.read import (
    DIGEST,
    constraint_definitions,
    constraint_references,
    index_definitions,
    open_catalog,
)
from pgstrata.catalog.scope import SUPABASE_SCHEMAS, SYSTEM_SCHEMAS, is_excluded_schema
from pgstrata.catalog.stages import STAGES, CatalogRows
from pgstrata.collector import collector_paused, give_back_freed_memory, leave_for_exit
from pgstrata.connect import connect, connection, translate_error

if TYPE_CHECKING:
    from pgstrata.model import SchemaModel

# What turns rows into a model: imported once the queries are on their way (_load).
BUILDERS = ("pgstrata.catalog.build", "pgstrata.catalog.narrow")


def _load(*modules: str) -> None:
    """Import ``modules`` now, while the server works on the queries just sent: loading the
    model, builders and diff engine is a good part of a small comparison's time, and done
    before connecting it would only add to it.  (In this thread: the reading threads only
    wait on their sockets, and one importing thread cannot deadlock on import locks.)"""
    for name in modules:
        import_module(name)

__all__ = [
    "SUPABASE_SCHEMAS",
    "SYSTEM_SCHEMAS",
    "inspect",
    "inspect_pair",
    "inspect_url",
    "is_excluded_schema",
]


def inspect(
    conn: psycopg.Connection[Any],
    *,
    schemas: Sequence[str] | None = None,
    rename: Mapping[str, str] | None = None,
    include_owner: bool = False,
    owner_map: bool = False,
    preloads: Sequence[str] = (),
    spare: Callable[[], psycopg.Connection[Any] | None] | None = None,
) -> SchemaModel:
    """The model of the database behind ``conn`` (see the module docstring for the scope).

    ``owner_map``: without ``include_owner``, the model's ``object_owners`` are read (a model
    to compare); ``preloads``: modules the caller needs next, loaded while the server works;
    ``spare``: gives a second connection to the same database that takes part of the queries
    (``read.open_catalog``)."""
    with collector_paused():
        try:
            with open_catalog(conn, schemas=schemas, rename=rename,
                              owners=include_owner or owner_map, spare=spare) as stream:
                _load(BUILDERS[0], *preloads)
                from pgstrata.catalog.build import build_model

                return build_model(
                    stream.rows,
                    stream.scope,
                    server_version=stream.server_version,
                    include_owner=include_owner,
                    ready=stream.ready,
                )
        except psycopg.Error as exc:
            raise translate_error(exc) from None


def inspect_url(
    url: str,
    *,
    schemas: Sequence[str] | None = None,
    rename: Mapping[str, str] | None = None,
    include_owner: bool = False,
    owner_map: bool = False,
    preloads: Sequence[str] = (),
) -> SchemaModel:
    """Connect to ``url`` (pgstrata.connect), inspect, close.  A second connection, opened
    at the same time, reads part of the catalog (``read.open_catalog``)."""
    with _spare_connection(url) as spare, connection(url) as conn:
        model = inspect(conn, schemas=schemas, rename=rename, include_owner=include_owner,
                        owner_map=owner_map, preloads=preloads, spare=spare)
    give_back_freed_memory()  # the rows are freed now
    return model


@contextmanager
def _spare_connection(url: str) -> Iterator[Callable[[], psycopg.Connection[Any] | None]]:
    """A second connection to ``url``, opened in the background: the function given waits for
    it, or gives None when it could not be opened (the inspection then reads on one)."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pgstrata-connect")
    future = pool.submit(connect, url)

    def opened() -> psycopg.Connection[Any] | None:
        try:
            return future.result()
        except Exception:  # any failure only means reading on one connection
            return None

    try:
        yield opened
    finally:
        pool.shutdown(wait=True)
        if (conn := opened()) is not None:
            conn.close()


def inspect_pair(
    source: tuple[str, Sequence[str] | None, Mapping[str, str] | None],
    target: tuple[str, Sequence[str] | None, Mapping[str, str] | None],
    *,
    narrowed: bool = True,
    include_owner: bool = False,
    preloads: Sequence[str] = (),
) -> tuple[SchemaModel, SchemaModel]:
    """The models of two databases to compare, each given as ``(url, schemas, rename)``.

    Both catalogs are read at once (each connection's queries are sent by its own thread;
    the servers work while psycopg waits without the GIL).  ``narrowed``: the models leave
    out the tables the comparison cannot touch (see :mod:`pgstrata.catalog.narrow`), so that
    diffing two large schemas that differ in a few tables costs a few tables; the plan is
    the same as with full models.  Indexes are then first read as fingerprints, and only
    the kept ones printed (and the referenced columns of the kept foreign keys read), in the
    same transaction — when both sides print definitions alike (one schema each, or
    qualified on both sides).  ``include_owner``: the models hold the objects' owners (as
    ``owners`` to compare; otherwise as ``object_owners``, for the grants).
    ``preloads``: modules the caller needs next, loaded while the servers work.
    """
    fingerprints = narrowed and _one_schema(source[1]) == _one_schema(target[1])
    with collector_paused(), ExitStack() as stack:
        try:
            conns = [stack.enter_context(connection(side[0])) for side in (source, target)]
            streams = [
                stack.enter_context(open_catalog(conn, schemas=side[1], rename=side[2], concurrent=True,
                                                 fingerprints=fingerprints, owners=True))
                for conn, side in zip(conns, (source, target), strict=True)
            ]
            _load(*BUILDERS, *preloads)
            from pgstrata.catalog.build import build_model
            from pgstrata.catalog.narrow import Narrowing

            narrowing = Narrowing(*(dict(stream.scope.rename) for stream in streams)) if narrowed else None
            for stage, _ in STAGES:  # take both sides' rows in as they come
                for stream in streams:
                    stream.ready(stage)
                if narrowing is not None:  # while the servers read the next stages
                    narrowing.feed(stage, streams[0].rows, streams[1].rows)
            a, b = (stream.snapshot() for stream in streams)
            rows_a, rows_b = narrowing.result() if narrowing is not None else (a.rows, b.rows)
            if fingerprints:
                with ThreadPoolExecutor(max_workers=2) as pool:
                    rows_a, rows_b = pool.map(_read_deferred, conns, (rows_a, rows_b))
        except psycopg.Error as exc:
            raise translate_error(exc) from None
        # the complete rows are not needed any more: freeing them row by row is pointless
        # work when the process is about to end (collector.leave_for_exit)
        leave_for_exit(streams, narrowing)
        return (build_model(rows_a, a.scope, server_version=a.server_version, include_owner=include_owner),
                build_model(rows_b, b.scope, server_version=b.server_version, include_owner=include_owner))


def _one_schema(schemas: Sequence[str] | None) -> bool:
    """Whether definitions are printed unqualified (one schema inspected) or qualified."""
    return schemas is not None and len(schemas) == 1


def _read_deferred(conn: psycopg.Connection[Any], rows: CatalogRows) -> CatalogRows:
    """The rows with their index and constraint fingerprints replaced by definitions, and the
    referenced columns of their foreign keys."""
    printed = index_definitions(conn, [x.oid for x in rows.indexes])
    references = constraint_references(conn, [k.oid for k in rows.constraints if k.type == "f"])
    printed_constraints = constraint_definitions(
        conn, [k.oid for k in rows.constraints if k.definition.startswith(DIGEST)])
    return replace(
        rows,
        indexes=[x._replace(definition=printed[x.oid]) for x in rows.indexes],
        constraints=[k._replace(definition=printed_constraints.get(k.oid, k.definition),
                                ref_columns=references.get(k.oid, k.ref_columns))
                     for k in rows.constraints],
    )
