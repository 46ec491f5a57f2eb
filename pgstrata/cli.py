"""The command line: parse → one library call → render text or JSON.

The only module that prints, prompts or exits.  ``main(argv, stdout, stderr)``
returns the exit code so tests can run the CLI in-process.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from pgstrata import __version__
from pgstrata.collector import ending_without_teardown
from pgstrata.errors import NotImplementedYet, PgstrataError

if TYPE_CHECKING:
    from rich.console import Console

JSON_SCHEMA_VERSION = 1
INTERNAL_ERROR = 70  # EX_SOFTWARE: a bug, not the user's input


@dataclass
class Ctx:
    """What every command gets: where to write, and the global options."""

    stdout: IO[str]
    stderr: IO[str]
    config: Path | None
    debug: bool

    # rich Consoles made on first use: importing rich costs every command ~15 ms at start,
    # and a command that writes a file and succeeds never prints
    @cached_property
    def out(self) -> Console:
        return _console(self.stdout)

    @cached_property
    def err(self) -> Console:
        return _console(self.stderr)

    def project(self) -> Any:
        from pgstrata import config

        return config.load(self.config)

    def json(self, payload: Any) -> None:
        data = {"schema_version": JSON_SCHEMA_VERSION, **payload} if isinstance(payload, dict) else payload
        self.out.print_json(json.dumps(data, default=str), highlight=False) if self.out.is_terminal \
            else self.out.file.write(json.dumps(data, indent=2, default=str) + "\n")


def _console(file: IO[str]) -> Console:
    from rich.console import Console

    no_color = bool(os.environ.get("NO_COLOR")) or not file.isatty()
    return Console(file=file, no_color=no_color, highlight=False, soft_wrap=True,
                   force_terminal=None if file.isatty() else False, width=None if file.isatty() else 160)


def _not_built(name: str) -> Callable[..., None]:
    def run(**_: Any) -> None:
        raise NotImplementedYet(f"`pgstrata {name}` is not built yet")

    return run


pass_ctx = click.make_pass_decorator(Ctx)
JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
OWNERS_OPTION = click.option(
    "--owners/--no-owners", default=None,
    help="Also compare object owners (ALTER … OWNER TO); default: project.owners, else off.")


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


# ----------------------------------------------------------------------------- not built yet

_SOURCE = click.argument("source")


def _stub(group: click.Group, name: str, help_text: str, params: Sequence[Callable[..., Any]] = (),
          full: str | None = None) -> None:
    fn: Callable[..., Any] = _not_built(full or name)
    for p in reversed(params):
        fn = p(fn)
    group.command(name, help=help_text)(fn)




@cli.command()
@click.option("--port", type=int, default=None, help="TCP port for the demo's local server.")
@pass_ctx
def demo(c: Ctx, port: int | None) -> int:
    """A guided tour of the whole workflow on the embedded server, in ./pgstrata-demo."""
    from pgstrata.demo import run_demo

    return run_demo(c.out, Path.cwd(), port=port)


@cli.group()
def migration() -> None:
    """Migration files and history."""




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
    approved = _approval(c, project, env, _action(action), approve) if not dry_run else approve
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
        c.out.print(result.up.to_sql(header=f"migration diff {name} (dry run)"), markup=False)
        return
    rel = result.path.relative_to(project.root) if result.path.is_relative_to(project.root) else result.path
    c.out.print(f"wrote {rel} ({len(result.up.statements)} statement(s)) and its .down.sql")
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
                f"(verified with pg_dump; {result.data_statements} data statement(s) carried over)")
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
    approved = _approval(c, project, env, Action.REPAIR, approve)
    c.out.print(api.repair(project, env, version, status, api.WriteOptions(approved=approved)))


# ----------------------------------------------------------------------------- schema engine


def _project_or_none(c: Ctx) -> Any:
    from pgstrata.config import find_config, load

    path = c.config or find_config()
    return load(path) if path else None


def _write(c: Ctx, text: str, output: str | None) -> None:
    if output and output != "-":
        Path(output).write_text(text, encoding="utf-8")
    else:
        c.out.file.write(text)
        c.out.file.flush()


@cli.command()
@click.argument("source")
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of stdout.")
@click.option("--as-schema", metavar="NAME", help="Write the DDL for schema NAME.")
@click.option("--template", is_flag=True,
              help='Write the schema as the psql variable :"target_schema".')
@OWNERS_OPTION
@pass_ctx
def extract(c: Ctx, source: str, output: str | None, as_schema: str | None, template: bool,
            owners: bool | None) -> None:
    """Deterministic DDL that recreates SOURCE's schema(s) on an empty database."""
    from pgstrata import schema_ops

    if as_schema and template:
        from pgstrata.errors import UsageError

        raise UsageError("--as-schema and --template exclude each other")
    project = _project_or_none(c)
    text = schema_ops.extract(project, source, as_schema=as_schema, template=template, owners=owners)
    _write(c, text, output)
    from pgstrata.plan import plan_warnings

    for warning in plan_warnings(text):
        c.err.print(f"warning: {warning} (not reproduced)", markup=False)


_SIGN = {"create": ("+", "green"), "drop": ("-", "red"), "alter": ("~", "yellow"),
         "replace": ("~", "yellow")}


