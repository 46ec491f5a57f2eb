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
_stub(cli, "demo", "A guided tour on the embedded server.")


@cli.group()
def migration() -> None:
    """Migration files and history."""


_stub(migration, "diff", "Write a migration from the difference between ENV and the migrations.",
      [click.argument("name"), click.option("--from", "source")], full="migration diff")
_stub(migration, "squash", "Replace a prefix of migrations by one file.", [click.option("--to")],
      full="migration squash")


@cli.group()
def backups() -> None:
    """Backups taken by pgstrata."""




# ----------------------------------------------------------------------------- migrations

APPROVE = click.option("--approve", "approve", metavar="ENV",
                       help="Approve a write to a protected environment by naming it.")
DATA_LOSS = click.option("--allow-data-loss", is_flag=True,
                         help="Allow statements that delete data on protected environments.")
DRY_RUN = click.option("--dry-run", is_flag=True, help="Show what would run; change nothing.")


def _approval(c: Ctx, project: Any, env_name: str, action: Any, given: str | None) -> str | None:
    """The approved environment name: --approve, or typed at a prompt on a terminal."""
    from pgstrata.policy import decide

    env = project.environment(env_name)
    if given is not None:
        return given
    needs = decide(env.protection, action, environment=env.name, approved=None)
    if not needs.needs_approval:
        return None
    if not _interactive():
        return None  # the policy refuses with a sentence naming --approve
    c.err.print(f"{env.name} has protection \"approval\": type its name to approve {action.value}: ",
                end="", markup=False)
    typed = click.get_text_stream("stdin").readline().strip()
    return typed or None


def _interactive() -> bool:
    return sys.stdin.isatty() and not os.environ.get("CI")


def _progress(c: Ctx) -> Any:
    if not c.err.is_terminal:
        return None

    def show(event: str, m: Any, i: int, n: int) -> None:
        c.err.print(f"[{i}/{n}] {event} {m.file.filename}", markup=False)

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
    from pgstrata import api
    from pgstrata.policy import Action

    project = c.project()
    approved = _approval(c, project, env, Action.MIGRATE, approve) if not dry_run else approve
    opts = api.WriteOptions(dry_run=dry_run, approved=approved, allow_data_loss=allow_data_loss)
    result = api.migrate(project, env, to=to, opts=opts, progress=_progress(c),
                         backup=_backup_hook())
    _report_run(c, env, result, dry_run, "applied", "pending")


def _report_run(c: Ctx, env: str, result: Any, dry_run: bool, verb: str, noun: str) -> None:
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
    from pgstrata import api
    from pgstrata.policy import Action

    project = c.project()
    approved = _approval(c, project, env, Action.ROLLBACK, approve) if not dry_run else approve
    opts = api.WriteOptions(dry_run=dry_run, approved=approved, allow_data_loss=allow_data_loss)
    result = api.rollback(project, env, to=to, opts=opts, progress=_progress(c),
                          backup=_backup_hook())
    _report_run(c, env, result, dry_run, "rolled back", "to roll back")


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
    approved = _approval(c, project, env, Action.SEED, approve)
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
        _confirm(c, f"reset {env}: drop its schemas and every row in them?")
    result = api.reset(project, env, opts=opts, progress=_progress(c))
    if dry_run:
        c.out.print(f"{env}: would drop its schemas and replay the migrations and seed")
    else:
        c.out.print(f"{env}: reset; applied {len(result.applied)} migration(s) and the seed")


def _action(name: str) -> Any:
    from pgstrata.policy import Action

    return Action[name]


def _confirm(c: Ctx, question: str) -> None:
    """Ask on a terminal; refuse (exit 4) without one — every prompt has a flag (--yes)."""
    from pgstrata.errors import PolicyRefused

    if not _interactive():
        raise PolicyRefused(f"{question} needs confirmation", hint="pass --yes to confirm")
    c.err.print(f"{question} [y/N] ", end="", markup=False)
    answer = click.get_text_stream("stdin").readline().strip().lower()
    if answer not in ("y", "yes"):
        raise PolicyRefused("not confirmed; nothing was changed")


@migration.command("new")
@click.argument("name")
@pass_ctx
def migration_new(c: Ctx, name: str) -> None:
    """Create an empty timestamped migration file."""
    from pgstrata import api

    path = api.migration_new(c.project(), name)
    c.out.print(f"created {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")


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
    approved = _approval(c, project, env, Action.REPAIR, approve)
    c.out.print(api.repair(project, env, version, status, api.WriteOptions(approved=approved)))


# ----------------------------------------------------------------------------- lint


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--against", metavar="ENV", help="Lint only the migrations pending on ENV.")
@click.option("--fail-on", type=click.Choice(["info", "warning", "error"]), default="warning",
              show_default=True, help="Exit 1 when a finding is at or above this level.")
@JSON_OPTION
@pass_ctx
def lint(c: Ctx, files: tuple[Path, ...], against: str | None, fail_on: str, as_json: bool) -> int:
    """Hazards in migration SQL (default: the project's migration files)."""
    from pgstrata import lint as linter

    paths = list(files)
    if not paths:
        from pgstrata import api
        from pgstrata.migrations import discover

        project = c.project()
        migration_files = discover(project.migrations_dir)
        if against:
            pending = {s.version for s in api.migration_list(project, against) if s.state == "pending"}
            migration_files = [f for f in migration_files if f.version in pending]
        paths = [f.path for f in migration_files]
    for path in paths:
        if not path.exists():
            from pgstrata.errors import InputError

            raise InputError(f"file not found: {path}")
    findings = linter.lint_files(paths)
    if as_json:
        c.json(linter.to_json(findings))
    else:
        c.out.print(linter.to_text(findings) if findings else f"no findings in {len(paths)} file(s)",
                    markup=False)
    return 1 if linter.at_or_above(findings, fail_on) else 0


# ----------------------------------------------------------------------------- check


@cli.command()
@click.option("--against", metavar="ENV", help="Also report drift of ENV; lint only its pending files.")
@click.option("--fail-on", type=click.Choice(["info", "warning", "error"]), default="warning",
              show_default=True, help="Exit 1 when a finding is at or above this level.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text")
@JSON_OPTION
@pass_ctx
def check(c: Ctx, against: str | None, fail_on: str, fmt: str, as_json: bool) -> int:
    """For CI: replay migrations on a shadow database, verify down files, lint, drift."""
    from pgstrata.check import github_annotations, run_check

    report = run_check(c.project(), against=against)
    if as_json or fmt == "json":
        c.json({"check": report.to_json(), "passed": not report.failed(fail_on)})
    elif fmt == "github":
        text = github_annotations(report)
        if text:
            c.out.print(text, markup=False)
    else:
        for f in report.findings:
            where = f"{f.file}:{f.line}: " if f.file and f.line else (f"{f.file}: " if f.file else "")
            c.out.print(f"{where}{f.severity} [{f.rule or f.check}] {f.message}", markup=False)
        c.out.print(f"replayed {report.replayed} migration(s), verified {report.downs_verified} "
                    f"down file(s), linted {report.linted} file(s)"
                    + (f", checked drift of {report.drift_checked}" if report.drift_checked else ""),
                    markup=False)
    return 1 if report.failed(fail_on) else 0


# ----------------------------------------------------------------------------- backups


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
    approved = _approval(c, project, env, Action.RESTORE, approve) if not into_url else approve
    m: Any = api.restore(project, env, backup_id, into_url=into_url,
                         opts=api.WriteOptions(approved=approved))
    c.out.print(f"restored {m.id} into {'the given database' if into_url else env}")


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
