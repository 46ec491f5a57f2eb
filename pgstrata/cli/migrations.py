"""migrate, rollback, seed, reset and pgstrata migration …: migration files and history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from pgstrata.cli.app import JSON_OPTION, Ctx, cli, pass_ctx
from pgstrata.cli.guards import APPROVE, DATA_LOSS, DRY_RUN, approval, confirm


@cli.group()
def migration() -> None:
    """Migration files and history."""


def _progress(c: Ctx) -> Any:
    """A rich progress bar over the files (stderr, terminals only: quiet in CI and pipes)."""
    if not c.err.is_terminal:
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    state: dict[str, Any] = {}

    def show(event: str, m: Any, i: int, n: int) -> None:
        if "bar" not in state:
            bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                           console=c.err, transient=True)
            bar.start()
            state["bar"], state["task"] = bar, bar.add_task(event, total=n)
        bar = state["bar"]
        bar.update(state["task"], completed=i - 1, description=f"{event} {m.file.filename}")
        if i == n:
            bar.update(state["task"], completed=n)
            bar.stop()

    return show


def _backup_hook() -> Any:
    from pgstrata.backup import backup_before_write

    return backup_before_write


@cli.command()
@click.argument("env")
@DRY_RUN
@click.option("--to", "to", metavar="VERSION", help="Stop after this version.")
@APPROVE
@DATA_LOSS
@pass_ctx
def migrate(c: Ctx, env: str, dry_run: bool, to: str | None, approve: str | None,
            allow_data_loss: bool) -> None:
    """Apply pending migrations to ENV."""
    _run_files(c, "MIGRATE", env, dry_run=dry_run, to=to, approve=approve,
               allow_data_loss=allow_data_loss)


def _run_files(c: Ctx, action: str, env: str, *, dry_run: bool, to: str | None,
               approve: str | None, allow_data_loss: bool) -> None:
    """migrate and rollback: approval, options, the API call, the report."""
    from pgstrata import api

    project = c.project()
    approved = approval(c, project, env, _action(action), approve) if not dry_run else approve
    opts = api.WriteOptions(dry_run=dry_run, approved=approved, allow_data_loss=allow_data_loss)
    run = api.migrate if action == "MIGRATE" else api.rollback
    result = run(project, env, to=to, opts=opts, progress=_progress(c), backup=_backup_hook())
    verb, noun = ("applied", "pending") if action == "MIGRATE" else ("rolled back", "to roll back")
    _report_run(c, env, result, dry_run, verb, noun)


def _report_run(c: Ctx, env: str, result: Any, dry_run: bool, verb: str, noun: str) -> None:
    for warning in getattr(result, "warnings", []):
        c.err.print(f"warning: {warning}", markup=False)
    if dry_run:
        if not result.skipped:
            c.out.print(f"{env}: nothing {noun}")
        for version in result.skipped:
            c.out.print(f"-- would run {version}")
            for text in result.statements[version]:
                c.out.print(text + ";", markup=False)
        return
    if not result.applied:
        c.out.print(f"{env}: nothing {noun}; up to date")
    else:
        c.out.print(f"{env}: {verb} {len(result.applied)} migration(s): {', '.join(result.applied)}")


@cli.command()
@click.argument("env")
@DRY_RUN
@click.option("--to", "to", metavar="VERSION", help="Roll back every migration newer than this.")
@APPROVE
@DATA_LOSS
@pass_ctx
def rollback(c: Ctx, env: str, dry_run: bool, to: str | None, approve: str | None,
             allow_data_loss: bool) -> None:
    """Run .down.sql files in reverse order (default: the last applied migration)."""
    _run_files(c, "ROLLBACK", env, dry_run=dry_run, to=to, approve=approve,
               allow_data_loss=allow_data_loss)


@cli.command()
@click.argument("env")
@DRY_RUN
@APPROVE
@pass_ctx
def seed(c: Ctx, env: str, dry_run: bool, approve: str | None) -> None:
    """Load the project's seed SQL into ENV (one transaction)."""
    from pgstrata import api
    from pgstrata.policy import Action

    project = c.project()
    approved = approval(c, project, env, Action.SEED, approve)
    files = api.seed(project, env, api.WriteOptions(dry_run=dry_run, approved=approved))
    names = ", ".join(p.name for p in files) or "no seed files"
    c.out.print(f"{env}: {'would load' if dry_run else 'loaded'} {names}")


