"""The command line: parse → one library call → render text or JSON.

The only module that prints, prompts or exits.  ``main(argv, stdout, stderr)``
returns the exit code so tests can run the CLI in-process.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import click
from rich.console import Console
from rich.table import Table

from pgstrata import __version__
from pgstrata.errors import NotImplementedYet, PgstrataError

JSON_SCHEMA_VERSION = 1


@dataclass
class Ctx:
    """What every command gets: where to write, and the global options."""

    out: Console
    err: Console
    config: Path | None
    debug: bool

    def project(self) -> Any:
        from pgstrata import config

        return config.load(self.config)

    def json(self, payload: Any) -> None:
        data = {"schema_version": JSON_SCHEMA_VERSION, **payload} if isinstance(payload, dict) else payload
        self.out.print_json(json.dumps(data, default=str), highlight=False) if self.out.is_terminal \
            else self.out.file.write(json.dumps(data, indent=2, default=str) + "\n")


def _console(file: IO[str]) -> Console:
    no_color = bool(os.environ.get("NO_COLOR")) or not file.isatty()
    return Console(file=file, no_color=no_color, highlight=False, soft_wrap=True,
                   force_terminal=None if file.isatty() else False, width=None if file.isatty() else 120)


def _not_built(name: str) -> Callable[..., None]:
    def run(**_: Any) -> None:
        raise NotImplementedYet(f"`pgstrata {name}` is not built yet")

    return run


pass_ctx = click.make_pass_decorator(Ctx)
JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="pgstrata")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None,
              help="Path to pgstrata.toml (default: found by walking up from here).")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None, debug: bool) -> None:
    """pgstrata keeps one application's PostgreSQL schemas consistent across environments."""
    base: Ctx = ctx.obj
    base.config = config_path
    base.debug = debug


# ----------------------------------------------------------------------------- init


@cli.command()
@click.option("--supabase/--no-supabase", default=None, help="Use supabase/migrations and seed.")
@click.option("--ci", type=click.Choice(["github"]), default=None, help="Also write a CI workflow.")
@click.option("--force", is_flag=True, help="Overwrite an existing pgstrata.toml.")
@pass_ctx
def init(c: Ctx, supabase: bool | None, ci: str | None, force: bool) -> None:
    """Write pgstrata.toml with dev, test, staging and production."""
    from pgstrata.init import init_project

    root = c.config.parent if c.config else Path.cwd()
    if ci:
        raise NotImplementedYet("`pgstrata init --ci github` is not built yet")
    path = init_project(root, supabase=supabase, force=force)
    c.out.print(f"wrote {path.name}: environments dev (local, manual), test (local, none), "
                "staging (migrations), production (approval)")
    c.out.print("next: pgstrata status")


# ----------------------------------------------------------------------------- local


@cli.group()
def local() -> None:
    """The embedded PostgreSQL server (data under .pgstrata/local)."""


def _server(c: Ctx) -> Any:
    from pgstrata.config import find_config, load
    from pgstrata.environments import local_server

    path = c.config or find_config()
    if path is None:
        from pgstrata.local import LocalServer

        return LocalServer(Path.cwd() / ".pgstrata" / "local")
    return local_server(load(path))


@local.command("start")
@pass_ctx
def local_start(c: Ctx) -> None:
    """Start the embedded server (initialising it the first time)."""
    info = _server(c).start()
    c.out.print(f"local PostgreSQL is running (pid {info.pid}) at {info.url()}")


@local.command("stop")
@pass_ctx
def local_stop(c: Ctx) -> None:
    """Stop the embedded server."""
    stopped = _server(c).stop()
    c.out.print("local PostgreSQL stopped" if stopped else "local PostgreSQL was not running")


@local.command("status")
@JSON_OPTION
@pass_ctx
def local_status(c: Ctx, as_json: bool) -> None:
    """Whether the embedded server runs, and where."""
    server = _server(c)
    info = server.info()
    payload = {
        "running": info is not None,
        "pid": info.pid if info else None,
        "url": info.url() if info else None,
        "data_dir": str(server.data_dir),
    }
    if as_json:
        c.json(payload)
    elif info:
        c.out.print(f"running (pid {info.pid}) at {info.url()}; data in {server.data_dir}")
    else:
        c.out.print(f"not running; data in {server.data_dir}")


@local.command("url")
@click.argument("database", required=False, default="postgres")
@pass_ctx
def local_url(c: Ctx, database: str) -> None:
    """Print a DATABASE_URL for the embedded server (starting it if needed)."""
    server = _server(c)
    server.ensure_database(database)
    info = server.info()
    c.out.print(info.url(database))


# ----------------------------------------------------------------------------- status


