"""compare / extract / create / sync from the command line, against real servers."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from conftest import cli

from pgstrata.local import LocalServer

APP = """
create type status as enum ('active', 'disabled');
create table accounts (id bigint generated always as identity primary key, name text not null,
                       status status not null default 'active');
create table members (id bigint generated always as identity primary key,
                      account_id bigint not null references accounts on delete cascade,
                      email text not null, unique (account_id, email));
create index members_email_idx on members (lower(email));
create view active_accounts as select id, name from accounts where status = 'active';
comment on table accounts is 'tenants';
"""


def execute(url: str, sql: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)


def dump(pg, url: str, schema: str = "public") -> str:  # type: ignore[no-untyped-def]
    out = subprocess.run([str(pg.pg_dump), "--schema-only", "-n", schema, "--dbname", url],
                         capture_output=True, text=True, check=True).stdout
    return "\n".join(line for line in out.splitlines()
                     if line and not line.startswith(("--", "\\restrict", "\\unrestrict")))


@pytest.fixture
def project(tmp_path: Path, pg) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    dev, test, shared = (pg.create_database(p) for p in ("dev", "test", "shared"))
    (tmp_path / "pgstrata.toml").write_text(
        f'[environments.dev]\nurl = "{pg.url(dev)}"\nprotection = "manual"\n'
        f'[environments.test]\nurl = "{pg.url(test)}"\nprotection = "none"\n'
        f'[environments.staging]\nurl = "{pg.url(test)}"\nprotection = "migrations"\n'
        f'[environments.qa]\nurl = "{pg.url(shared)}"\nschema = "qa"\nprotection = "none"\n'
        f'[environments.qa2]\nurl = "{pg.url(shared)}"\nschema = "qa2"\nprotection = "none"\n'
    )
    execute(pg.url(dev), APP)
    yield tmp_path
    LocalServer(tmp_path / ".pgstrata" / "local").stop()  # file: sources start the project's server


def url(root: Path, env: str) -> str:
    for block in (root / "pgstrata.toml").read_text().split("[environments.")[1:]:
        if block.startswith(env + "]"):
            return block.split('url = "', 1)[1].split('"', 1)[0]
    raise KeyError(env)


def test_compare_sync_converge(project: Path, pg) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli(project, "compare", "test", "--exit-code")
    assert code == 1 and "+ table public.accounts" in out
    code, out, _ = cli(project, "compare", "dev", "test", "--format", "json")
    doc = json.loads(out)
    assert doc["schema_version"] == 1
    assert any(c["kind"] == "table" and c["action"] == "create" for c in doc["changes"])
    code, out, err = cli(project, "sync", "test")  # no terminal, no --yes: refuse, change nothing
    assert code == 4 and "--yes" in err
    assert cli(project, "compare", "test", "--exit-code")[0] == 1
    code, out, err = cli(project, "sync", "test", "--yes")
    assert code == 0, err
    assert cli(project, "compare", "test", "--exit-code")[0] == 0
    assert dump(pg, url(project, "dev")) == dump(pg, url(project, "test"))


def test_sync_commits_new_enum_values_before_using_them(project: Path, pg) -> None:  # type: ignore[no-untyped-def]
    """A value cannot be used in the transaction that added it: sync commits it first."""
    assert cli(project, "sync", "test", "--yes")[0] == 0
    dev = url(project, "dev")
    execute(dev, "alter type status add value 'suspended' before 'disabled'")  # committed: usable
    execute(dev, "alter table accounts alter column status set default 'suspended';"
                 "create policy not_suspended on accounts using (status <> 'suspended')")
    code, _, err = cli(project, "sync", "test", "--yes")
    assert code == 0, err
    assert dump(pg, dev) == dump(pg, url(project, "test"))


def test_sync_respects_protection(project: Path) -> None:
    code, _, err = cli(project, "sync", "dev", "--from", "test", "--yes")
    assert code == 4 and "manual" in err
    code, _, err = cli(project, "sync", "staging", "--yes")
    assert code == 4 and "migrations" in err
    code, out, _ = cli(project, "sync", "staging", "--dry-run")  # a dry run writes nothing
    assert code == 0 and "CREATE TABLE" in out


def test_compare_sql_applies_and_drops_carry_hazards(project: Path, pg) -> None:  # type: ignore[no-untyped-def]
    execute(url(project, "test"), APP + "create table legacy (id int);")
    execute(url(project, "dev"), "alter table members add column role text;")
    code, out, _ = cli(project, "compare", "dev", "test", "--format", "sql")
    assert code == 0
    assert "-- hazard: deletes_data\nDROP TABLE" in out
    code, safe_out, _ = cli(project, "compare", "dev", "test", "--format", "sql", "--safe")
    assert "DROP TABLE" not in safe_out and "left out (deletes data)" in safe_out
    execute(url(project, "test"), out)
    assert dump(pg, url(project, "dev")) == dump(pg, url(project, "test"))


def test_extension_versions_are_a_note_and_hazards_show_in_text(project: Path) -> None:
    """An extension at another version is noted, never changed by the plan (an environment has
    only the versions its server ships); the text format shows each change's hazards."""
    execute(url(project, "dev"), "create extension pg_trgm")
    execute(url(project, "test"), APP + "create extension pg_trgm version '1.3'; create table legacy (id int);")
    code, out, _ = cli(project, "compare", "dev", "test")
    assert code == 0
    assert "- table public.legacy  [deletes_data]" in out
    assert "note: extension pg_trgm is at version 1.3 in the target" in out
    execute(url(project, "test"), "drop table legacy")
    code, out, _ = cli(project, "compare", "dev", "test", "--format", "sql", "--exit-code")
    assert code == 0, out  # a version is not a difference the plan makes
    assert "-- no differences\n-- warnings:\n--   extension pg_trgm is at version 1.3" in out
    assert "UPDATE TO" in out and "ALTER EXTENSION" not in out.replace("(ALTER EXTENSION", "")


