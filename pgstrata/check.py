"""``pgstrata check``: what CI runs on every pull request (issue CI/CD).

1. Replay every migration into a fresh shadow database; a failure is a finding
   with its file and line.
2. Lint the migrations (those pending on ``--against ENV``, else all).
3. Verify that every ``.down.sql`` reverses its migration: up → down must give
   a ``pg_dump --schema-only`` identical to the state before the up.
4. With ``--against ENV``: drift between ENV and what its applied migrations
   should produce.
"""

from __future__ import annotations

import subprocess
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pgstrata.config import Project
from pgstrata.connect import connection
from pgstrata.errors import DatabaseError, MigrationFailed, PgstrataError
from pgstrata.migrations import discover
from pgstrata.migrations.runner import Target, migrate, rollback
from pgstrata.sources import scratch_database, shadow_target

IGNORED_DUMP_PREFIXES = ("--", "\\restrict", "\\unrestrict", "SET ", "SELECT pg_catalog.set_config")


@dataclass(frozen=True, slots=True)
class CheckFinding:
    check: str  # replay | lint | down | drift
    severity: str  # error | warning | info
    message: str
    file: str | None = None
    line: int | None = None
    rule: str | None = None


@dataclass
class CheckReport:
    findings: list[CheckFinding] = field(default_factory=list)
    replayed: int = 0
    downs_verified: int = 0
    linted: int = 0
    drift_checked: str | None = None

    def failed(self, fail_on: str) -> bool:
        rank = {"info": 0, "warning": 1, "error": 2}
        return any(rank[f.severity] >= rank[fail_on] for f in self.findings)

    def to_json(self) -> dict[str, Any]:
        return {
            "replayed": self.replayed, "downs_verified": self.downs_verified,
            "linted": self.linted, "drift_checked": self.drift_checked,
            "findings": [asdict(f) for f in self.findings],
        }


def schema_dump(url: str) -> str:
    """``pg_dump --schema-only`` without comments, settings and the history schema."""
    from pgstrata.backup import _split_password, tool

    with connection(url) as conn:
        major = int(conn.execute("SHOW server_version_num").fetchone()[0]) // 10000  # type: ignore[index]
    clean, env = _split_password(url)
    proc = subprocess.run(
        [str(tool("pg_dump", major)), "--schema-only", "--no-owner",
         "--exclude-schema", "supabase_migrations", "--dbname", clean],
        capture_output=True, text=True, env=env,
    )
    if proc.returncode != 0:
        raise DatabaseError(f"pg_dump failed: {(proc.stderr.strip().splitlines() or [''])[-1]}")
    return "\n".join(line for line in proc.stdout.splitlines()
                     if line.strip() and not line.startswith(IGNORED_DUMP_PREFIXES))


def _first_difference(before: str, after: str) -> str:
    import difflib

    for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0):
        if line.startswith(("+", "-")) and not line.startswith(("+++", "---")):
            return line[:200]
    return "(no line-level difference)"


def run_check(project: Project, *, against: str | None = None, verify_downs: bool = True) -> CheckReport:
    """Run every check; database errors in the shadow become findings, not exceptions."""
    from pgstrata import lint as linter

    report = CheckReport()
    files = discover(project.migrations_dir)
    skip_downs: set[str] = set()
    while True:
        with scratch_database(project, "check") as url:
            restart = _replay(shadow_target(project, url), files, report,
                              skip_downs if verify_downs else None)
            if restart:
                continue
            if against is not None:
                report.drift_checked = against
                report.findings.extend(_drift(project, against, files))
        break
    lint_paths = [f.path for f in files]
    if against is not None:
        from pgstrata import api

        pending = {s.version for s in api.migration_list(project, against) if s.state == "pending"}
        lint_paths = [f.path for f in files if f.version in pending]
    report.linted = len(lint_paths)
    for finding in linter.lint_files(lint_paths):
        report.findings.append(CheckFinding("lint", str(finding.severity), finding.message,
                                            file=finding.file, line=finding.line, rule=finding.rule))
    return report


def _replay(shadow: Target, files: list[Any], report: CheckReport, skip_downs: set[str] | None) -> bool:
    """Replay into one shadow; True when a down file left the shadow unusable (start again)."""
    url = shadow.url
    report.replayed = report.downs_verified = 0
    for f in files:
        try:
            verify = skip_downs is not None and f.down_path is not None and f.version not in skip_downs
            before = schema_dump(url) if verify else None
            migrate(shadow, files, to=f.version)
            report.replayed += 1
            if before is not None:
                rollback(shadow, files, to=_previous(files, f.version))
                after = schema_dump(url)
                if after != before:
                    report.findings.append(CheckFinding(
                        "down", "error",
                        f"{f.down_path.name} does not reverse {f.filename}: "
                        f"{_first_difference(before, after)}",
                        file=str(f.down_path), line=1))
                    assert skip_downs is not None
                    skip_downs.add(f.version)
                    return True
                report.downs_verified += 1
                migrate(shadow, files, to=f.version)
        except MigrationFailed as exc:
            report.findings.append(CheckFinding("replay", "error", exc.message,
                                                file=exc.file or str(f.path), line=exc.line))
            return False
        except PgstrataError as exc:
            report.findings.append(CheckFinding("replay", "error", exc.message, file=str(f.path)))
            return False
    return False


def _previous(files: list[Any], version: str) -> str:
    earlier = [f.version for f in files if f.version < version]
    return earlier[-1] if earlier else ""


def _drift(project: Project, env_name: str, files: list[Any]) -> list[CheckFinding]:
    """Differences between ENV and the migrations it has applied, replayed in a shadow."""
    from pgstrata.drift import environment_drift

    return [CheckFinding("drift", "error", f"{env_name}: {line}") for line in
            environment_drift(project, env_name)]


def github_annotations(report: CheckReport) -> str:
    """GitHub Actions workflow commands: ``::error file=…,line=…::message``."""
    out = []
    for f in report.findings:
        level = {"error": "error", "warning": "warning"}.get(f.severity, "notice")
        where = []
        if f.file:
            where.append(f"file={_rel(f.file)}")
        if f.line:
            where.append(f"line={f.line}")
        title = f.rule or f.check
        params = ",".join([*where, f"title={title}"])
        message = f.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        out.append(f"::{level} {params}::{message}")
    return "\n".join(out)


def _rel(path: str) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return path
