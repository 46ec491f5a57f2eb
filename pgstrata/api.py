"""The library API the CLI is a thin layer over: project + environment name → one operation.

Every writing operation asks :mod:`pgstrata.policy` first, and takes a verified
backup first where the policy says so.  Nothing here prints or prompts;
approvals arrive as the ``approved`` environment name the caller collected.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pgstrata.config import Environment, Project
from pgstrata.environments import resolve_url
from pgstrata.migrations import discover, new_migration, runner
from pgstrata.migrations.runner import FileState, Progress, RunResult, Target, states
from pgstrata.policy import Action, Decision, enforce
from pgstrata.sqlparse import split

Backup = Callable[[Project, Environment, str], object]


@dataclass(frozen=True, slots=True)
class WriteOptions:
    """What the user said about a write: dry run, approval, data loss."""

    dry_run: bool = False
    approved: str | None = None
    allow_data_loss: bool = False


def _seconds(duration: str) -> float:
    units = {"ms": 0.001, "s": 1.0, "min": 60.0, "h": 3600.0}
    for unit in ("ms", "min", "s", "h"):
        if duration.endswith(unit):
            return float(duration[: -len(unit)]) * units[unit]
    return float(duration) / 1000.0  # PostgreSQL's default unit is ms


def target(project: Project, env: Environment, url: str | None = None) -> Target:
    """The migration target of an environment: at ``url`` where the caller resolved it
    already, else its own (starting the local server if needed)."""
    return Target(
        url=url if url is not None else resolve_url(project, env),
        environment=env.name,
        schema=env.schema,
        logical_schema=project.schemas[0],
        lock_timeout=project.lock_timeout,
        statement_timeout=project.statement_timeout,
        advisory_lock_timeout=_seconds(project.advisory_lock_timeout),
    )


def _hazards(paths: list[Path]) -> set[str]:
    """Hazards of migration files, from lint over their parsed statements."""
    from pgstrata.lint import lint_sql
    from pgstrata.migrations.files import read_migration

    hazards: set[str] = set()
    for path in paths:
        for finding in lint_sql(read_migration(path), filename=str(path)):
            hazards.update(str(h) for h in finding.hazards)
    return hazards


def _pending_paths(project: Project, tgt: Target, to: str | None) -> list[Path]:
    files = discover(project.migrations_dir)
    pending = {s.version for s in states(tgt, files) if s.state == "pending"}
    return [f.path for f in files if f.version in pending and (to is None or f.version <= to)]


def _rollback_paths(project: Project, tgt: Target, to: str | None) -> list[Path]:
    files = {f.version: f for f in discover(project.migrations_dir)}
    applied = sorted((s.version for s in states(tgt, list(files.values())) if s.state == "applied"),
                     reverse=True)
    chosen = [v for v in applied if v > to] if to is not None else applied[:1]
    return [p for v in chosen if v in files and (p := files[v].down_path) is not None]


def authorize(project: Project, env: Environment, action: Action, opts: WriteOptions,
              hazards: set[str] | None = None) -> Decision:
    """Ask the policy; raises PolicyRefused (exit 4) when the answer is no.

    A dry run writes nothing, so it is shown on every environment; the real run asks again.
    """
    if opts.dry_run:
        from pgstrata.policy import decide

        return decide(env.protection, action, environment=env.name, hazards=hazards or set(),
                      approved=opts.approved, allow_data_loss=opts.allow_data_loss)
    return enforce(env.protection, action, environment=env.name, hazards=hazards or set(),
                   approved=opts.approved, allow_data_loss=opts.allow_data_loss)


def migrate(project: Project, env_name: str, *, to: str | None = None,
            opts: WriteOptions = WriteOptions(), progress: Progress | None = None,
            backup: Backup | None = None) -> RunResult:
    """Apply pending migrations to an environment (policy-checked; backup first if required)."""
    env = project.environment(env_name)
    files = discover(project.migrations_dir)
    tgt = target(project, env)
    decision = authorize(project, env, Action.MIGRATE, opts, _hazards(_pending_paths(project, tgt, to)))
    if decision.needs_backup and not opts.dry_run and backup is not None:
        backup(project, env, tgt.url)
    return runner.migrate(tgt, files, to=to, dry_run=opts.dry_run, progress=progress)


def rollback(project: Project, env_name: str, *, to: str | None = None,
             opts: WriteOptions = WriteOptions(), progress: Progress | None = None,
             backup: Backup | None = None) -> RunResult:
    """Run down files in reverse order (policy-checked; backup first if required)."""
    env = project.environment(env_name)
    tgt = target(project, env)
    decision = authorize(project, env, Action.ROLLBACK, opts, _hazards(_rollback_paths(project, tgt, to)))
    if decision.needs_backup and not opts.dry_run and backup is not None:
        backup(project, env, tgt.url)
    return runner.rollback(tgt, discover(project.migrations_dir), to=to, dry_run=opts.dry_run,
                        progress=progress)


def repair(project: Project, env_name: str, version: str, status: str,
           opts: WriteOptions = WriteOptions()) -> str:
    env = project.environment(env_name)
    authorize(project, env, Action.REPAIR, opts)
    return runner.repair(target(project, env), discover(project.migrations_dir), version, status)


def migration_list(project: Project, env_name: str | None) -> list[FileState]:
    """Files vs applied history of one environment (default: the reference environment)."""
    env = project.environment(env_name or project.reference)
    return states(target(project, env), discover(project.migrations_dir))


def migration_new(project: Project, name: str) -> Path:
    return new_migration(project.migrations_dir, name)


def seed(project: Project, env_name: str, opts: WriteOptions = WriteOptions()) -> list[Path]:
    """Load the project's seed files into an environment, all in one transaction."""
    import psycopg

    from pgstrata.connect import connection, put_schema_first, translate_error

    env = project.environment(env_name)
    authorize(project, env, Action.SEED, opts)
    files = [p for p in project.seed_files if p.exists()]
    url = resolve_url(project, env)
    parsed = [(p, split(p.read_text(encoding="utf-8"), filename=str(p))) for p in files]
    if opts.dry_run:
        return files
    with connection(url) as conn:
        try:
            with conn.transaction():
                if env.schema:
                    put_schema_first(conn, env.schema, local=True)
                for _, stmts in parsed:
                    for st in stmts:
                        conn.execute(st.text.encode(), prepare=False)
        except psycopg.Error as exc:
            raise translate_error(exc, url) from None
    return files


