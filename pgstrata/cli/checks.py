"""lint and check: reviewing migration files before they run."""

from __future__ import annotations

from pathlib import Path

import click

from pgstrata.cli.app import JSON_OPTION, Ctx, cli, pass_ctx


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
