"""One call that makes a local database behave like a new Supabase project."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from pgstrata.supabase.basics import apply_basics
from pgstrata.supabase.standins import enable_standins, installed_standins


@dataclass(frozen=True, slots=True)
class LocalSupabase:
    """What :func:`prepare_local_database` left in the database."""

    basics_version: str
    standins_enabled: bool  # False on PostgreSQL < 18: only real extensions there
    standins_installed: tuple[str, ...]


def prepare_local_database(conn: psycopg.Connection, *, standins: bool = True) -> LocalSupabase:
    """Stand-ins first (PostgreSQL 18+, so the basics can preinstall them), then the basics.

    Idempotent and cheap when already done; meant for every local database pgstrata
    creates or resolves when the project has ``[local] supabase = true``.
    """
    enabled = enable_standins(conn) if standins else False
    version = apply_basics(conn)
    return LocalSupabase(
        basics_version=version,
        standins_enabled=enabled,
        standins_installed=tuple(installed_standins(conn)),
    )
