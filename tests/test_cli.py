"""The CLI in-process: init, status (live and unreachable), exit codes, --json."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pgstrata.cli import main
from pgstrata.local import LocalServer


def run(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = Path.cwd()
    os.chdir(cwd)
    try:
        code = main(args, out, err)
    finally:
        os.chdir(old)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("STAGING_DATABASE_URL", raising=False)
    monkeypatch.delenv("PRODUCTION_DATABASE_URL", raising=False)
    code, out, _ = run(["init"], tmp_path)
    assert code == 0 and "pgstrata.toml" in out
    # a port of its own so tests do not collide with a developer's server on 54322
    toml = tmp_path / "pgstrata.toml"
    toml.write_text(toml.read_text().replace("port = 54322", "port = 55800"))
    yield tmp_path
    LocalServer(tmp_path / ".pgstrata" / "local").stop()


def test_version_and_help(tmp_path: Path) -> None:
    code, out, _ = run(["--version"], tmp_path)
    assert code == 0
    proc = subprocess.run([sys.executable, "-m", "pgstrata", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    for command in ("init", "local", "status", "extract", "compare", "create", "sync", "migration",
                    "migrate", "rollback", "lint", "backup", "backups", "restore", "seed", "reset",
                    "check", "demo"):
        assert command in proc.stdout


def test_status_on_init_config(project: Path) -> None:
    code, out, err = run(["status", "--json"], project)
    assert code == 0, err
    data = json.loads(out)
    assert data["schema_version"] == 1
    rows = {r["name"]: r for r in data["environments"]}
    assert rows["dev"]["reachable"] and rows["test"]["reachable"]
    assert rows["dev"]["server_version"].startswith("18")
    assert rows["dev"]["schema_present"] is True
    assert rows["staging"]["configured"] is False
    assert rows["staging"]["error"] == "not configured: STAGING_DATABASE_URL is not set"
    assert rows["production"]["error"] == "not configured: PRODUCTION_DATABASE_URL is not set"
    code, out, _ = run(["status"], project)
    assert code == 0 and "STAGING_DATABASE_URL" in out and "dev" in out


def test_status_counts_objects(project: Path) -> None:
    code, url, _ = run(["local", "url", "test"], project)
    assert code == 0
    import psycopg

    with psycopg.connect(url.strip(), autocommit=True) as conn:
        conn.execute("create table t (id int primary key); create view v as select * from t;"
                     "create function f() returns int language sql as 'select 1'")
    code, out, _ = run(["status", "test", "--json"], project)
    row = json.loads(out)["environments"][0]
    assert (row["tables"], row["views"], row["functions"]) == (1, 1, 1)


def test_status_unreachable_masks_password(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STAGING_DATABASE_URL", "postgresql://app:hunter2secret@127.0.0.1:1/app")
    code, out, err = run(["status", "staging", "--json"], project)
    assert code == 0
    row = json.loads(out)["environments"][0]
    assert row["reachable"] is False and "cannot connect" in row["error"]
    assert "hunter2secret" not in out + err


def test_bad_config_is_exit_2_naming_the_key(project: Path) -> None:
    toml = project / "pgstrata.toml"
    toml.write_text(toml.read_text().replace('protection = "manual"', 'protection = "readonly"'))
    code, out, err = run(["status"], project)
    assert code == 2
    assert "environments.dev.protection" in err
    assert "Traceback" not in err


def test_unknown_environment_is_exit_2(project: Path) -> None:
    code, _, err = run(["status", "prod"], project)
    assert code == 2 and "unknown environment 'prod'" in err


def test_unknown_command_is_exit_2(tmp_path: Path) -> None:
    code, _, err = run(["frobnicate"], tmp_path)
    assert code == 2 and "frobnicate" in err


def test_no_config_is_exit_2(tmp_path: Path) -> None:
    code, _, err = run(["status"], tmp_path)
    assert code == 2 and "pgstrata init" in err


def test_init_refuses_to_overwrite(project: Path) -> None:
    code, _, err = run(["init"], project)
    assert code == 2 and "already exists" in err


def test_local_lifecycle_via_cli(project: Path) -> None:
    assert run(["local", "start"], project)[0] == 0
    code, out, _ = run(["local", "status", "--json"], project)
    assert code == 0 and json.loads(out)["running"] is True
    assert run(["local", "stop"], project)[0] == 0
    code, out, _ = run(["local", "status", "--json"], project)
    assert json.loads(out)["running"] is False