@cli.command()
@click.argument("envs", nargs=-1)
@JSON_OPTION
@pass_ctx
def status(c: Ctx, envs: tuple[str, ...], as_json: bool) -> None:
    """Per environment: reachable, server version, schema, object counts."""
    from pgstrata.status import project_status

    rows = project_status(c.project(), list(envs) or None)
    if as_json:
        c.json({"environments": [r.to_json() for r in rows]})
        return
    table = Table(title="pgstrata status", title_justify="left")
    for col in ("environment", "protection", "reachable", "server", "schema", "tables",
                "views", "functions", "notes"):
        table.add_column(col)
    for r in rows:
        reach = "yes" if r.reachable else ("not configured" if not r.configured else "no")
        schema = ", ".join(r.schemas) + ("" if r.schema_present in (None, True) else " (missing)")
        notes = r.error or ("local" if r.local else (r.url or ""))
        if r.reachable and not r.local:
            notes += " (TLS)" if r.encrypted else " (not encrypted)"
        table.add_row(r.name, r.protection, reach, r.server_version or "-", schema,
                      _n(r.tables), _n(r.views), _n(r.functions), notes)
    c.out.print(table)


def _n(value: int | None) -> str:
    return "-" if value is None else str(value)


# ----------------------------------------------------------------------------- not built yet

_SOURCE = click.argument("source")


def _stub(group: click.Group, name: str, help_text: str, params: Sequence[Callable[..., Any]] = (),
          full: str | None = None) -> None:
    fn: Callable[..., Any] = _not_built(full or name)
    for p in reversed(params):
        fn = p(fn)
    group.command(name, help=help_text)(fn)


_stub(cli, "extract", "Deterministic DDL of a schema.",
      [click.argument("source"), click.option("-o", "--output"), click.option("--as-schema"),
       click.option("--template", is_flag=True)])
_stub(cli, "compare", "Structural diff of two schemas; --format sql is the script TARGET→SOURCE.",
      [click.argument("source"), click.argument("target", required=False),
       click.option("--format", "fmt"), click.option("--exit-code", is_flag=True),
       click.option("-o", "--output")])
_stub(cli, "create", "Create an environment's schema from migrations or another source.",
      [click.argument("env"), click.option("--from", "source")])
_stub(cli, "sync", "Make ENV structurally equal to SOURCE (plan, backup, confirm, apply).",
      [click.argument("env"), click.option("--from", "source"), click.option("--dry-run", is_flag=True),
       click.option("--yes", is_flag=True)])
_stub(cli, "migrate", "Apply pending migrations to ENV.",
      [click.argument("env"), click.option("--dry-run", is_flag=True), click.option("--to"),
       click.option("--approve")])
_stub(cli, "rollback", "Run .down.sql files in reverse order.",
      [click.argument("env"), click.option("--to"), click.option("--approve")])
_stub(cli, "lint", "Hazards in migration SQL.", [click.argument("files", nargs=-1)])
_stub(cli, "backup", "pg_dump-based backup of ENV.", [click.argument("env")])
_stub(cli, "restore", "Restore a backup into ENV.", [click.argument("env"), click.argument("backup")])
_stub(cli, "seed", "Load seed SQL into ENV.", [click.argument("env")])
_stub(cli, "reset", "Drop and recreate ENV from migrations + seed.", [click.argument("env")])
_stub(cli, "check", "CI: replay migrations on a shadow database, lint, drift.",
      [click.option("--against")])
_stub(cli, "demo", "A guided tour on the embedded server.")


@cli.group()
def migration() -> None:
    """Migration files and history."""


_stub(migration, "new", "Create an empty timestamped migration file.", [click.argument("name")],
      full="migration new")
_stub(migration, "diff", "Write a migration from the difference between ENV and the migrations.",
      [click.argument("name"), click.option("--from", "source")], full="migration diff")
_stub(migration, "list", "Local files vs applied history.", [click.argument("env", required=False)],
      full="migration list")
_stub(migration, "repair", "Mark a version applied or reverted in ENV's history.",
      [click.argument("env"), click.argument("version"), click.option("--status")],
      full="migration repair")
_stub(migration, "squash", "Replace a prefix of migrations by one file.", [click.option("--to")],
      full="migration squash")


@cli.group()
def backups() -> None:
    """Backups taken by pgstrata."""


_stub(backups, "list", "List backups.", [click.argument("env", required=False)], full="backups list")


# ----------------------------------------------------------------------------- entry points


def main(argv: Sequence[str] | None = None, stdout: IO[str] | None = None,
         stderr: IO[str] | None = None) -> int:
    """Run the CLI; return the exit code (DESIGN §1)."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    ctx = Ctx(out=_console(stdout), err=_console(stderr), config=None, debug=False)
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    try:
        result = cli.main(args=args, prog_name="pgstrata", standalone_mode=False, obj=ctx)
    except PgstrataError as exc:
        if debug:
            import traceback

            traceback.print_exc(file=stderr)
        ctx.err.print(f"error: {exc.message}", markup=False)
        if exc.hint:
            ctx.err.print(f"hint: {exc.hint}", markup=False)
        return exc.exit_code
    except click.exceptions.Abort:
        ctx.err.print("aborted", markup=False)
        return 4
    except click.ClickException as exc:
        ctx.err.print(f"error: {exc.format_message()}", markup=False)
        return 2
    except KeyboardInterrupt:
        ctx.err.print("interrupted", markup=False)
        return 130
    return result if isinstance(result, int) else 0


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
