"""Backups: verified, owner-only, masked manifests, retention, restore round trip."""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

import psycopg
import pytest
from conftest import cli


def run_sql(url: str, sql: str) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        cur = conn.execute(sql)
        return cur.fetchall() if cur.description else []


@pytest.fixture
def project(tmp_path: Path, pg18, db18: str) -> Path:  # type: ignore[no-untyped-def]
    other = pg18.create_database("other")
    (tmp_path / "pgstrata.toml").write_text(
        f'[environments.test]\nurl = "{db18}"\nprotection = "none"\nkeep = 2\n'
        f'[environments.production]\nurl = "{db18}"\nprotection = "approval"\n'
        f'[environments.scratch]\nurl = "{pg18.url(other)}"\nprotection = "none"\n'
    )
    run_sql(db18, "create type mood as enum ('ok', 'meh');"
                  "create table users (id bigint generated always as identity primary key,"
                  " email text unique not null, mood mood default 'ok');"
                  "create view active as select id, email from users where mood = 'ok';"
                  "insert into users (email) select 'u' || g || '@example.invalid' from generate_series(1, 50) g;")
    return tmp_path


def pg_dump(pg18, url: str) -> str:  # type: ignore[no-untyped-def]
    out = subprocess.run([str(pg18.pg_dump), "--schema-only", "--dbname", url],
                         capture_output=True, text=True, check=True).stdout
    return "\n".join(line for line in out.splitlines() if not line.startswith(("--", "\\restrict",
                                                                             "\\unrestrict")) and line)


def test_backup_destroy_restore_round_trip(project: Path, pg18, db18: str) -> None:  # type: ignore[no-untyped-def]
    before = pg_dump(pg18, db18)
    code, out, err = cli(project, "backup", "test", "--json")
    assert code == 0, err
    manifest = json.loads(out)["backup"]
    dump = project / ".pgstrata" / "backups" / "test" / manifest["file"]
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    assert manifest["sha256"] and manifest["schemas"] == ["public"] and not manifest["schema_only"]
    run_sql(db18, "drop view active; drop table users; create table junk (x int);")
    code, out, err = cli(project, "restore", "test", manifest["id"])
    assert code == 0, err
    assert pg_dump(pg18, db18) == before
    assert run_sql(db18, "select count(*) from users") == [(50,)]


def test_retention_keeps_n(project: Path) -> None:
    for _ in range(3):
        assert cli(project, "backup", "test", "--schema-only")[0] == 0
    code, out, _ = cli(project, "backups", "list", "test", "--json")
    assert len(json.loads(out)["backups"]) == 2


def test_tampered_backup_is_rejected(project: Path) -> None:
    code, out, _ = cli(project, "backup", "test", "--json")
    manifest = json.loads(out)["backup"]
    dump = project / ".pgstrata" / "backups" / "test" / manifest["file"]
    dump.write_bytes(dump.read_bytes() + b"x")
    code, _, err = cli(project, "restore", "test", manifest["id"])
    assert code == 3 and "verification" in err


def test_production_data_never_leaves_production(project: Path) -> None:
    code, out, err = cli(project, "backup", "production", "--json")
    assert code == 0, err
    backup_id = json.loads(out)["backup"]["id"]
    code, _, err = cli(project, "restore", "scratch", backup_id)
    assert code == 4 and "restores only into 'production'" in err
    code, out, _ = cli(project, "backup", "production", "--schema-only", "--json")
    schema_id = json.loads(out)["backup"]["id"]
    code, _, err = cli(project, "restore", "scratch", schema_id)
    assert code == 0, err


def test_manifest_masks_password(tmp_path: Path, pg18, db18: str) -> None:  # type: ignore[no-untyped-def]
    url = f"postgresql://postgres:sup3rsecret@127.0.0.1:{pg18.info.port}/{db18.split('/')[3].split('?')[0]}"
    (tmp_path / "pgstrata.toml").write_text(f'[environments.test]\nurl = "{url}"\nprotection = "none"\n')
    code, out, err = cli(tmp_path, "backup", "test", "--json")
    assert code == 0, err
    assert "sup3rsecret" not in out + err
    for path in (tmp_path / ".pgstrata" / "backups").rglob("*.json"):
        assert "sup3rsecret" not in path.read_text()


def test_restore_empties_a_schema_holding_aggregates(project: Path, pg18, db18: str) -> None:  # type: ignore[no-untyped-def]
    """Emptying the schema drops its aggregates, a count(*)-like one (agg(*), not agg()) too."""
    run_sql(db18, "create aggregate row_count(*) (sfunc = int8inc, stype = int8, initcond = '0');"
                  "create aggregate spread(double precision order by double precision)"
                  " (sfunc = ordered_set_transition, stype = internal,"
                  " finalfunc = percentile_disc_final, finalfunc_extra);")
    before = pg_dump(pg18, db18)
    code, out, err = cli(project, "backup", "test", "--json")
    assert code == 0, err
    manifest = json.loads(out)["backup"]
    code, out, err = cli(project, "restore", "test", manifest["id"])
    assert code == 0, err
    assert pg_dump(pg18, db18) == before
