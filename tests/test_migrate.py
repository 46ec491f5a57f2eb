"""The migration runner against a real server: nothing ever half-applies."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from conftest import cli


def write_config(root: Path, url: str, protection: str = "none", extra: str = "") -> None:
    (root / "pgstrata.toml").write_text(
        f'[project]\nmigrations = "migrations"\nadvisory_lock_timeout = "20s"\n{extra}\n'
        f'[environments.test]\nurl = "{url}"\nprotection = "{protection}"\n'
        f'[environments.dev]\nurl = "{url}"\nprotection = "manual"\n'
        f'[environments.production]\nurl = "{url}"\nprotection = "approval"\n'
    )


@pytest.fixture
def project(tmp_path: Path, db: str) -> Path:
    (tmp_path / "migrations").mkdir()
    write_config(tmp_path, db)
    return tmp_path


def add(project: Path, version: str, name: str, sql: str, down: str | None = None) -> Path:
    path = project / "migrations" / f"{version}_{name}.sql"
    path.write_text(sql)
    if down is not None:
        (project / "migrations" / f"{version}_{name}.down.sql").write_text(down)
    return path


def query(url: str, sql: str) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        cur = conn.execute(sql)
        return cur.fetchall() if cur.description else []


def url_of(project: Path) -> str:
    text = (project / "pgstrata.toml").read_text()
    return text.split('url = "', 1)[1].split('"', 1)[0]


def history(project: Path) -> list[tuple]:
    return query(url_of(project), "select version, state, checksum is not null "
                 "from supabase_migrations.schema_migrations order by version")


def tables(project: Path) -> list[str]:
    return [r[0] for r in query(url_of(project), "select tablename from pg_tables "
                                "where schemaname = 'public' order by 1")]


def test_applies_in_order_once(project: Path) -> None:
    add(project, "20240101000000", "users", "create table users (id bigint primary key);")
    add(project, "20240102000000", "posts",
        "create table posts (id bigint primary key, user_id bigint references users);\n"
        "create index on posts (user_id);")
    code, out, err = cli(project, "migrate", "test")
    assert code == 0, err
    assert "applied 2" in out
    assert tables(project) == ["posts", "users"]
    assert history(project) == [("20240101000000", "applied", True), ("20240102000000", "applied", True)]
    code, out, _ = cli(project, "migrate", "test")
    assert code == 0 and "up to date" in out
    code, out, _ = cli(project, "migration", "list", "test", "--json")
    states = [m["state"] for m in json.loads(out)["migrations"]]
    assert states == ["applied", "applied"]


def test_failure_mid_file_leaves_no_trace(project: Path) -> None:
    add(project, "20240101000000", "ok", "create table ok (id int);")
    add(project, "20240102000000", "bad",
        "create table half (id int);\ninsert into half values (1);\n\nselect * from nope;\n")
    code, _, err = cli(project, "migrate", "test")
    assert code == 5
    assert "20240102000000_bad.sql" in err and "line 4" in err and "nope" in err
    assert tables(project) == ["ok"]
    assert [r[0] for r in history(project)] == ["20240101000000"]


def test_dry_run_changes_nothing(project: Path) -> None:
    add(project, "20240101000000", "users", "create table users (id int);")
    code, out, _ = cli(project, "migrate", "test", "--dry-run")
    assert code == 0 and "create table users" in out
    assert tables(project) == []


def test_edited_applied_file_is_caught(project: Path) -> None:
    path = add(project, "20240101000000", "users", "create table users (id int);")
    assert cli(project, "migrate", "test")[0] == 0
    path.write_text("-- only a comment changed\ncreate   table users (id int);\n")
    assert cli(project, "migrate", "test")[0] == 0  # whitespace/comments do not count
    path.write_text("create table users (id bigint);")
    code, _, err = cli(project, "migrate", "test")
    assert code == 2 and "20240101000000_users.sql was edited" in err
    code, out, _ = cli(project, "migration", "list", "test", "--json")
    assert json.loads(out)["migrations"][0]["state"] == "changed"
    assert cli(project, "migration", "repair", "test", "20240101000000", "--status", "applied")[0] == 0
    assert cli(project, "migrate", "test")[0] == 0


def test_supabase_cli_history_is_adopted(project: Path) -> None:
    url = url_of(project)
    query(url, "create schema supabase_migrations; create table supabase_migrations.schema_migrations"
               " (version text not null primary key, statements text[], name text);"
               " insert into supabase_migrations.schema_migrations values"
               " ('20240101000000', array['create table users (id int)'], 'users');"
               " create table users (id int);")
    add(project, "20240101000000", "users", "create table users (id int);")
    add(project, "20240102000000", "posts", "create table posts (id int);")
    code, out, err = cli(project, "migrate", "test")
    assert code == 0, err
    assert "applied 1" in out
    assert history(project) == [("20240101000000", "applied", True), ("20240102000000", "applied", True)]


def test_non_transactional_file_and_failed_state(project: Path) -> None:
    add(project, "20240101000000", "t", "create table t (id int, v int);")
    add(project, "20240102000000", "idx", "create index concurrently t_v on t (v);")
    assert cli(project, "migrate", "test")[0] == 0
    assert query(url_of(project), "select count(*) from pg_indexes where indexname = 't_v'") == [(1,)]
    add(project, "20240103000000", "bad_idx",
        "create index concurrently t_id on t (id);\ncreate index concurrently t_x on t (nope);")
    code, _, err = cli(project, "migrate", "test")
    assert code == 5 and "marked failed" in err
    code, out, _ = cli(project, "migration", "list", "test", "--json")
    assert json.loads(out)["migrations"][-1]["state"] == "failed"
    code, _, err = cli(project, "migrate", "test")
    assert code == 2 and "repair" in err
    assert cli(project, "migration", "repair", "test", "20240103000000", "--status", "reverted")[0] == 0
    (project / "migrations" / "20240103000000_bad_idx.sql").write_text(
        "create index concurrently if not exists t_id on t (id);")
    assert cli(project, "migrate", "test")[0] == 0


def test_file_with_its_own_begin_commit(project: Path) -> None:
    add(project, "20240101000000", "wrapped", "begin;\ncreate table w (id int);\ncommit;\n")
    assert cli(project, "migrate", "test")[0] == 0
    assert tables(project) == ["w"]


def test_rollback_runs_down_files(project: Path) -> None:
    add(project, "20240101000000", "a", "create table a (id int);", "drop table a;")
    add(project, "20240102000000", "b", "create table b (id int);", "drop table b;")
    assert cli(project, "migrate", "test")[0] == 0
    assert cli(project, "rollback", "test")[0] == 0
    assert tables(project) == ["a"]
    assert cli(project, "rollback", "test", "--to", "0")[0] == 0
    assert tables(project) == [] and history(project) == []


def test_rollback_refuses_without_down_file(project: Path) -> None:
    add(project, "20240101000000", "a", "create table a (id int);")
    assert cli(project, "migrate", "test")[0] == 0
    code, _, err = cli(project, "rollback", "test")
    assert code == 2 and "no .down.sql" in err
    assert tables(project) == ["a"]


def test_manual_environment_is_never_written(project: Path) -> None:
    add(project, "20240101000000", "a", "create table a (id int);")
    code, _, err = cli(project, "migrate", "dev")
    assert code == 4 and "manual" in err
    assert tables(project) == []


def test_approval_needs_approve_and_takes_backup(project: Path) -> None:
    add(project, "20240101000000", "a", "create table a (id int);")
    code, _, err = cli(project, "migrate", "production")
    assert code == 4 and "--approve production" in err
    assert tables(project) == []
    code, _, err = cli(project, "migrate", "production", "--approve", "staging")
    assert code == 4
    code, out, err = cli(project, "migrate", "production", "--approve", "production")
    assert code == 0, err
    assert tables(project) == ["a"]
    code, out, _ = cli(project, "backups", "list", "production", "--json")
    assert len(json.loads(out)["backups"]) == 1


def test_data_loss_refused_on_approval_without_flag(project: Path) -> None:
    add(project, "20240101000000", "a", "create table a (id int);")
    assert cli(project, "migrate", "test")[0] == 0
    add(project, "20240102000000", "drop_a", "drop table a;")
    code, _, err = cli(project, "migrate", "production", "--approve", "production")
    assert code == 4 and "deletes_data" in err
    assert tables(project) == ["a"]
    code, _, err = cli(project, "migrate", "production", "--approve", "production", "--allow-data-loss")
    assert code == 0, err
    assert tables(project) == []


def test_lock_timeout_names_the_holder(project: Path) -> None:
    from pgstrata.migrations.history import History

    write_config(project, url_of(project), extra='advisory_lock_timeout = "1s"'.replace(
        "advisory_lock_timeout", "lock_timeout"))
    text = (project / "pgstrata.toml").read_text().replace('advisory_lock_timeout = "20s"',
                                                          'advisory_lock_timeout = "1s"')
    (project / "pgstrata.toml").write_text(text)
    add(project, "20240101000000", "a", "create table a (id int);")
    with psycopg.connect(url_of(project), autocommit=True, application_name="other-tool") as holder:
        key = History(holder).lock_key
        holder.execute("select pg_advisory_lock(%s)", (key,))
        code, _, err = cli(project, "migrate", "test")
    assert code == 3 and "other-tool" in err and "pid" in err
    assert tables(project) == []


def _spawn(project: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pgstrata", "--config", str(project / "pgstrata.toml"), "migrate", "test"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_kill_9_mid_file_leaves_database_as_before(project: Path) -> None:
    add(project, "20240101000000", "a", "create table a (id int);")
    add(project, "20240102000000", "slow", "create table slow (id int);\nselect pg_sleep(30);")
    proc = _spawn(project)
    url = url_of(project)
    for _ in range(200):
        if query(url, "select count(*) from pg_stat_activity where query like '%pg_sleep(30)%'"
                      " and pid <> pg_backend_pid()")[0][0]:
            break
        time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("the migration never started its slow statement")
    proc.kill()
    proc.wait()
    assert "slow" not in tables(project)
    (project / "migrations" / "20240102000000_slow.sql").write_text("create table slow (id int);")
    code, _, err = cli(project, "migrate", "test")
    assert code == 0, err
    assert tables(project) == ["a", "slow"]


def test_concurrent_runs_apply_each_file_once(project: Path) -> None:
    for i in range(1, 6):
        add(project, f"2024010{i}000000", f"t{i}", f"create table t{i} (id int);\nselect pg_sleep(0.2);")
    procs = [_spawn(project) for _ in range(2)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert tables(project) == [f"t{i}" for i in range(1, 6)]
    assert len(history(project)) == 5


def test_schema_environment_gets_own_history(tmp_path: Path, db: str) -> None:
    (tmp_path / "migrations").mkdir()
    (tmp_path / "pgstrata.toml").write_text(
        f'[project]\nmigrations = "migrations"\n'
        f'[environments.qa]\nurl = "{db}"\nschema = "qa"\nprotection = "none"\n'
        f'[environments.test]\nurl = "{db}"\nprotection = "none"\n'
    )
    query(db, "create schema qa")
    add(tmp_path, "20240101000000", "a", "create table a (id int);")
    assert cli(tmp_path, "migrate", "qa")[0] == 0
    assert cli(tmp_path, "migrate", "test")[0] == 0
    assert query(db, "select schemaname from pg_tables where tablename = 'a' order by 1") == [
        ("public",), ("qa",)]
    assert query(db, "select count(*) from supabase_migrations.schema_migrations_qa") == [(1,)]
    assert query(db, "select count(*) from supabase_migrations.schema_migrations") == [(1,)]


def test_schema_environment_finds_what_the_databases_path_has(tmp_path: Path, db: str) -> None:
    """A Supabase migration calls ``uuid_generate_v4()`` unqualified: the function lives in
    ``extensions``, on the database's search_path.  In an environment that is a schema of a
    shared database, the migration and the seed run with that schema first and the database's
    path after it, so they work there as in a database of their own."""
    (tmp_path / "migrations").mkdir()
    (tmp_path / "seed.sql").write_text("insert into notes (body) values ('seeded');\n")
    (tmp_path / "pgstrata.toml").write_text(
        f'[project]\nmigrations = "migrations"\nseed = ["seed.sql"]\n'
        f'[environments.qa]\nurl = "{db}"\nschema = "qa"\nprotection = "none"\n')
    query(db, """
        create schema ext;
        create function ext.make_id() returns text language sql volatile as $$ select md5(random()::text) $$;
        create schema qa;
        do $$ begin execute format('alter database %I set search_path = "$user", public, ext',
                                   current_database()); end $$;""")
    add(tmp_path, "20240101000000", "notes",
        "create table notes (id text primary key default make_id(), body text);\n"
        "insert into notes (body) values ('first');")
    code, _, err = cli(tmp_path, "migrate", "qa")
    assert code == 0, err
    code, _, err = cli(tmp_path, "seed", "qa")
    assert code == 0, err
    assert query(db, "select body, length(id) from qa.notes order by body") == [("first", 32), ("seeded", 32)]


def test_migration_new_creates_timestamped_file(project: Path) -> None:
    code, out, _ = cli(project, "migration", "new", "Add users table")
    assert code == 0
    files = os.listdir(project / "migrations")
    assert len(files) == 1 and files[0].endswith("_add_users_table.sql") and len(files[0].split("_")[0]) == 14


def test_seed_and_reset(project: Path) -> None:
    text = (project / "pgstrata.toml").read_text().replace(
        '[project]\n', '[project]\nseed = ["seed.sql"]\n')
    (project / "pgstrata.toml").write_text(text)
    (project / "seed.sql").write_text("insert into a values (1), (2);")
    add(project, "20240101000000", "a", "create table a (id int);")
    assert cli(project, "migrate", "test")[0] == 0
    assert cli(project, "seed", "test")[0] == 0
    assert query(url_of(project), "select count(*) from a") == [(2,)]
    query(url_of(project), "create table junk (x int)")
    code, _, err = cli(project, "reset", "test")
    assert code == 4 and "--yes" in err  # no terminal: never waits for input
    code, _, err = cli(project, "reset", "test", "--yes")
    assert code == 0, err
    assert tables(project) == ["a"]
    assert query(url_of(project), "select count(*) from a") == [(2,)]
    code, _, err = cli(project, "reset", "dev", "--yes")
    assert code == 4 and "manual" in err


def test_squash_keeps_result_and_history(project: Path) -> None:
    add(project, "20240101000000", "a", "create table a (id bigint primary key);")
    add(project, "20240102000000", "b", "alter table a add column name text;\n"
        "insert into a values (1, 'seeded');")
    add(project, "20240103000000", "c", "create index a_name on a (name);")
    assert cli(project, "migrate", "test")[0] == 0
    code, out, err = cli(project, "migration", "squash", "--to", "20240102000000")
    assert code == 0, err
    names = sorted(os.listdir(project / "migrations"))
    assert names == ["20240102000000_squashed.sql", "20240103000000_c.sql"]
    code, out, err = cli(project, "migrate", "test")  # old history rows are accepted
    assert code == 0 and "up to date" in out, err
    from pgstrata.local import LocalServer

    try:
        code, out, _ = cli(project, "check", "--json")
        assert json.loads(out)["check"]["replayed"] == 2
    finally:
        LocalServer(project / ".pgstrata" / "local").stop()


def test_squash_carries_what_an_extract_does_not_hold(project: Path) -> None:
    """Rows written by function calls (as pg_cron's cron.schedule or vault.create_secret write
    theirs), DO blocks and roles made in guarded DO blocks live outside the schema: a squash
    carries them over (roles before the schema that grants to them), and leaves out session
    settings such as ``supabase db pull``'s header.  A fresh database gets them all."""
    role = f"squash_reader_{os.getpid()}"
    add(project, "20240101000000", "a",
        "select pg_catalog.set_config('search_path', '', false);\n"
        "create table public.a (id bigint primary key, name text);\n"
        "create table public.audit (msg text);\n"
        "create function public.log_it(m text) returns void language sql as $$ insert into public.audit values (m) $$;\n"
        f"do $$ begin create role {role}; exception when duplicate_object then null; end $$;\n"
        f"grant select on public.a to {role};\n")
    add(project, "20240102000000", "b",
        "select public.log_it('scheduled');\n"
        "do $$ begin insert into public.a values (2, 'from do'); end $$;\n"
        "insert into public.a values (1, 'seeded');\n"
        "do $$ begin execute format('alter database %I set app.tier = %L', current_database(), 'gold'); end $$;\n")
    code, out, err = cli(project, "migration", "squash")
    assert code == 0, out + err
    assert "5 statement(s)" in out, out  # (the role's DO, log_it, the DO insert, the INSERT, the setting's DO)
    (squashed,) = (project / "migrations").glob("*_squashed.sql")
    text = squashed.read_text()
    assert "set_config('search_path', ''" not in text, text
    assert text.index(f"create role {role}") < text.index("CREATE TABLE public.a") < text.index("log_it('scheduled')")
    from pgstrata.local import LocalServer

    try:
        code, _, err = cli(project, "reset", "test", "--yes")
        assert code == 0, err
        assert query(url_of(project), "select msg from audit") == [("scheduled",)]
        assert query(url_of(project), "select id, name from a order by id") == [(1, "seeded"), (2, "from do")]
    finally:
        LocalServer(project / ".pgstrata" / "local").stop()


