"""Which schemas an inspection covers, what they are called in the model, and its search_path.

Pure: :func:`resolve_scope` decides from the rows of ``queries/scope.sql``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pgstrata.catalog.rows import SchemaRow
from pgstrata.errors import InputError
from pgstrata.quoting import ident

#: PostgreSQL's own schemas; every name starting with ``pg_`` (pg_toast, pg_temp_N …) is too.
SYSTEM_SCHEMAS: frozenset[str] = frozenset({"pg_catalog", "information_schema"})

#: Schemas that Supabase (the platform, not the application) owns and migrates itself.
SUPABASE_SCHEMAS: frozenset[str] = frozenset({
    "_analytics",
    "_realtime",
    "_supavisor",
    "auth",
    "cron",
    "extensions",
    "graphql",
    "graphql_public",
    "net",
    "pgbouncer",
    "pgsodium",
    "pgsodium_masks",
    "pgtle",
    "realtime",
    "storage",
    "supabase_admin",
    "supabase_functions",
    "supabase_migrations",
    "vault",
})


#: Platform schemas whose trigger functions the application's own triggers call: Database
#: Webhooks are triggers calling ``supabase_functions.http_request(...)``, made by the
#: application (on its tables, on ``auth.users``, on ``storage.objects``).  A trigger on a
#: platform table whose function lives in any other platform schema is the platform's.
APPLICATION_TRIGGER_FUNCTION_SCHEMAS: frozenset[str] = frozenset({"supabase_functions"})


def is_excluded_schema(name: str) -> bool:
    """True for schemas that are never part of a whole-database inspection."""
    return name.startswith("pg_") or name in SYSTEM_SCHEMAS or name in SUPABASE_SCHEMAS


@dataclass(frozen=True, slots=True)
class Scope:
    """The resolved scope: inspected schemas (physical names) and their logical names."""

    schemas: tuple[SchemaRow, ...]
    whole: bool  # schemas=None: all user schemas + the application's objects on platform tables
    rename: Mapping[str, str] = field(default_factory=dict)
    role: str = ""  # the inspecting role (current_user)

    @property
    def oids(self) -> list[int]:
        return [s.oid for s in self.schemas]

    @property
    def search_path(self) -> str:
        """The schema of a one-schema inspection, quoted; otherwise empty (all qualified)."""
        if self.whole or len(self.schemas) != 1:
            return ""
        return ident(self.schemas[0].name)

    def logical(self, physical: str) -> str:
        return self.rename.get(physical, physical)

    def schema_map(self) -> tuple[tuple[str, str], ...]:
        """(logical, physical) pairs of the renamed inspected schemas."""
        names = {s.name for s in self.schemas}
        return tuple(sorted((new, old) for old, new in self.rename.items() if old in names))


def resolve_scope(
    rows: Sequence[SchemaRow],
    schemas: Sequence[str] | None,
    rename: Mapping[str, str] | None,
) -> Scope:
    """Pick the inspected schemas; raise InputError for unknown ones or clashing renames."""
    rename = dict(rename or {})
    if schemas is None:
        chosen = [r for r in rows if not r.extension_owned and not is_excluded_schema(r.name)]
    else:
        if isinstance(schemas, str):
            raise InputError("schemas must be a list of schema names, not one string")
        if not schemas:
            raise InputError("no schema to inspect: the list of schemas is empty")
        by_name = {r.name: r for r in rows}
        missing = sorted({s for s in schemas if s not in by_name})
        if missing:
            raise InputError(
                f"schema {', '.join(missing)} does not exist"
                if len(missing) == 1
                else f"schemas {', '.join(missing)} do not exist"
            )
        chosen = [by_name[s] for s in sorted(set(schemas))]
    _check_renames([r.name for r in chosen], rename)
    return Scope(schemas=tuple(chosen), whole=schemas is None, rename=rename,
                 role=rows[0].role if rows else "")


def _check_renames(names: list[str], rename: Mapping[str, str]) -> None:
    seen: dict[str, str] = {}
    for name in names:
        logical = rename.get(name, name)
        if logical in seen:
            raise InputError(
                f"schemas {seen[logical]} and {name} would both be called {logical} "
                "in the model; rename only one of them"
            )
        seen[logical] = name