def test_event_triggers_paused_by_a_plan_are_not_listed_as_changes(project: Path, pg) -> None:  # type: ignore[no-untyped-def]
    """An event trigger both sides keep is paused while a plan runs (it would change what the
    plan makes): the script says so, but the text summary lists only what changes."""
    guard = ("create function public.ensure_rls() returns event_trigger language plpgsql as "
             "$$ begin null; end $$; create event trigger ensure_rls on ddl_command_end "
             "execute function public.ensure_rls();")
    execute(url(project, "test"), APP + guard)
    execute(url(project, "dev"), guard + "create table public.notes (id int);")
    try:
        code, out, _ = cli(project, "compare", "dev", "test")
        assert code == 0
        assert "+ table public.notes" in out and "event trigger" not in out, out
        code, sql, _ = cli(project, "compare", "dev", "test", "--format", "sql")
        assert "ALTER EVENT TRIGGER ensure_rls DISABLE" in sql and "ALTER EVENT TRIGGER ensure_rls ENABLE" in sql
    finally:  # event triggers are database-wide but these die with their databases
        for env in ("dev", "test"):
            execute(url(project, env), "drop event trigger ensure_rls")


def test_schema_environments_compare_by_structure(project: Path, pg) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli(project, "create", "qa", "--from", "dev")
    assert code == 0, err
    code, out, err = cli(project, "compare", "dev", "qa", "--exit-code")
    assert code == 0, out + err
    code, _, err = cli(project, "sync", "qa2", "--from", "qa", "--yes")
    assert code == 0, err
    assert cli(project, "compare", "qa", "qa2", "--exit-code")[0] == 0
    assert cli(project, "compare", "dev", "qa2", "--exit-code")[0] == 0


