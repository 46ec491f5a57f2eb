"""backup, restore and pgstrata backups …: backups taken by pgstrata."""

from __future__ import annotations

from typing import Any

import click

from pgstrata.cli.app import JSON_OPTION, Ctx, cli, pass_ctx
from pgstrata.cli.guards import APPROVE, approval


@cli.group()
def backups() -> None:
    """Backups taken by pgstrata."""


@cli.command()
@click.argument("env")
@click.option("--schema-only", is_flag=True, help="Structure only, no rows.")
@JSON_OPTION
@pass_ctx
def backup(c: Ctx, env: str, schema_only: bool, as_json: bool) -> None:
    """Take a verified pg_dump backup of ENV's schemas."""
    from pgstrata import api

    m: Any = api.backup(c.project(), env, schema_only=schema_only)
    if as_json:
        c.json({"backup": m.to_json()})
    else:
        c.out.print(f"backup {m.id}: {m.size} bytes, sha256 {m.sha256[:12]}…, verified")


@backups.command("list")
@click.argument("env", required=False)
@JSON_OPTION
@pass_ctx
def backups_list(c: Ctx, env: str | None, as_json: bool) -> None:
    """List backups, newest first."""
    from pgstrata.backup import list_backups

    rows = list_backups(c.project(), env)
    if as_json:
        c.json({"backups": [m.to_json() for m in rows]})
        return
    from rich.table import Table

    table = Table(title="backups", title_justify="left")
    for col in ("id", "environment", "kind", "size", "server", "created"):
        table.add_column(col)
    for m in rows:
        table.add_row(m.id, m.environment, "schema" if m.schema_only else "schema+data",
                      str(m.size), m.server_version, m.created_at)
    c.out.print(table)


@cli.command()
@click.argument("env")
@click.argument("backup_id", metavar="BACKUP")
@click.option("--into", "into_url", metavar="URL", help="Restore into another database instead.")
@APPROVE
@pass_ctx
def restore(c: Ctx, env: str, backup_id: str, into_url: str | None, approve: str | None) -> None:
    """Restore BACKUP into ENV (replacing its managed schemas, in one transaction)."""
    from pgstrata import api
    from pgstrata.policy import Action

    project = c.project()
    approved = approval(c, project, env, Action.RESTORE, approve) if not into_url else approve
    m: Any = api.restore(project, env, backup_id, into_url=into_url,
                         opts=api.WriteOptions(approved=approved))
    c.out.print(f"restored {m.id} into {'the given database' if into_url else env}")
