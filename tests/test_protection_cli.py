"""Every writing command × every protection level, through the CLI: refusals are exit 4
and change nothing; the policy module is the only place that decides."""

from __future__ import annotations

import io
from pathlib import Path

import psycopg
import pytest

from pgstrata.cli import main

COMMANDS = {
    "create": ["create", "{env}", "--from", "src"],
    "sync": ["sync", "{env}", "--from", "src", "--yes"],
    "reset": ["reset", "{env}", "--yes"],
    "seed": ["seed", "{env}"],
    "migrate": ["migrate", "{env}"],
    "rollback": ["rollback", "{env}"],
    "restore": ["restore", "{env}", "nosuchbackup"],
    "repair": ["migration", "repair", "{env}", "20240101000000", "--status", "applied"],
}
# (protection, command) pairs the policy allows; all others must be refused with exit 4
ALLOWED = {
    "migrations": {"seed", "migrate", "rollback", "restore", "repair"},
    "approval": set(),  # without --approve every write is refused
    "manual": set(),
}


def _fingerprint(url: str) -> list[tuple]:
    with psycopg.connect(url) as conn:
        return conn.execute(
            "select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            " where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') order by 1"
        ).fetchall()


@pytest.mark.parametrize("protection", ["manual", "migrations", "approval"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_protection_matrix(tmp_path: Path, pg18, db18: str, protection: str, command: str) -> None:  # type: ignore[no-untyped-def]
    src = pg18.create_database("src")
    with psycopg.connect(pg18.url(src), autocommit=True) as conn:
        conn.execute("create table from_src (id int)")
    (tmp_path / "migrations").mkdir()
    (tmp_path / "migrations" / "20240101000000_a.sql").write_text("create table a (id int);")
    (tmp_path / "migrations" / "20240101000000_a.down.sql").write_text("drop table a;")
    (tmp_path / "seed.sql").write_text("select 1;")
    (tmp_path / "pgstrata.toml").write_text(
        f'[project]\nmigrations = "migrations"\nseed = ["seed.sql"]\n'
        f'[environments.env]\nurl = "{db18}"\nprotection = "{protection}"\n'
        f'[environments.src]\nurl = "{pg18.url(src)}"\nprotection = "manual"\n')
    before = _fingerprint(db18)
    args = [a.format(env="env") for a in COMMANDS[command]]
    out, err = io.StringIO(), io.StringIO()
    code = main(["--config", str(tmp_path / "pgstrata.toml"), *args], out, err)
    if command in ALLOWED[protection]:
        assert code != 4, err.getvalue()
        return
    assert code == 4, (code, out.getvalue(), err.getvalue())
    assert protection in err.getvalue() or "approval" in err.getvalue()
    assert _fingerprint(db18) == before