def test_extract_template_works_like_the_seed(project: Path, pg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    template = tmp_path / "create_schema_template.sql"
    code, _, err = cli(project, "extract", "dev", "--template", "-o", str(template))
    assert code == 0, err
    target = url(project, "test")
    subprocess.run([str(pg.bin_dir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-v",
                    "target_schema=staging", "-f", str(template), target], check=True,
                   capture_output=True)
    with psycopg.connect(target) as conn:
        rows = conn.execute("select table_name from information_schema.tables "
                            "where table_schema = 'staging' order by 1").fetchall()
    assert rows == [("accounts",), ("active_accounts",), ("members",)]
    code, a, _ = cli(project, "extract", "dev")
    code, b, _ = cli(project, "extract", "dev")
    assert a == b and "CREATE TABLE public.accounts" in a
    code, c, _ = cli(project, "extract", "dev", "--as-schema", "app")
    assert "CREATE TABLE app.accounts" in c


def test_extract_reports_what_it_cannot_reproduce_once(project: Path, tmp_path: Path) -> None:
    execute(url(project, "dev"),
            "create operator family public.latin_ops using btree")
    out = tmp_path / "dev.sql"
    code, _, err = cli(project, "extract", "dev", "-o", str(out))
    assert code == 0, err
    assert [line for line in err.splitlines() if line.startswith("warning:")] == [
        "warning: unsupported: operator family latin_ops USING btree in schema public (not reproduced)"]
    assert out.read_text().startswith(
        "-- warnings:\n--   unsupported: operator family latin_ops USING btree in schema public\n\n")


def test_objects_needing_another_schema_are_named(project: Path, tmp_path: Path) -> None:
    """A public-only extract or compare whose trigger calls private.touch() (StudyU's shape)
    applies only where that function is: it says so, in the header and on stderr; a compare
    that makes nothing needing it, and a whole-database extract, say nothing."""
    execute(url(project, "dev"), """
        create schema private;
        create type private.mood as enum ('calm', 'busy');
        create function private.touch() returns trigger language plpgsql
          as $$ begin new.updated_at := now(); return new; end $$;
        create table public.study (id int primary key, mood private.mood,
                                   updated_at timestamptz);
        create trigger study_touch before update on public.study
          for each row execute function private.touch();
        create index study_mood on public.study (id) where mood = 'calm'::private.mood;
    """)
    needs = ["column public.study.mood needs type private.mood",
             "index public.study.study_mood needs type private.mood",
             "trigger public.study.study_touch needs function private.touch()"]
    tail = ", in schema private, which is not read here: the target must already have it"
    code, sql, err = cli(project, "extract", url(project, "dev") + "#public")
    assert code == 0, err
    assert [line for line in err.splitlines() if line.startswith("warning:")] == [
        f"warning: {n}{tail}" for n in needs]
    assert sql.startswith("-- warnings:\n" + "".join(f"--   {n}{tail}\n" for n in needs) + "\n")
    code, sql, err = cli(project, "extract", url(project, "dev"))  # the whole database
    assert code == 0 and "-- warnings:" not in sql and "warning:" not in err, err
    code, out, err = cli(project, "compare", url(project, "dev") + "#public", url(project, "test") + "#public")
    assert code == 0, err
    assert f"note: {needs[2]}{tail}" in out.splitlines(), out
    execute(url(project, "test"), "create table public.study (id int primary key)")
    execute(url(project, "dev"), "drop index public.study_mood; drop trigger study_touch on public.study;"
                                 " alter table public.study drop column mood")
    code, out, err = cli(project, "compare", url(project, "dev") + "#public", url(project, "test") + "#public")
    assert code == 0 and "note:" not in out, out


def test_file_source_and_bad_input(project: Path, tmp_path: Path) -> None:
    good = tmp_path / "schema.sql"
    good.write_text(APP)
    code, out, err = cli(project, "compare", f"file:{good}", "dev", "--exit-code")
    assert code == 0, out + err
    bad = tmp_path / "bad.sql"
    bad.write_text("create table ok (id int);\n\ncreate table broken (id nosuchtype);\n")
    code, _, err = cli(project, "compare", f"file:{bad}", "dev")
    assert code == 2 and "bad.sql:3" in err and "nosuchtype" in err
    code, _, err = cli(project, "compare", "file:/no/such/file.sql", "dev")
    assert code == 2 and "not found" in err
    code, _, err = cli(project, "compare", "nosuchenv", "dev")
    assert code == 2 and "unknown environment" in err
    code, _, err = cli(project, "compare", "postgresql://u:pw-secret@127.0.0.1:1/x", "dev")
    assert code == 3 and "pw-secret" not in err
    code, _, err = cli(project, "extract", url(project, "dev") + "#nope")
    assert code == 2 and "nope" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("where", ["missing/folder/out.sql", "."])
def test_output_that_cannot_be_written_is_bad_input(project: Path, where: str) -> None:
    code, out, err = cli(project, "extract", "dev", "-o", str(project / where))
    assert code == 2, out + err
    assert err.startswith(f"error: {project}") and "internal error" not in err
    code, _, err = cli(project, "compare", "dev", "test", "-o", str(project / where))
    assert code == 2 and "internal error" not in err


def test_create_refuses_a_non_empty_environment(project: Path) -> None:
    assert cli(project, "create", "test", "--from", "dev")[0] == 0
    code, _, err = cli(project, "create", "test", "--from", "dev")
    assert code == 2 and "sync" in err


def test_owners_only_when_asked(project: Path, pg) -> None:  # type: ignore[no-untyped-def]
    execute(url(project, "dev"), "do $$ begin create role app_owner nologin; "
            "exception when duplicate_object then null; end $$; alter table accounts owner to app_owner")
    assert cli(project, "sync", "test", "--yes")[0] == 0
    assert cli(project, "compare", "test", "--exit-code")[0] == 0  # owners are not compared
    code, out, _ = cli(project, "compare", "test", "--owners", "--format", "sql")
    assert code == 0 and "ALTER TABLE public.accounts OWNER TO app_owner;" in out
    code, out, _ = cli(project, "extract", "dev", "--owners")
    assert code == 0 and "ALTER TABLE public.accounts OWNER TO app_owner;" in out
    assert "OWNER TO" not in cli(project, "extract", "dev")[1]
    config = project / "pgstrata.toml"
    config.write_text("[project]\nowners = true\n" + config.read_text())
    assert cli(project, "sync", "test", "--yes")[0] == 0
    assert cli(project, "compare", "test", "--exit-code")[0] == 0
    assert dump(pg, url(project, "dev")) == dump(pg, url(project, "test"))