def test_pooler_url_warns() -> None:
    from pgstrata.migrations.runner import Target, pooler_warning

    pooled = Target(url="postgresql://u:pw@aws-0-eu.pooler.supabase.com:6543/postgres",
                    environment="staging")
    warning = pooler_warning(pooled)
    assert warning is not None and "6543" in warning and "pw" not in warning
    assert pooler_warning(Target(url="postgresql://u@db.x.supabase.co:5432/postgres")) is None


ENUM_BASE = ("create type status as enum ('draft', 'live');\n"
             "create table posts (id bigint primary key, status status not null default 'draft');\n")


def test_migration_diff_adds_enum_values_in_a_migration_of_their_own(tmp_path: Path, pg) -> None:  # type: ignore[no-untyped-def]
    """A value used where it is added (a default, a CHECK) cannot be used in the transaction
    that adds it: one file would fail at `migrate`; two files apply, and roll back step by step."""
    from pgstrata.local import LocalServer

    with pg.databases("dev", "test") as (dev, test):
        (tmp_path / "migrations").mkdir()
        (tmp_path / "pgstrata.toml").write_text(
            f'[project]\nmigrations = "migrations"\n'
            f'[environments.dev]\nurl = "{dev}"\nprotection = "manual"\n'
            f'[environments.test]\nurl = "{test}"\nprotection = "none"\n')
        add(tmp_path, "20240101000000", "base", ENUM_BASE)
        query(dev, ENUM_BASE)
        query(dev, "alter type status add value 'archived' before 'live'")
        query(dev, "alter table posts alter column status set default 'archived', "
                   "add constraint posts_archived check (status <> 'archived' or id > 0)")
        try:
            code, out, err = cli(tmp_path, "migration", "diff", "archive posts", "--dry-run")
            assert code == 0, err
            assert "(dry run, file 1 of 2)" in out and "(dry run, file 2 of 2)" in out
            assert out.index("ADD VALUE") < out.index("file 2 of 2") < out.index("SET DEFAULT")
            assert os.listdir(tmp_path / "migrations") == ["20240101000000_base.sql"]
            code, out, err = cli(tmp_path, "migration", "diff", "archive posts")
            assert code == 0, err
            assert "enum values come first" in out
            written = sorted(n for n in os.listdir(tmp_path / "migrations") if not n.startswith("2024"))
            assert [n.split("_", 1)[1] for n in written] == [  # by version: the values first
                "archive_posts_enum_values.down.sql", "archive_posts_enum_values.sql",
                "archive_posts.down.sql", "archive_posts.sql"]
            first = (tmp_path / "migrations" / written[1]).read_text()
            assert "ADD VALUE 'archived' BEFORE 'live'" in first and "SET DEFAULT" not in first
            code, _, err = cli(tmp_path, "migrate", "test")
            assert code == 0, err
            assert dump(pg, test) == dump(pg, dev)
            labels = "select enum_range(null::status)::text"
            assert cli(tmp_path, "rollback", "test")[0] == 0  # the default and the CHECK go
            assert query(test, labels) == [("{draft,archived,live}",)]
            assert query(test, "select count(*) from pg_constraint where conname = 'posts_archived'") == [(0,)]
            assert cli(tmp_path, "rollback", "test")[0] == 0  # then the value
            assert query(test, labels) == [("{draft,live}",)]
        finally:
            LocalServer(tmp_path / ".pgstrata" / "local").stop()


