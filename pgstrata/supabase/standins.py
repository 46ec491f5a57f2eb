"""Stand-in extensions: pure-SQL look-alikes of Supabase extensions (PostgreSQL 18+).

PostgreSQL 18's ``extension_control_path`` lets a server find extensions outside its
installation.  ``standins/extension/`` holds a control file and one SQL script per
extension the embedded server lacks; every control file's comment starts with
:data:`STANDIN_MARKER`, which ``CREATE EXTENSION`` copies into the catalog, so a
database says which of its extensions are stand-ins.  ``$system`` comes first in the
path: a real extension of the same name always wins over its stand-in.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
from psycopg import sql

from pgstrata.supabase.basics import SupabaseError

STANDIN_MARKER = "pgstrata stand-in:"
MIN_SERVER_VERSION = 180000  # extension_control_path


def standin_dir() -> Path:
    """The folder to put on ``extension_control_path`` (the parent of ``extension/``)."""
    return Path(__file__).resolve().parent / "standins"


def standin_names() -> list[str]:
    """The extensions pgstrata has stand-ins for, sorted."""
    return sorted(p.stem for p in (standin_dir() / "extension").glob("*.control"))


def control_path_value() -> str:
    """The value of ``extension_control_path``: the server's own extensions, then ours."""
    return "$system:" + str(standin_dir())


def control_path_setting() -> str:
    """The value quoted for :class:`pgstrata.local.LocalServer` ``settings``.

    Settings reach postgres through pg_ctl's shell, so the value is single-quoted
    (``$system`` must not be expanded).
    """
    return "'" + control_path_value().replace("'", "'\\''") + "'"


def supports_standins(conn: psycopg.Connection) -> bool:
    """Whether the server can load stand-ins (PostgreSQL 18 or later)."""
    return conn.info.server_version >= MIN_SERVER_VERSION


def enable_standins(conn: psycopg.Connection) -> bool:
    """Make the connected database find the stand-ins; False on a server older than 18.

    Sets ``extension_control_path`` for the database (new sessions) and this session,
    so it works on a running server without a restart.  A server started with
    :func:`control_path_setting` needs nothing more.  Raises :class:`SupabaseError`
    when the server cannot read :func:`standin_dir` (it runs as another user).
    """
    if not supports_standins(conn):
        return False
    value = control_path_value()
    database = conn.execute("SELECT pg_catalog.current_database()").fetchone()
    assert database is not None
    try:
        conn.execute(
            sql.SQL("ALTER DATABASE {} SET extension_control_path = {}").format(
                sql.Identifier(database[0]), sql.Literal(value)
            )
        )
        conn.execute("SELECT pg_catalog.set_config('extension_control_path', %s, false)", (value,))
        found = available_standins(conn)
    except psycopg.Error as exc:
        raise SupabaseError(f"cannot enable pgstrata's stand-in extensions: {exc}") from None
    if not found:
        raise SupabaseError(
            f"the server cannot read pgstrata's stand-in extensions in {standin_dir()}",
            hint="make that folder readable by the user the server runs as",
        )
    return True


def installed_standins(conn: psycopg.Connection) -> list[str]:
    """The extensions of the connected database that are pgstrata stand-ins, sorted."""
    rows = conn.execute(
        "SELECT e.extname FROM pg_catalog.pg_extension AS e"
        " WHERE pg_catalog.obj_description(e.oid, 'pg_extension') LIKE %s ORDER BY 1",
        (STANDIN_MARKER + "%",),
    ).fetchall()
    return [r[0] for r in rows]


def available_standins(conn: psycopg.Connection) -> list[str]:
    """The stand-ins this session's server can create (empty when it cannot see the folder).

    A name whose real extension the server has (``$system`` comes first) is not listed.
    """
    rows = conn.execute(
        "SELECT name FROM pg_catalog.pg_available_extensions WHERE comment LIKE %s ORDER BY 1",
        (STANDIN_MARKER + "%",),
    ).fetchall()
    return [r[0] for r in rows]
