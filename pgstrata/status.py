"""``pgstrata status``: what each environment looks like right now."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from pgstrata.config import Environment, Project
from pgstrata.connect import connection, is_local_host, mask_url
from pgstrata.environments import resolve_url
from pgstrata.errors import ConfigError, PgstrataError

_COUNTS_SQL = """
SELECT
  (SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname = ANY(%(schemas)s)) AS schemas_present,
  (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ANY(%(schemas)s) AND c.relkind IN ('r', 'p') AND NOT c.relispartition) AS tables,
  (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ANY(%(schemas)s) AND c.relkind IN ('v', 'm')) AS views,
  (SELECT count(*) FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = ANY(%(schemas)s)
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_proc'::regclass
                       AND d.objid = p.oid AND d.deptype = 'e')) AS functions,
  current_setting('server_version') AS server_version,
  coalesce((SELECT ssl FROM pg_catalog.pg_stat_ssl WHERE pid = pg_catalog.pg_backend_pid()), false) AS ssl
"""


@dataclass
class EnvironmentStatus:
    """One row of ``pgstrata status``."""

    name: str
    protection: str
    url: str | None  # masked
    local: bool
    reachable: bool = False
    configured: bool = True
    error: str | None = None
    server_version: str | None = None
    encrypted: bool | None = None
    schemas: list[str] = field(default_factory=list)
    schema_present: bool | None = None
    tables: int | None = None
    views: int | None = None
    functions: int | None = None
    migrations: dict[str, Any] | None = None
    drift: list[str] | None = None  # None: not computed (status --drift computes it)
    standins: list[str] | None = None  # stand-in extensions installed (local Supabase servers)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def environment_status(project: Project, env: Environment, *, with_drift: bool = False) -> EnvironmentStatus:
    """Connect to one environment and describe it; never raises for an unreachable one."""
    row = EnvironmentStatus(
        name=env.name, protection=env.protection.value, url=None, local=env.is_local,
        schemas=list(env.physical_schemas),
    )
    try:
        url = resolve_url(project, env)
    except ConfigError as exc:
        row.configured = False
        row.error = exc.message.replace(f"environment {env.name!r} is ", "")
        return row
    except PgstrataError as exc:
        row.error = exc.message
        return row
    row.url = "local" if env.is_local else mask_url(url)
    try:
        with connection(url) as conn:
            counts = conn.execute(_COUNTS_SQL, {"schemas": list(env.physical_schemas)}).fetchone()
    except PgstrataError as exc:
        row.error = exc.message
        return row
    assert counts is not None
    present, tables, views, functions, version, ssl = counts
    row.reachable = True
    row.server_version = version
    row.encrypted = bool(ssl) if not (env.is_local or is_local_host(url)) else bool(ssl)
    row.schema_present = present == len(env.physical_schemas)
    row.tables, row.views, row.functions = tables, views, functions
    row.migrations = _migrations(project, env, url)
    if with_drift:
        from pgstrata.drift import environment_drift

        try:
            row.drift = environment_drift(project, env.name)
        except PgstrataError as exc:
            row.drift = [f"drift not computed: {exc.message}"]
    if env.is_local and project.supabase:
        row.standins = _standins(url)
    return row


def _migrations(project: Project, env: Environment, url: str) -> dict[str, Any]:
    """applied / pending / failed counts and the last applied migration (history only)."""
    from pgstrata.api import target
    from pgstrata.migrations import discover
    from pgstrata.migrations.runner import states

    try:
        rows = states(target(project, env, url), discover(project.migrations_dir))
    except PgstrataError as exc:
        return {"error": exc.message}
    applied = [r for r in rows if r.state in ("applied", "changed")]
    last = max(applied, key=lambda r: r.version) if applied else None
    return {
        "applied": len(applied),
        "pending": sum(1 for r in rows if r.state == "pending"),
        "failed": sum(1 for r in rows if r.state in ("failed", "running")),
        "changed": sum(1 for r in rows if r.state == "changed"),
        "missing": sum(1 for r in rows if r.state == "missing"),
        "last": last.version if last else None,
        "last_name": last.name if last else None,
        "last_applied_at": last.applied_at if last else None,
    }


def _standins(url: str) -> list[str]:
    from pgstrata.supabase import installed_standins

    with connection(url) as conn:
        return list(installed_standins(conn))


def project_status(project: Project, names: list[str] | None = None, *,
                   with_drift: bool = False) -> list[EnvironmentStatus]:
    """Status of the named environments (default: all, in the config's order)."""
    envs = [project.environment(n) for n in names] if names else list(project.environments.values())
    return [environment_status(project, env, with_drift=with_drift) for env in envs]
