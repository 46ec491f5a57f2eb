"""Splitting SQL with PostgreSQL's parser, checksums, and the migrations folder (no database)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from pgstrata.errors import InputError
from pgstrata.migrations.files import (
    MigrationFile,
    discover,
    load,
    new_migration,
    snake_name,
)
from pgstrata.sqlparse import checksum, comments, split, with_variable

# -- split ---------------------------------------------------------------------------


def test_a_template_variable_is_set_where_psql_would_set_it() -> None:
    """``:"v"`` → quoted identifier, ``:'v'`` → literal; never in strings, bodies, comments,
    casts, array slices or another variable."""
    sql = ("CREATE TABLE :\"v\".t (a int[]); SELECT quote_ident(:'v'), a[1:2], 'x'::text, :\"w\".f();"
           " -- :\"v\"\nCREATE FUNCTION :\"v\".f() RETURNS text LANGUAGE sql AS $$ SELECT ':\"v\"' $$;")
    out = with_variable(sql, "v", 'My "qa"')
    assert out == ("CREATE TABLE \"My \"\"qa\"\"\".t (a int[]); SELECT quote_ident('My \"qa\"'), a[1:2], 'x'::text,"
                   " :\"w\".f(); -- :\"v\"\nCREATE FUNCTION \"My \"\"qa\"\"\".f() RETURNS text LANGUAGE sql AS"
                   " $$ SELECT ':\"v\"' $$;")
    assert len(split(out.replace(':"w".', ''))) == 3  # parses once set


def test_dollar_quoted_bodies_keep_their_semicolons() -> None:
    sql = (
        "create function f() returns int language plpgsql as $body$\n"
        "begin\n"
        "  perform 1; perform 2;\n"
        "  return 3;\n"
        "end;\n"
        "$body$;\n"
        "select f();\n"
    )
    first, second = split(sql)
    assert first.kind == "CreateFunctionStmt"
    assert first.text == sql[: sql.index("$body$;") + len("$body$")]
    assert (second.text, second.line) == ("select f()", 7)


def test_do_blocks_and_comments() -> None:
    sql = (
        "-- leading comment; with a semicolon\n"
        "/* block ; comment */\n"
        "do $$ begin raise notice 'a;b'; end $$; -- trailing; comment\n"
        "create table t (\n"
        "  a int -- inner; comment\n"
        ") /* before the semicolon */ ;\n"
        "-- after everything\n"
    )
    do, create = split(sql)
    assert (do.kind, do.line, do.text) == ("DoStmt", 3, "do $$ begin raise notice 'a;b'; end $$")
    assert create.line == 4
    assert create.text == "create table t (\n  a int -- inner; comment\n)"


def test_sql_standard_bodies_rules_and_escape_strings() -> None:
    sql = (
        "create function f() returns int language sql\n"
        "begin atomic\n  select 1;\n  select 2;\nend;\n"
        "create rule r as on insert to t do also (insert into a values (1); insert into b values (2));\n"
        "select E'a;\\'b'; select $a$ x $b$;$b$ y $a$"
    )
    statements = split(sql)
    assert [(s.line, s.kind) for s in statements] == [
        (1, "CreateFunctionStmt"),
        (6, "RuleStmt"),
        (7, "SelectStmt"),
        (7, "SelectStmt"),
    ]
    assert statements[0].text.endswith("select 2;\nend")
    assert statements[2].text == "select E'a;\\'b'"
    assert statements[3].text == "select $a$ x $b$;$b$ y $a$"


def test_unicode_before_a_statement_keeps_offsets_right() -> None:
    sql = "select 'ÄÖÜ € 😀';\n-- ß comment ✓\ncomment on table t is 'naïve';   select 2"
    first, second, third = split(sql)
    assert first.text == "select 'ÄÖÜ € 😀'"
    assert (second.line, second.text) == (3, "comment on table t is 'naïve'")
    assert sql[second.offset :].startswith("comment on")
    assert (third.line, third.text) == (3, "select 2")


def test_statement_without_final_semicolon_and_empty_input() -> None:
    [statement] = split("\n\n  vacuum analyze t  \n-- done\n")
    assert (statement.text, statement.line) == ("vacuum analyze t", 3)
    assert split("") == []
    assert split("-- only a comment\n;;\n") == []


@pytest.mark.parametrize(
    ("sql", "transactional"),
    [
        ("create index concurrently i on t (a)", False),
        ("create index i on t (a)", True),
        ("drop index concurrently i", False),
        ("drop index i", True),
        ("reindex index concurrently i", False),
        ("reindex (concurrently) table t", False),
        ("reindex table t", True),
        ("reindex database app", False),
        ("vacuum t", False),
        ("analyze t", True),
        ("create database app", False),
        ("drop database app", False),
        ("alter database app set tablespace fast", False),
        ("alter database app set work_mem = '64MB'", True),
        ("alter system set work_mem = '64MB'", False),
        ("create tablespace fast location '/ssd'", False),
        ("drop tablespace fast", False),
        ("alter table p detach partition c concurrently", False),
        ("alter table p detach partition c", True),
        ("cluster", False),
        ("cluster t using i", True),
        ("discard all", False),
        ("discard temp", True),
        ("create subscription s connection 'host=x' publication p", False),
        ("create subscription s connection 'host=x' publication p with (connect = false)", True),
        ("alter subscription s refresh publication", False),
        ("alter subscription s enable", True),
        ("create table t (a int)", True),
        ("do $$ begin end $$", True),
    ],
)
def test_transactional_classification(sql: str, transactional: bool) -> None:
    [statement] = split(sql)
    assert statement.transactional is transactional


def test_alter_type_add_value_depends_on_server_version() -> None:
    sql = "alter type mood add value 'meh'"
    assert split(sql)[0].transactional
    assert split(sql, server_version=150004)[0].transactional
    assert not split(sql, server_version=110022)[0].transactional
    assert split("alter type mood rename value 'a' to 'b'", server_version=110022)[0].transactional


def test_transaction_control_is_flagged() -> None:
    sql = "begin; savepoint s; release savepoint s; start transaction; commit; rollback; end"
    flags = [(s.text, s.is_transaction_control) for s in split(sql)]
    assert flags == [
        ("begin", True),
        ("savepoint s", False),
        ("release savepoint s", False),
        ("start transaction", True),
        ("commit", True),
        ("rollback", True),
        ("end", True),
    ]


def test_parse_error_names_file_line_and_column() -> None:
    sql = "select 1;\n\n  selec 2;\n"
    with pytest.raises(InputError, match=r'^m\.sql:3:3: syntax error at or near "selec"$'):
        split(sql, filename="m.sql")
    with pytest.raises(InputError, match=r"^line 3, column 3: "):
        split(sql)


def test_parse_error_line_counts_characters_not_bytes() -> None:
    with pytest.raises(InputError, match=r"^m\.sql:2:16: syntax error"):
        split("select 'ééé€';\nselect 'ü' from;\n", filename="m.sql")


def test_psql_meta_command_is_refused_with_its_line() -> None:
    with pytest.raises(InputError, match=r"^m\.sql:2:1: psql meta-command \\set is not SQL") as info:
        split("select 1;\n\\set ON_ERROR_STOP on\nselect 2;\n", filename="m.sql")
    assert info.value.hint and "psql" in info.value.hint
    assert info.value.exit_code == 2


def test_node_is_kept_but_not_compared() -> None:
    a, b = split("select 1; select 1")
    assert a.node is not b.node
    assert a != b  # different offsets
    assert split("select 1")[0] == split("select 1")[0]
    assert hash(split("select 1")[0]) == hash(split("select 1")[0])


def test_comments_are_found_by_the_lexer() -> None:
    sql = "select '-- not a comment';  -- real\n/* a\n b */\n  -- alone\n"
    found = [(c.line, c.end_line, c.text, c.alone) for c in comments(sql)]
    assert found == [
        (1, 1, "-- real", False),
        (2, 3, "/* a\n b */", True),
        (4, 4, "-- alone", True),
    ]


# -- checksum ------------------------------------------------------------------------

BASE = "create table users (\n  id bigint primary key,\n  name text default 'x'\n);\n"


def _sum(sql: str) -> str:
    return checksum(split(sql))


@pytest.mark.parametrize(
    "same",
    [
        "CREATE TABLE users (id bigint PRIMARY KEY, name text DEFAULT 'x');",
        "-- header\ncreate table users ( id bigint primary key , name text default 'x' ) ;\n",
        "/* c */ create table Users (\n\tid BIGINT primary key, -- c\n name text default 'x')",
    ],
)
def test_checksum_ignores_whitespace_comments_and_keyword_case(same: str) -> None:
    assert _sum(same) == _sum(BASE)


@pytest.mark.parametrize(
    "different",
    [
        BASE.replace("'x'", "'y'"),  # a literal
        BASE.replace("'x'", "'X'"),  # a literal's case
        BASE.replace("name", "full_name"),  # an identifier
        BASE.replace("users", '"Users"'),  # quoting makes a different name
        BASE.replace("bigint", "integer"),  # a type
        BASE + "select 1;",  # a statement added
    ],
)
def test_checksum_changes_with_any_statement_change(different: str) -> None:
    assert _sum(different) != _sum(BASE)


def test_checksum_sees_statement_boundaries_and_function_bodies() -> None:
    assert _sum("select 1; select 2") != _sum("select 1, 2")
    body = "create function f() returns int language sql as $$ select {} $$"
    assert _sum(body.format(1)) != _sum(body.format(2))
    assert len(_sum("")) == 64


# -- discover ------------------------------------------------------------------------


def _touch(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_text("select 1;\n", encoding="utf-8")


def test_discover_orders_by_version_and_pairs_down_files(tmp_path: Path) -> None:
    _touch(
        tmp_path,
        "20240102000000_second.sql",
        "20240101000000_first.sql",
        "20240101000000_first.down.sql",
        "README.md",
        ".gitkeep",
        ".#20240103000000_editor_lock.sql",
    )
    (tmp_path / "20240104000000_a_folder.sql").mkdir()
    files = discover(tmp_path)
    assert files == [
        MigrationFile(
            "20240101000000",
            "first",
            tmp_path / "20240101000000_first.sql",
            tmp_path / "20240101000000_first.down.sql",
        ),
        MigrationFile("20240102000000", "second", tmp_path / "20240102000000_second.sql", None),
    ]


def test_discover_missing_folder_is_empty(tmp_path: Path) -> None:
    assert discover(tmp_path / "nope") == []


def test_discover_accepts_other_digit_counts_when_orders_agree(tmp_path: Path) -> None:
    _touch(tmp_path, "0002_b.sql", "0001_a.sql", "0010_c.sql")
    assert [f.version for f in discover(tmp_path)] == ["0001", "0002", "0010"]


@pytest.mark.parametrize(
    ("names", "culprit", "message"),
    [
        (["20240101000000_ok.sql", "seed.sql"], "seed.sql", "not a migration file name"),
        (["20240101_x.sql", "v2_y.sql"], "v2_y.sql", "not a migration file name"),
        (["20240101000000_a.sql", "20240101000000_b.sql"], "20240101000000_b.sql", "also used by"),
        (["20240101000000_a.down.sql"], "20240101000000_a.down.sql", "without its migration"),
        (["20240101000000_a.sql", "20240101000000_b.down.sql"], "_b.down.sql", "without its"),
        (["9_a.sql", "10_b.sql"], "9_a.sql", "sort differently"),
        (["1_a.sql", "01_b.sql"], "1_a.sql", "sort differently"),
    ],
)
def test_discover_errors_name_the_file(
    tmp_path: Path, names: list[str], culprit: str, message: str
) -> None:
    _touch(tmp_path, *names)
    with pytest.raises(InputError, match=message) as info:
        discover(tmp_path)
    assert culprit in str(info.value)
    assert str(tmp_path) in str(info.value)


def test_discover_refuses_a_file_as_folder(tmp_path: Path) -> None:
    _touch(tmp_path, "x.sql")
    with pytest.raises(InputError, match="not a directory"):
        discover(tmp_path / "x.sql")


# -- load ----------------------------------------------------------------------------


def test_load_splits_checksums_and_reads_down(tmp_path: Path) -> None:
    up = tmp_path / "20240101000000_users.sql"
    up.write_text("\ufeffcreate table users (id bigint);\ncreate index on users (id);\n", "utf-8")
    (tmp_path / "20240101000000_users.down.sql").write_text("drop table users;\n", "utf-8")
    [file] = discover(tmp_path)
    loaded = file.load()
    assert [s.kind for s in loaded.statements] == ["CreateStmt", "IndexStmt"]
    assert loaded.checksum == checksum(split("create table users (id bigint); create index on users (id)"))
    assert [s.text for s in loaded.down_statements or ()] == ["drop table users"]
    assert loaded.transactional
    assert load(file) == loaded


def test_load_marks_non_transactional_files(tmp_path: Path) -> None:
    (tmp_path / "20240101000000_idx.sql").write_text(
        "create index concurrently i on t (a);\n", "utf-8"
    )
    assert not discover(tmp_path)[0].load().transactional


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "20240101000000_bad.sql"
    path.write_bytes(b"select '\xff';\n")
    with pytest.raises(InputError, match=r"20240101000000_bad\.sql: not UTF-8"):
        discover(tmp_path)[0].load()
    path.write_text("select 1;\nselect from from;\n", "utf-8")
    with pytest.raises(InputError, match=r"20240101000000_bad\.sql:2:13: syntax error"):
        discover(tmp_path)[0].load()


# -- new_migration -------------------------------------------------------------------

NOON = datetime(2024, 5, 1, 12, 0, 0, 123456, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "snake"),
    [
        ("create users", "create_users"),
        ("  Create  Users  ", "create_users"),
        ("AddUsersTable", "add_users_table"),
        ("add-RLS-policies", "add_rls_policies"),
        ("HTTPRequestLog", "http_request_log"),
        ("v2Schema", "v2_schema"),
        ("already_snake__case_", "already_snake_case"),
        ("2fa", "2fa"),
    ],
)
def test_snake_name(name: str, snake: str) -> None:
    assert snake_name(name) == snake


@pytest.mark.parametrize("name", ["", "   ", "---", "drop; table", "naïve", "../escape", "a.b"])
def test_snake_name_refuses(name: str) -> None:
    with pytest.raises(InputError):
        snake_name(name)


def test_new_migration_writes_an_empty_timestamped_file(tmp_path: Path) -> None:
    folder = tmp_path / "supabase" / "migrations"
    path = new_migration(folder, "Create users", now=NOON)
    assert path == folder / "20240501120000_create_users.sql"
    assert path.read_text(encoding="utf-8") == ""
    assert [f.version for f in discover(folder)] == ["20240501120000"]


def test_new_migration_uses_utc(tmp_path: Path) -> None:
    paris = NOON.astimezone(timezone(timedelta(hours=2)))
    assert new_migration(tmp_path, "x", now=paris).name == "20240501120000_x.sql"
    naive = datetime(2024, 5, 1, 13, 0, 0)
    assert new_migration(tmp_path, "y", now=naive).name == "20240501130000_y.sql"


def test_new_migration_bumps_a_taken_timestamp(tmp_path: Path) -> None:
    _touch(tmp_path, "20240501120000_other.sql", "20240501120001_more.sql")
    path = new_migration(tmp_path, "mine", now=NOON)
    assert path.name == "20240501120002_mine.sql"
    assert new_migration(tmp_path, "mine", now=NOON).name == "20240501120003_mine.sql"
