"""Apply ``basics.sql``: what a Supabase project has before its first migration."""

from __future__ import annotations

from importlib import resources

import psycopg
from psycopg import sql

from pgstrata.connect import server_message
from pgstrata.errors import DatabaseError

BASICS_VERSION = 2
"""The version ``basics.sql`` records in ``extensions.pgstrata_supabase_basics``."""

_VERSION_TABLE = ("extensions", "pgstrata_supabase_basics")


class SupabaseError(DatabaseError):
    """Raised when the Supabase basics cannot be applied to a database."""


def basics_sql() -> str:
    """The text of ``basics.sql`` (runs as it is, e.g. ``psql -1 -f``)."""
    return resources.files("pgstrata.supabase").joinpath("basics.sql").read_text(encoding="utf-8")


def basics_version(conn: psycopg.Connection) -> int | None:
    """The newest basics version applied to the connected database; None when none is."""
    exists = conn.execute(
        "SELECT pg_catalog.to_regclass(%s) IS NOT NULL", (".".join(_VERSION_TABLE),)
    ).fetchone()
    if not exists or not exists[0]:
        return None
    row = conn.execute(
        sql.SQL("SELECT max(version) FROM {}").format(sql.Identifier(*_VERSION_TABLE))
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def _looks_like_real_supabase(conn: psycopg.Connection) -> bool:
    """Whether ``auth.users`` exists (asked when our version table does not)."""
    row = conn.execute("SELECT pg_catalog.to_regclass('auth.users') IS NOT NULL").fetchone()
    return bool(row and row[0])


def apply_basics(conn: psycopg.Connection) -> str:
    """Bring the connected database to :data:`BASICS_VERSION`; return the version it has.

    Idempotent: a database already at this version (or newer) is left alone.  Runs in one
    transaction.  Roles are server-wide, so the transaction first takes a lock on
    ``pg_authid`` that serialises concurrent runs in other databases of the same server
    (it blocks role changes elsewhere for the fraction of a second this takes).

    On a connection that is not in autocommit mode the caller commits.

    Raises :class:`SupabaseError` when the user is not a superuser (as on a real Supabase
    project, where ``postgres`` is not one) or the database has an ``auth.users`` that
    these basics did not create: Supabase's own is not ours to replace.
    """
    try:
        current = basics_version(conn)
        if current is not None and current >= BASICS_VERSION:
            return str(current)  # the common case: nothing to do, no lock taken
        with conn.transaction():
            row = conn.execute(
                "SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user"
            ).fetchone()
            if not row or not row[0]:
                raise SupabaseError(
                    "the Supabase basics need a superuser (they create roles with BYPASSRLS)",
                    hint="connect as the local server's superuser, postgres",
                )
            conn.execute("LOCK TABLE pg_catalog.pg_authid IN SHARE ROW EXCLUSIVE MODE")
            current = basics_version(conn)
            if current is not None and current >= BASICS_VERSION:
                return str(current)
            if current is None and _looks_like_real_supabase(conn):
                raise SupabaseError(
                    "this database has an auth.users table that pgstrata's Supabase basics did "
                    "not create (a Supabase project, or a hand-made imitation), so they are not "
                    "applied to it"
                )
            conn.execute(basics_sql().encode(), prepare=False)
    except psycopg.Error as exc:
        diag = getattr(exc, "diag", None)
        message = server_message(exc)
        raise SupabaseError(
            f"cannot apply the Supabase basics: {message}",
            sqlstate=getattr(diag, "sqlstate", None),
        ) from None
    return str(BASICS_VERSION)