@cli.command()
@click.argument("env")
@DRY_RUN
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_ctx
def reset(c: Ctx, env: str, dry_run: bool, yes: bool) -> None:
    """Drop ENV's schemas and rebuild them from migrations + seed (scratch environments only)."""
    from pgstrata import api

    project = c.project()
    opts = api.WriteOptions(dry_run=dry_run)
    api.authorize(project, project.environment(env), _action("RESET"), opts, {"deletes_data"})
    if not dry_run and not yes:
        confirm(c, f"reset {env}: drop its schemas and every row in them?")
    result = api.reset(project, env, opts=opts, progress=_progress(c))
    if dry_run:
        c.out.print(f"{env}: would drop its schemas and replay the migrations and seed")
    else:
        c.out.print(f"{env}: reset; applied {len(result.applied)} migration(s) and the seed")


def _action(name: str) -> Any:
    from pgstrata.policy import Action

    return Action[name]


@migration.command("new")
@click.argument("name")
@pass_ctx
def migration_new(c: Ctx, name: str) -> None:
    """Create an empty timestamped migration file."""
    from pgstrata import api

    path = api.migration_new(c.project(), name)
    c.out.print(f"created {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")


@migration.command("diff")
@click.argument("name")
@click.option("--from", "source", metavar="ENV", help="Default: the reference environment (dev).")
@DRY_RUN
@pass_ctx
def migration_diff(c: Ctx, name: str, source: str | None, dry_run: bool) -> None:
    """Write a migration (and its .down.sql) from ENV vs the replayed migrations."""
    from pgstrata import schema_ops

    project = c.project()
    result = schema_ops.migration_diff(project, name, source_env=source, dry_run=dry_run)
    env = source or project.reference
    if result.up.empty:
        c.out.print(f"no differences between {env} and the migrations; no file written")
        return
    if dry_run or result.path is None:
        for i, (part, plan) in enumerate(result.parts, 1):
            of = f", file {i} of {len(result.parts)}" if len(result.parts) > 1 else ""
            c.out.print(plan.to_sql(header=f"migration diff {part} (dry run{of})"), markup=False)
        return
    rels = [p.relative_to(project.root) if p.is_relative_to(project.root) else p for p in result.paths]
    if len(rels) == 1:
        c.out.print(f"wrote {rels[0]} ({len(result.up.statements)} statement(s)) and its .down.sql")
    else:
        c.out.print(f"wrote {', then '.join(map(str, rels))} ({len(result.up.statements)} statement(s)) "
                    "and their .down.sql: the enum values come first, in a migration of their own, "
                    "as PostgreSQL cannot use a value in the transaction that adds it")
    hazards = sorted({str(h) for h in result.up.hazards})
    if hazards:
        c.out.print(f"hazards: {', '.join(hazards)} — review before applying")


@migration.command("squash")
@click.option("--to", "to", metavar="VERSION", help="Squash up to this version (default: all).")
@pass_ctx
def migration_squash(c: Ctx, to: str | None) -> None:
    """Replace the migrations up to VERSION by one verified file."""
    from pgstrata.migrations.squash import squash

    result = squash(c.project(), to=to)
    c.out.print(f"squashed {len(result.replaced)} migrations into {result.path.name} "
                f"(verified with pg_dump; {result.data_statements} statement(s) an extract does not hold carried over)")
    c.out.print("environments that applied the old files keep working: their history rows are "
                "accepted as part of the squash")


@migration.command("list")
@click.argument("env", required=False)
@JSON_OPTION
@pass_ctx
def migration_list(c: Ctx, env: str | None, as_json: bool) -> None:
    """Local files vs the applied history of ENV (default: the reference environment)."""
    from dataclasses import asdict

    from pgstrata import api

    project = c.project()
    rows = api.migration_list(project, env)
    if as_json:
        c.json({"environment": env or project.reference, "migrations": [asdict(r) for r in rows]})
        return
    from rich.table import Table

    table = Table(title=f"migrations on {env or project.reference}", title_justify="left")
    for col in ("version", "name", "state", "applied at", "down"):
        table.add_column(col)
    for r in rows:
        table.add_row(r.version, r.name, r.state, r.applied_at or "-", "yes" if r.has_down else "-")
    c.out.print(table)


@migration.command("repair")
@click.argument("env")
@click.argument("version")
@click.option("--status", "status", type=click.Choice(["applied", "reverted"]), required=True)
@APPROVE
@pass_ctx
def migration_repair(c: Ctx, env: str, version: str, status: str, approve: str | None) -> None:
    """Mark VERSION applied or reverted in ENV's history, without running it."""
    from pgstrata import api
    from pgstrata.policy import Action

    project = c.project()
    approved = approval(c, project, env, Action.REPAIR, approve)
    c.out.print(api.repair(project, env, version, status, api.WriteOptions(approved=approved)))
