"""Every read command's --json: a versioned, documented shape ("schema_version": 1)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import psycopg
import pytest

from pgstrata.cli import main
from pgstrata.local import LocalServer

SHAPES = {
    ("status", "--json"): {"schema_version", "environments"},
    ("compare", "dev", "test", "--json"): {"schema_version", "fingerprint", "preamble", "warnings",
                                           "changes"},
    ("migration", "list", "test", "--json"): {"schema_version", "environment", "migrations"},
    ("backups", "list", "--json"): {"schema_version", "backups"},
    ("lint", "--json"): {"schema_version", "findings", "summary"},
    ("check", "--json"): {"schema_version", "check", "passed"},
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory, pg18):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("json")
    dev, test = pg18.create_database("jdev"), pg18.create_database("jtest")
    with psycopg.connect(pg18.url(dev), autocommit=True) as conn:
        conn.execute("create table t (id bigint primary key)")
    (root / "migrations").mkdir()
    (root / "migrations" / "20240101000000_t.sql").write_text("create table t (id bigint primary key);")
    (root / "pgstrata.toml").write_text(
        '[project]\nmigrations = "migrations"\n[local]\nport = 56980\n'
        f'[environments.dev]\nurl = "{pg18.url(dev)}"\nprotection = "manual"\n'
        f'[environments.test]\nurl = "{pg18.url(test)}"\nprotection = "none"\n')
    yield root
    LocalServer(root / ".pgstrata" / "local").stop()


@pytest.mark.parametrize("args", sorted(SHAPES), ids=lambda a: " ".join(a[:2]))
def test_json_shape(project: Path, args: tuple[str, ...]) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--config", str(project / "pgstrata.toml"), *args], out, err)
    assert code in (0, 1), err.getvalue()
    data = json.loads(out.getvalue())
    assert data["schema_version"] == 1
    assert set(data) == SHAPES[args]


def test_status_row_fields_are_stable(project: Path) -> None:
    out = io.StringIO()
    main(["--config", str(project / "pgstrata.toml"), "status", "--json"], out, io.StringIO())
    row = json.loads(out.getvalue())["environments"][0]
    assert set(row) == {"name", "protection", "url", "local", "reachable", "configured", "error",
                        "server_version", "encrypted", "schemas", "schema_present", "tables",
                        "views", "functions", "migrations", "drift", "standins"}
    assert set(row["migrations"]) == {"applied", "pending", "failed", "changed", "missing", "last",
                                      "last_name", "last_applied_at"}