def dump(pg, url: str) -> str:  # type: ignore[no-untyped-def]
    out = subprocess.run([str(pg.pg_dump), "--schema-only", "-n", "public", "--dbname", url],
                         capture_output=True, text=True, check=True).stdout
    return "\n".join(line for line in out.splitlines()
                     if line and not line.startswith(("--", "\\restrict", "\\unrestrict")))


SCHEMA_ENV_APP = """
create type status as enum ('draft', 'live');
create table posts (id bigint generated always as identity primary key, title text not null,
                    status status not null default 'draft');
create function post_count() returns bigint language sql stable as $$ select count(*) from posts $$;
create view live_posts as select id, title from posts where status = 'live';
create index posts_title on posts (lower(title));
comment on table posts is 'what people write';
insert into posts (title) values ('hello');
"""


def test_migrations_diffed_for_schema_environments_run_in_each_ones_schema(tmp_path: Path, pg) -> None:  # type: ignore[no-untyped-def]
    """The seed's layout: environments as schemas of one database (``schema = "qa"``) beside
    whole databases.  ``migration diff`` writes such a project's migrations as templates of its
    schema (``:"target_schema"``, like ``extract --template``), and every environment runs them
    in its own schema: qa's objects land in qa, not in the shared database's public."""
    from pgstrata.local import LocalServer

    with pg.databases("dev", "shared", "test") as (dev, shared, test):
        try:
            (tmp_path / "migrations").mkdir()
            (tmp_path / "pgstrata.toml").write_text(
                f'[project]\nmigrations = "migrations"\n'
                f'[environments.dev]\nurl = "{dev}"\nprotection = "manual"\n'
                f'[environments.qa]\nurl = "{shared}"\nschema = "qa"\nprotection = "none"\n'
                f'[environments.test]\nurl = "{test}"\nprotection = "none"\n')
            query(dev, SCHEMA_ENV_APP)
            for url in (dev, shared):  # (a grant initdb never makes)
                query(url, "grant usage on schema public to pg_monitor")
            code, out, err = cli(tmp_path, "migration", "diff", "init")
            assert code == 0, err
            (written,) = [p for p in (tmp_path / "migrations").iterdir() if not p.name.endswith(".down.sql")]
            text = written.read_text()
            assert 'CREATE TABLE :"target_schema".posts' in text, text
            # qa's schema is made with what public has in its database: PUBLIC's USAGE (initdb's)
            # and pg_monitor's, which no migration grants
            code, _, err = cli(tmp_path, "create", "qa")
            assert code == 0, err
            assert query(shared, "select nspacl::text from pg_namespace where nspname = 'qa'") == [
                ("{postgres=UC/postgres,=U/postgres,pg_monitor=U/postgres}",)]
            code, _, err = cli(tmp_path, "migrate", "test")
            assert code == 0, err
            assert query(shared, "select schemaname, viewname from pg_views where viewname = 'live_posts'") == [
                ("qa", "live_posts")]
            assert query(shared, "select count(*) from pg_class where relnamespace = 'public'::regnamespace") == [(0,)]
            assert dump(pg, test) == dump(pg, dev)
            for env in ("qa", "test"):
                code, out, err = cli(tmp_path, "compare", "dev", env)
                assert code == 0 and "are the same" in out, out + err
                code, out, err = cli(tmp_path, "migration", "list", env)
                assert code == 0 and "changed" not in out and "pending" not in out, out
            # reset makes qa again, its privileges kept
            query(shared, "grant create on schema qa to pg_monitor")
            code, _, err = cli(tmp_path, "reset", "qa", "--yes")
            assert code == 0, err
            assert query(shared, "select nspacl::text from pg_namespace where nspname = 'qa'") == [
                ("{postgres=UC/postgres,=U/postgres,pg_monitor=UC/postgres}",)]
            assert query(shared, "select count(*) from pg_tables where schemaname = 'qa'") == [(1,)]
            code, out, err = cli(tmp_path, "check")
            assert code == 0, out + err
            # by hand, as the seed ran its template: psql -v target_schema=… -f FILE
            query(shared, "create schema by_hand")
            subprocess.run([str(pg.bin_dir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-v",
                            "target_schema=by_hand", "-d", shared, "-f", str(written)], check=True,
                           capture_output=True)
            assert query(shared, "select count(*) from pg_tables where schemaname = 'by_hand'") == [(1,)]
            # a squash of such migrations is a template too, data statements included
            time.sleep(1)  # (the next migration's version is the next second)
            query(dev, "alter table posts add column body text")
            assert cli(tmp_path, "migration", "diff", "add body")[0] == 0
            (tmp_path / "migrations" / "20200101000000_plans.sql").write_text(
                "create table plans (name text primary key);\ninsert into plans values ('free');\n")
            code, out, err = cli(tmp_path, "migration", "squash")
            assert code == 0, out + err
            (squashed,) = (tmp_path / "migrations").glob("*_squashed.sql")
            text = squashed.read_text()
            assert 'CREATE TABLE :"target_schema".plans' in text and "insert into plans" in text, text
        finally:  # (migration diff's shadow database starts the project's local server)
            LocalServer(tmp_path / ".pgstrata" / "local").stop()
