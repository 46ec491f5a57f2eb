"""init, status and demo: setting a project up and looking at it."""

from __future__ import annotations

from pathlib import Path

import click

from pgstrata.cli.app import JSON_OPTION, Ctx, cli, pass_ctx


@cli.command()
@click.option("--supabase/--no-supabase", default=None, help="Use supabase/migrations and seed.")
@click.option("--ci", type=click.Choice(["github"]), default=None, help="Also write a CI workflow.")
@click.option("--force", is_flag=True, help="Overwrite an existing pgstrata.toml.")
@pass_ctx
def init(c: Ctx, supabase: bool | None, ci: str | None, force: bool) -> None:
    """Write pgstrata.toml with dev, test, staging and production."""
    from pgstrata.init import init_project

    root = c.config.parent if c.config else Path.cwd()
    existing = (root / "pgstrata.toml").exists()
    if not (ci and existing and not force):
        path = init_project(root, supabase=supabase, force=force)
        c.out.print(f"wrote {path.name}: environments dev (local, manual), test (local, none), "
                    "staging (migrations), production (approval)")
    if ci:
        from pgstrata.config import load
        from pgstrata.workflow import write_workflow

        project = load(root / "pgstrata.toml")
        migrations = project.migrations_dir.relative_to(root).as_posix()
        wf = write_workflow(root, migrations, force=force)
        c.out.print(f"wrote {wf.relative_to(root)}: check on pull requests, migrate staging on "
                    "main, production by manual dispatch")
    c.out.print("next: pgstrata status")


@cli.command()
@click.argument("envs", nargs=-1)
@click.option("--drift", is_flag=True,
              help="Also compare each environment with what its applied migrations produce.")
@JSON_OPTION
@pass_ctx
def status(c: Ctx, envs: tuple[str, ...], drift: bool, as_json: bool) -> None:
    """Per environment: reachable, server, protection, objects, migrations, drift."""
    from pgstrata.status import project_status

    project = c.project()
    rows = project_status(project, list(envs) or None, with_drift=drift)
    if as_json:
        c.json({"environments": [r.to_json() for r in rows]})
        return
    from rich.table import Table

    table = Table(title="pgstrata status", title_justify="left")
    for col in ("environment", "protection", "reachable", "server", "schema", "objects",
                "migrations", "last migration", "drift", "notes"):
        table.add_column(col)
    for r in rows:
        reach = "yes" if r.reachable else ("not configured" if not r.configured else "no")
        schema = ", ".join(r.schemas) + ("" if r.schema_present in (None, True) else " (missing)")
        notes = r.error or ("local" if r.local else (r.url or ""))
        if r.reachable and not r.local:
            notes += " (TLS)" if r.encrypted else " (not encrypted)"
        m = r.migrations or {}
        mig = "-" if not m or "error" in m else (
            f"{m['applied']} applied, {m['pending']} pending"
            + (f", {m['failed']} failed" if m["failed"] else "")
            + (f", {m['changed']} changed" if m["changed"] else ""))
        last = f"{m['last']} ({(m.get('last_applied_at') or '')[:10]})" if m.get("last") else "-"
        drift_text = "-" if r.drift is None else ("none" if not r.drift else f"{len(r.drift)} object(s)")
        objects = "-" if r.tables is None else f"{r.tables} tables, {r.views} views, {r.functions} functions"
        table.add_row(r.name, r.protection, reach, r.server_version or "-", schema, objects,
                      mig, last, drift_text, notes)
    c.out.print(table)
    standins = sorted({s for r in rows for s in (r.standins or [])})
    if standins:
        c.out.print(f"local stand-in extensions (not the real ones): {', '.join(standins)}")
    sb = project.supabase_config
    if sb is not None:
        c.out.print(f"from supabase/config.toml: schemas {', '.join(project.schemas)}; seed "
                    f"{', '.join(sb.seed) or 'none'}"
                    + (f"; Supabase PostgreSQL {sb.major_version}" if sb.major_version else ""))
    for r in rows:
        for line in r.drift or []:
            c.out.print(f"drift in {r.name}: {line}", markup=False)


def _n(value: int | None) -> str:
    return "-" if value is None else str(value)


@cli.command()
@click.option("--port", type=int, default=None, help="TCP port for the demo's local server.")
@pass_ctx
def demo(c: Ctx, port: int | None) -> int:
    """A guided tour of the whole workflow on the embedded server, in ./pgstrata-demo."""
    from pgstrata.demo import run_demo

    return run_demo(c.out, Path.cwd(), port=port)