def backup(project: Project, env_name: str, *, schema_only: bool = False) -> object:
    """Take a verified backup of an environment (reading it is allowed at every protection)."""
    from pgstrata import backup as backups

    env = project.environment(env_name)
    return backups.take(project, env, resolve_url(project, env), schema_only=schema_only)


def restore(project: Project, env_name: str, backup_id: str, *, into_url: str | None = None,
            opts: WriteOptions = WriteOptions()) -> object:
    """Restore a backup into an environment (policy-checked) or into another database URL."""
    from pgstrata import backup as backups

    env = project.environment(env_name)
    if into_url is None:
        authorize(project, env, Action.RESTORE, opts)  # the policy first, before anything else
    manifest = backups.find(project, backup_id)
    if into_url is not None:
        backups.check_restore_allowed(manifest, None, None)
        backups.restore(project, manifest, into_url)
        return manifest
    decision = authorize(project, env, Action.RESTORE, opts, {"deletes_data"} if not manifest.schema_only
                         else set())
    backups.check_restore_allowed(manifest, env.name, env.protection)
    url = resolve_url(project, env)
    if decision.needs_backup and not opts.dry_run:
        backups.take(project, env, url)
    if not opts.dry_run:
        backups.restore(project, manifest, url)
    return manifest


def reset(project: Project, env_name: str, *, opts: WriteOptions = WriteOptions(),
          progress: Progress | None = None) -> RunResult:
    """Drop the environment's schemas (or its whole local database) and rebuild them from
    migrations, then load the seed files. Only where the protection allows it."""
    from psycopg import sql

    from pgstrata.connect import connection
    from pgstrata.environments import create_schemas
    from pgstrata.migrations.history import HISTORY_SCHEMA, table_name

    env = project.environment(env_name)
    authorize(project, env, Action.RESET, opts, {"deletes_data"})
    if opts.dry_run:
        return RunResult()
    if env.is_local and env.schema is None:
        from pgstrata.environments import local_server

        server = local_server(project)
        info = server.start()
        with connection(info.socket_url("postgres")) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(env.local_database)))
        server.ensure_database(env.local_database)
    else:
        with connection(resolve_url(project, env)) as conn, conn.transaction():
            create_schemas(conn, env, replace=True)
            conn.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(
                sql.Identifier(HISTORY_SCHEMA, table_name(env.schema))))
    result = runner.migrate(target(project, env), discover(project.migrations_dir), progress=progress)
    seed(project, env_name, opts)
    return result
