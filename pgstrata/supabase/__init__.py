"""Supabase on a plain PostgreSQL server (DESIGN §4).

Two pieces, both for local servers only (the embedded one, a system PostgreSQL):

- the *basics* (:func:`apply_basics`): the roles, schemas, ``auth.*`` functions and
  tables, storage tables and grants a new Supabase project has before its first
  migration runs — core PostgreSQL 13–18 only;
- the *stand-ins* (:func:`standin_dir`): small pure-SQL extensions named like the
  Supabase extensions the embedded server lacks (``uuid-ossp``, ``pgcrypto``,
  ``pg_net``, ``pg_cron``, ``pg_graphql``, ``pgjwt``, ``pgmq``, ``supabase_vault``, ``pg_jsonschema``,
  ``http``), loadable
  through PostgreSQL 18's ``extension_control_path`` so that migrations which
  create them apply unchanged.
"""

from __future__ import annotations

from pgstrata.supabase.basics import (
    BASICS_VERSION,
    SupabaseError,
    apply_basics,
    basics_sql,
    basics_version,
)
from pgstrata.supabase.setup import LocalSupabase, prepare_local_database
from pgstrata.supabase.standins import (
    STANDIN_MARKER,
    available_standins,
    control_path_setting,
    control_path_value,
    enable_standins,
    installed_standins,
    standin_dir,
    standin_names,
    supports_standins,
)

SUPABASE_SCHEMAS = frozenset({
    "auth", "storage", "extensions", "realtime", "_realtime", "graphql", "graphql_public",
    "vault", "net", "cron", "pgbouncer", "pgsodium", "pgsodium_masks", "supabase_functions",
    "supabase_migrations", "_analytics", "_supavisor",
})
"""Schemas Supabase owns: excluded from diffs and extracts (DESIGN §4), whether they were
made by Supabase, by :func:`apply_basics` or by a (stand-in) extension."""

__all__ = [
    "BASICS_VERSION",
    "LocalSupabase",
    "STANDIN_MARKER",
    "SUPABASE_SCHEMAS",
    "SupabaseError",
    "apply_basics",
    "available_standins",
    "basics_sql",
    "basics_version",
    "control_path_setting",
    "control_path_value",
    "enable_standins",
    "installed_standins",
    "prepare_local_database",
    "standin_dir",
    "standin_names",
    "supports_standins",
]
