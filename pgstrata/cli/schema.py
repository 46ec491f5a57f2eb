"""extract, compare, create and sync: the schema engine's commands."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import Any

import click

from pgstrata.cli.app import JSON_OPTION, OWNERS_OPTION, Ctx, cli, pass_ctx
from pgstrata.cli.guards import APPROVE, DATA_LOSS, DRY_RUN, confirm


def _project_or_none(c: Ctx) -> Any:
    from pgstrata.config import find_config, load

    path = c.config or find_config()
    return load(path) if path else None


# Written a piece at a time: the text is encoded as it is written, not all at once (an extract
# of 10,000 tables is 15 MB, and a whole encoded copy of it counted at the process's peak).
_PIECE = 1 << 20


def _write(c: Ctx, text: str, output: str | None) -> None:
    with ExitStack() as stack:
        out = (stack.enter_context(open(output, "w", encoding="utf-8")) if output and output != "-"
               else c.out.file)
        for start in range(0, len(text), _PIECE):
            out.write(text[start:start + _PIECE])
        out.flush()


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
        said = " (not reproduced)" if warning.startswith("unsupported") else ""
        c.err.print(f"warning: {warning}{said}", markup=False)


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
    plan = schema_ops.without_data_loss(result) if safe else result.plan
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
        for change in plan.listed:
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

    def shown_and_confirmed(plan: Any) -> bool:
        c.out.print(plan.to_sql(header=f"sync {env} from {source}"), markup=False)
        if yes:
            return True
        confirm(c, f"apply these {len(plan.statements)} statement(s) to {env}?")
        return True

    result = schema_ops.sync(project, env, source, dry_run=dry_run, approved=approve,
                             allow_data_loss=allow_data_loss, safe=safe, confirm=shown_and_confirmed)
    if result.plan.empty:
        c.out.print(f"{env} already matches {source}")
        return 0
    if dry_run:
        c.out.print(result.plan.to_sql(header=f"sync {env} from {source} (dry run)"), markup=False)
        return 0
    if result.remaining is not None and not result.remaining.empty:
        c.err.print(f"{env} still differs from {source} after the sync:", markup=False)
        for change in result.remaining.listed:
            c.err.print(f"  {change.id}", markup=False)
        return 1
    c.out.print(f"{env} now matches {source} ({len(result.plan.statements)} statement(s) applied)")
    return 0
