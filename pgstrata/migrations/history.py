"""The migration history table, and nothing else (DESIGN §3).

Compatible with the Supabase CLI's ``supabase_migrations.schema_migrations
(version text primary key, statements text[], name text)``, extended with
nullable columns the CLI ignores.  An environment whose schema is not
``public`` gets its own table, ``schema_migrations_<schema>``, so dev and test
in one database keep separate histories.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import psycopg
from psycopg import sql

from pgstrata import __version__
from pgstrata.quoting import qualified

HISTORY_SCHEMA = "supabase_migrations"
APPLIED, RUNNING, FAILED = "applied", "running", "failed"

_EXTRA_COLUMNS = (
    ("checksum", "text"),
    ("applied_at", "timestamptz"),
    ("applied_by", "text"),
    ("execution_ms", "integer"),
    ("state", "text"),
    ("pgstrata_version", "text"),
)


@dataclass(frozen=True, slots=True)
class HistoryRow:
    version: str
    name: str | None
    checksum: str | None  # None: written by the Supabase CLI (adopted on the next run)
    state: str  # applied | running | failed
    applied_at: datetime | None = None
    applied_by: str | None = None
    execution_ms: int | None = None


def table_name(schema: str | None) -> str:
    """``schema_migrations`` for ``public`` (the Supabase CLI's), else one per schema."""
    if schema is None or schema == "public":
        return "schema_migrations"
    return f"schema_migrations_{schema}"


class History:
    """The history table of one environment, reached through a connection."""

    def __init__(self, conn: psycopg.Connection, schema: str | None = None) -> None:
        self.conn = conn
        self.name = table_name(schema)
        self.table = sql.Identifier(HISTORY_SCHEMA, self.name)
        self.regclass = qualified(HISTORY_SCHEMA, self.name)
        self.lock_key = _lock_key(f"{HISTORY_SCHEMA}.{table_name(schema)}")

    # -- structure ---------------------------------------------------------------------
    def exists(self) -> bool:
        row = self.conn.execute(
            "SELECT to_regclass(%s) IS NOT NULL",
            (self.regclass,),
        ).fetchone()
        return bool(row and row[0])

    def ensure(self) -> None:
        """Create (or extend a Supabase CLI's) history table; idempotent, call under the lock."""
        self.conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(HISTORY_SCHEMA)))
        self.conn.execute(
            sql.SQL("CREATE TABLE IF NOT EXISTS {} (version text NOT NULL PRIMARY KEY)").format(self.table)
        )
        columns = [("statements", "text[]"), ("name", "text"), *_EXTRA_COLUMNS]
        self.conn.execute(
            sql.SQL("ALTER TABLE {} ").format(self.table)
            + sql.SQL(", ").join(
                sql.SQL("ADD COLUMN IF NOT EXISTS {} " + typ).format(sql.Identifier(col))
                for col, typ in columns
            )
        )

    # -- reading -----------------------------------------------------------------------
    def rows(self) -> list[HistoryRow]:
        """Every row ordered by version; [] when the table does not exist yet."""
        if not self.exists():
            return []
        has_extra = self.conn.execute(
            "SELECT count(*) FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass(%s) "
            "AND attname = 'checksum' AND NOT attisdropped",
            (self.regclass,),
        ).fetchone()
        if has_extra and has_extra[0]:
            query = sql.SQL(
                "SELECT version, name, checksum, coalesce(state, 'applied'), applied_at, applied_by,"
                " execution_ms FROM {} ORDER BY version"
            ).format(self.table)
        else:  # a table written by the Supabase CLI only
            query = sql.SQL(
                "SELECT version, name, NULL, 'applied', NULL::timestamptz, NULL, NULL::int"
                " FROM {} ORDER BY version"
            ).format(self.table)
        return [HistoryRow(*r) for r in self.conn.execute(query).fetchall()]

    # -- writing (the caller owns the transaction) ----------------------------------------
    def record(
        self,
        version: str,
        name: str,
        statements: Sequence[str],
        checksum: str,
        *,
        state: str = APPLIED,
        execution_ms: int | None = None,
    ) -> None:
        """Insert or replace the row of ``version``."""
        self.conn.execute(
            sql.SQL(
                "INSERT INTO {} (version, name, statements, checksum, state, applied_at, applied_by,"
                " execution_ms, pgstrata_version) VALUES (%s, %s, %s, %s, %s, now(), %s, %s, %s)"
                " ON CONFLICT (version) DO UPDATE SET name = EXCLUDED.name,"
                " statements = EXCLUDED.statements, checksum = EXCLUDED.checksum,"
                " state = EXCLUDED.state, applied_at = EXCLUDED.applied_at,"
                " applied_by = EXCLUDED.applied_by, execution_ms = EXCLUDED.execution_ms,"
                " pgstrata_version = EXCLUDED.pgstrata_version"
            ).format(self.table),
            (version, name, list(statements), checksum, state, _who(), execution_ms, __version__),
        )

    def set_state(self, version: str, state: str, *, execution_ms: int | None = None) -> None:
        self.conn.execute(
            sql.SQL("UPDATE {} SET state = %s, execution_ms = coalesce(%s, execution_ms)"
                    " WHERE version = %s").format(self.table),
            (state, execution_ms, version),
        )

    def adopt_checksum(self, version: str, checksum: str, *, force: bool = False) -> None:
        """Fill the checksum of a row the Supabase CLI wrote (it has none); ``force``: replace
        it (the file was replaced by ``migration squash``)."""
        condition = "" if force else " AND checksum IS NULL"
        self.conn.execute(
            sql.SQL("UPDATE {} SET checksum = %s, state = coalesce(state, 'applied')"
                    " WHERE version = %s" + condition).format(self.table),
            (checksum, version),
        )

    def delete(self, version: str) -> None:
        self.conn.execute(sql.SQL("DELETE FROM {} WHERE version = %s").format(self.table), (version,))


def _lock_key(name: str) -> int:
    """A stable signed 64-bit advisory-lock key for one history table."""
    digest = hashlib.sha256(("pgstrata:" + name).encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def _who() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not an error worth failing a migration for
        return "unknown"
