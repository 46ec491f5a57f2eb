"""`pgstrata check` and the GitHub workflow it is run from."""

from __future__ import annotations

import io
import json
import os
import shlex
from pathlib import Path

import pytest
import yaml

from pgstrata.cli import cli as click_group
from pgstrata.cli import main
from pgstrata.local import LocalServer


def run(root: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = Path.cwd()
    os.chdir(root)
    try:
        code = main(list(args), out, err)
    finally:
        os.chdir(old)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "migrations").mkdir()
    (tmp_path / "pgstrata.toml").write_text(
        '[local]\nport = 56950\n[environments.test]\nurl = "local"\nprotection = "none"\n')
    yield tmp_path
    LocalServer(tmp_path / ".pgstrata" / "local").stop()


def add(root: Path, name: str, sql: str) -> None:
    (root / "migrations" / name).write_text(sql)


def test_clean_project_passes(project: Path) -> None:
    add(project, "20240101000000_a.sql", "create table a (id bigint primary key);")
    add(project, "20240101000000_a.down.sql", "drop table a;")
    code, out, err = run(project, "check", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["passed"] and data["check"]["replayed"] == 1 and data["check"]["downs_verified"] == 1


def test_findings_replay_down_and_lint(project: Path) -> None:
    add(project, "20240101000000_a.sql", "create table a (id bigint primary key, x text);")
    add(project, "20240101000000_a.down.sql", "alter table a drop column x;")  # does not reverse
    add(project, "20240102000000_b.sql", "create table b (id bigint primary key);\n\nselect * from nope;")
    code, out, _ = run(project, "check", "--format", "github")
    assert code == 1
    lines = out.splitlines()
    assert any(ln.startswith("::error file=migrations/20240101000000_a.down.sql,line=1,title=down::")
               for ln in lines)
    assert any(ln.startswith("::error file=migrations/20240102000000_b.sql,line=3,title=replay::")
               for ln in lines)
    code, out, _ = run(project, "check", "--json")
    checks = {f["check"] for f in json.loads(out)["check"]["findings"]}
    assert {"down", "replay"} <= checks


def test_lint_findings_fail_at_level(project: Path) -> None:
    add(project, "20240101000000_a.sql", "create table a (id int primary key);")  # integer PK: warning
    assert run(project, "check")[0] == 1
    assert run(project, "check", "--fail-on", "error")[0] == 0


def test_init_ci_github_writes_a_valid_workflow(tmp_path: Path) -> None:
    code, out, err = run(tmp_path, "init", "--ci", "github")
    assert code == 0, err
    data = yaml.safe_load((tmp_path / ".github" / "workflows" / "pgstrata.yml").read_text())
    jobs = data["jobs"]
    assert set(jobs) == {"check", "staging", "production"}
    on = data[True]  # YAML 1.1 reads the key `on` as True
    assert {"pull_request", "push", "workflow_dispatch"} <= set(on)
    assert jobs["production"]["environment"] == "production"
    assert "secrets.PRODUCTION_DATABASE_URL" in jobs["production"]["env"]["PRODUCTION_DATABASE_URL"]
    commands = [step["run"] for job in jobs.values() for step in job["steps"] if "run" in step]
    pgstrata_cmds = [shlex.split(c) for c in commands if c.startswith("pgstrata ")]
    assert ["pgstrata", "migrate", "production", "--approve", "production"] in pgstrata_cmds
    assert any(c[:2] == ["pgstrata", "check"] for c in pgstrata_cmds)
    for argv in pgstrata_cmds:  # every command and option the workflow runs exists
        code, _, err = run(tmp_path, *argv[1:2], "--help")
        assert code == 0, err
        sub = click_group.get_command(None, argv[1])  # type: ignore[arg-type]
        assert sub is not None
        names = {o for p in sub.params for o in getattr(p, "opts", [])}
        for token in argv[2:]:
            if token.startswith("--"):
                assert token in names, f"{argv[1]} has no option {token}"