@cli.command()
@click.argument("source")
@click.argument("target", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "sql", "json"]), default="text",
              show_default=True)
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of stdout.")
@click.option("--exit-code", is_flag=True, help="Exit 1 when the schemas differ.")
@click.option("--safe", is_flag=True, help="Leave out statements that delete data, and say so.")
@OWNERS_OPTION
@JSON_OPTION
@pass_ctx
def compare(c: Ctx, source: str, target: str | None, fmt: str, output: str | None,
            exit_code: bool, safe: bool, owners: bool | None, as_json: bool) -> int:
    """Structural diff; --format sql is the script that turns TARGET into SOURCE.

    With one argument, SOURCE is the project's reference environment (default dev).
    """
    from pgstrata import schema_ops

    project = _project_or_none(c)
    if target is None:
        if project is None:
            from pgstrata.errors import UsageError

            raise UsageError("compare needs SOURCE and TARGET outside a project")
        source, target = project.reference, source
    result = schema_ops.compare(project, source, target, owners=owners)
    plan = schema_ops.without_data_loss(result.plan) if safe else result.plan
    if as_json:
        fmt = "json"
    header = f"pgstrata compare: turns {result.target} into {result.source}"
    if fmt == "sql":
        _write(c, plan.to_sql(header=header) if not plan.empty else f"-- {header}\n-- no differences\n"
               + "".join(f"{line}\n" for line in plan.warning_lines()), output)
    elif fmt == "json":
        _write(c, plan.to_json(), output)
    else:
        lines = []
        if plan.empty:
            lines.append(f"{result.source} and {result.target} are the same")
        for change in plan.changes:
            sign, colour = _SIGN.get(change.action.value, ("~", "yellow"))
            hz = rich_escape(f"  [{', '.join(sorted(str(h) for h in change.hazards))}]") if change.hazards else ""
            lines.append(f"[{colour}]{sign}[/{colour}] {rich_escape(str(change.id))}{hz}")
        for warning in plan.warnings:
            lines.append(f"note: {rich_escape(warning)}")
        if output:
            Path(output).write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            for line in lines:
                c.out.print(line)
    return 1 if exit_code and not plan.empty else 0


def rich_escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


@cli.command()
@click.argument("env")
@click.option("--from", "source", metavar="SOURCE",
              help="migrations (default), file:PATH.sql, an environment or a URL.")
@DRY_RUN
@APPROVE
@pass_ctx
def create(c: Ctx, env: str, source: str | None, dry_run: bool, approve: str | None) -> None:
    """Create ENV's schema from the migrations (default), a template file or another source."""
    from pgstrata import schema_ops

    project = c.project()
    c.out.print(schema_ops.create(project, env, source, dry_run=dry_run, approved=approve))


@cli.command()
@click.argument("env")
@click.option("--from", "source", metavar="SOURCE", help="Default: the reference environment.")
@DRY_RUN
@click.option("--yes", is_flag=True, help="Apply without asking.")
@click.option("--safe", is_flag=True, help="Leave out changes that delete data.")
@APPROVE
@DATA_LOSS
@pass_ctx
def sync(c: Ctx, env: str, source: str | None, dry_run: bool, yes: bool, safe: bool,
         approve: str | None, allow_data_loss: bool) -> int:
    """Make ENV structurally equal to SOURCE: plan, backup, confirm, apply, verify."""
    from pgstrata import schema_ops

    project = c.project()
    source = source or project.reference

    def confirm(plan: Any) -> bool:
        c.out.print(plan.to_sql(header=f"sync {env} from {source}"), markup=False)
        if yes:
            return True
        _confirm(c, f"apply these {len(plan.statements)} statement(s) to {env}?")
        return True

    result = schema_ops.sync(project, env, source, dry_run=dry_run, approved=approve,
                             allow_data_loss=allow_data_loss, safe=safe, confirm=confirm)
    if result.plan.empty:
        c.out.print(f"{env} already matches {source}")
        return 0
    if dry_run:
        c.out.print(result.plan.to_sql(header=f"sync {env} from {source} (dry run)"), markup=False)
        return 0
    if result.remaining is not None and not result.remaining.empty:
        c.err.print(f"{env} still differs from {source} after the sync:", markup=False)
        for change in result.remaining.changes:
            c.err.print(f"  {change.id}", markup=False)
        return 1
    c.out.print(f"{env} now matches {source} ({len(result.plan.statements)} statement(s) applied)")
    return 0


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
    ctx = Ctx(stdout=stdout, stderr=stderr, config=None, debug=False)
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
    except Exception as exc:  # a bug: still one sentence, never a secret, traceback on --debug
        from pgstrata.connect import scrub

        if debug:
            import traceback

            traceback.print_exc(file=stderr)
        ctx.err.print(f"internal error: {type(exc).__name__}: {scrub(str(exc))} "
                      "(this is a bug in pgstrata; --debug shows the traceback)", markup=False)
        return INTERNAL_ERROR
    return result if isinstance(result, int) else 0


def entry() -> None:
    """Console-script entry point.

    The process ends with ``os._exit`` once everything is written: nothing is left to run at
    exit (no atexit handlers, no open connections or servers are ours to close), and freeing
    the models object by object would only add to the command's time."""
    ending_without_teardown()
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: what was written is all
            stream.flush()
    os._exit(code)
