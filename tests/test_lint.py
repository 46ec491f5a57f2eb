"""Lint rules as data (tests/lint_cases/<rule>/{bad,good}*.sql) plus suppression and reports.

In a ``bad*.sql`` file every line that ends with the comment ``-- expect`` must
get exactly one finding of the case's rule, and no other line may; a
``good*.sql`` file must not trigger the rule at all (other rules may fire).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pgstrata.errors import InputError
from pgstrata.hazards import Hazard, Severity
from pgstrata.lint import RULES, Finding, at_or_above, lint_files, lint_sql, to_json, to_text

CASES = Path(__file__).parent / "lint_cases"
MARK = "-- expect"


def _rules(sql: str) -> list[str]:
    return [f.rule for f in _lint(sql)]


def _lint(sql: str, filename: str | None = None) -> list[Finding]:
    """Findings without the file-level missing_lock_timeout, which these snippets all lack."""
    return [f for f in lint_sql(sql, filename=filename) if f.rule != "missing_lock_timeout"]


def _case_files(prefix: str) -> list[tuple[str, Path]]:
    return [
        (folder.name, path)
        for folder in sorted(p for p in CASES.iterdir() if p.is_dir())
        for path in sorted(folder.glob(f"{prefix}*.sql"))
    ]


def _expected_lines(path: Path) -> list[int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [n for n, text in enumerate(lines, start=1) if text.rstrip().endswith(MARK)]


@pytest.mark.parametrize(("rule", "path"), _case_files("bad"), ids=lambda v: str(v))
def test_bad_case_triggers_rule_on_marked_lines(rule: str, path: Path) -> None:
    expected = _expected_lines(path)
    assert expected, f"{path} marks no line with {MARK!r}"
    found = [f.line for f in lint_files([path]) if f.rule == rule]
    assert found == expected


@pytest.mark.parametrize(("rule", "path"), _case_files("good"), ids=lambda v: str(v))
def test_good_case_does_not_trigger_rule(rule: str, path: Path) -> None:
    assert [f for f in lint_files([path]) if f.rule == rule] == []


def test_every_rule_has_a_bad_and_a_good_case() -> None:
    folders = {p.name for p in CASES.iterdir() if p.is_dir()}
    assert folders == set(RULES)
    for name in RULES:
        assert (CASES / name / "bad.sql").is_file()
        assert (CASES / name / "good.sql").is_file()


@pytest.mark.parametrize("name", sorted(RULES))
def test_rule_metadata_is_complete(name: str) -> None:
    rule = RULES[name]
    assert rule.name == name
    assert isinstance(rule.severity, Severity)
    assert all(isinstance(h, Hazard) for h in rule.hazards)
    assert rule.why.strip() and rule.fix.strip()


def test_finding_carries_rule_data_and_position() -> None:
    [finding] = _lint("select 1;\n\ndrop table users;\n", filename="m.sql")
    assert finding == Finding(
        rule="drop_table",
        file="m.sql",
        line=3,
        column=1,
        message="DROP TABLE users deletes the table(s) and every row",
        why=RULES["drop_table"].why,
        fix=RULES["drop_table"].fix,
        severity=Severity.ERROR,
        hazards=(Hazard.DELETES_DATA, Hazard.BREAKS_CLIENTS),
    )


def test_positions_count_characters_after_unicode() -> None:
    sql = "comment on table t is 'naïve €€€';  alter table t alter column a set not null;"
    [finding] = [f for f in lint_sql(sql) if f.rule == "set_not_null"]
    assert (finding.line, finding.column) == (1, sql.index("alter") + 1)


# -- suppression ---------------------------------------------------------------------


def test_ignore_comment_above_statement() -> None:
    sql = "-- pgstrata:ignore drop_table\ndrop table users;\n"
    assert _rules(sql) == []


def test_ignore_comment_on_same_line() -> None:
    assert _rules("drop table users; -- pgstrata:ignore drop_table\n") == []


def test_ignore_several_rules_in_a_comment_block() -> None:
    sql = (
        "-- the old table is empty since release 41\n"
        "-- pgstrata:ignore drop_table, truncate\n"
        "/* reviewed */\n"
        "truncate users;\n"
        "drop table users;\n"
    )
    assert _rules(sql) == ["drop_table"]


def test_ignore_applies_to_its_statement_only() -> None:
    sql = "-- pgstrata:ignore drop_table\ndrop table a;\ndrop table b;\n"
    assert [(f.rule, f.line) for f in _lint(sql)] == [("drop_table", 3)]


def test_blank_line_separates_ignore_from_statement() -> None:
    assert _rules("-- pgstrata:ignore drop_table\n\ndrop table users;\n") == ["drop_table"]


def test_ignore_other_rule_does_not_silence() -> None:
    assert _rules("-- pgstrata:ignore truncate\ndrop table users;\n") == ["drop_table"]


def test_ignore_inside_a_statement_silences_that_line() -> None:
    sql = (
        "create table t (\n"
        "  id bigint primary key,\n"
        "  -- pgstrata:ignore char_n\n"
        "  code char(2),\n"
        "  other char(3)\n"
        ");\n"
    )
    assert [(f.rule, f.line) for f in lint_sql(sql)] == [("char_n", 5)]


def test_marker_inside_a_string_is_not_a_comment() -> None:
    sql = "select '-- pgstrata:ignore drop_table'; drop table users;\n"
    assert _rules(sql) == ["drop_table"]


# -- API, filters and reports --------------------------------------------------------


def test_parse_error_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.sql"
    path.write_text("select 1;\ncreate tabel x ();\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.sql:2:8: syntax error"):
        lint_files([path])


def test_lint_files_expands_folders(tmp_path: Path) -> None:
    (tmp_path / "2_b.sql").write_text("truncate t;\n", encoding="utf-8")
    (tmp_path / "1_a.sql").write_text("drop table t;\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("drop table t;\n", encoding="utf-8")
    findings = lint_files([tmp_path])
    assert [(Path(f.file or "").name, f.rule) for f in findings if f.severity != "info"] == [
        ("1_a.sql", "drop_table"),
        ("2_b.sql", "truncate"),
    ]


def test_at_or_above_filters_by_rank() -> None:
    findings = lint_sql("truncate t;\ncreate index on t (a);\n")
    assert {f.severity for f in findings} == {Severity.ERROR, Severity.WARNING, Severity.INFO}
    assert {f.rule for f in at_or_above(findings, "warning")} == {
        "truncate",
        "index_without_concurrently",
    }
    assert [f.rule for f in at_or_above(findings, Severity.ERROR)] == ["truncate"]
    assert len(at_or_above(findings, Severity.INFO)) == len(findings)
    with pytest.raises(ValueError, match="unknown severity"):
        at_or_above(findings, "fatal")


def test_to_json_is_versioned_and_serialisable() -> None:
    report = to_json(_lint("drop table users;", filename="m.sql"))
    assert report["schema_version"] == 1
    assert report["summary"] == {"error": 1, "warning": 0, "info": 0}
    [item] = report["findings"]
    assert item["rule"] == "drop_table"
    assert item["hazards"] == ["deletes_data", "breaks_clients"]
    assert json.loads(json.dumps(report)) == report


def test_to_text_lists_findings_and_summary() -> None:
    text = to_text(_lint("drop table users;", filename="m.sql"))
    assert text.splitlines()[0] == (
        "m.sql:1:1: error [drop_table] DROP TABLE users deletes the table(s) and every row"
    )
    assert "    hazards: deletes_data, breaks_clients" in text
    assert text.endswith("\n1 finding: 1 error\n")
    two = to_text(_lint("drop table a;\ndrop table b;\ncreate index on c (x);"))
    assert two.endswith("\n3 findings: 2 errors, 1 warning\n")
    assert to_text([]) == "no findings\n"


@pytest.mark.parametrize(("created", "asked", "new"), [
    ((None, "t"), (None, "t"), True),          # unqualified both
    ((None, "t"), ("app", "t"), True),         # created unqualified: any schema
    (("app", "t"), (None, "t"), True),         # asked unqualified: any schema
    (("app", "t"), ("app", "t"), True),
    (("app", "t"), ("other", "t"), False),
    (("app", "t"), ("app", "u"), False),
])
def test_file_context_knows_the_tables_the_file_creates(created, asked, new):
    from pgstrata.lint.engine import FileContext

    context = FileContext((), frozenset({created, ("app", "unrelated")}))
    assert context.is_new_table(*asked) is new


def test_a_file_that_creates_and_alters_a_table_in_another_schema_is_linted():
    # the table created in app is not the one altered in billing: that one has data
    sql = ("CREATE TABLE app.accounts (id bigint PRIMARY KEY, code int);\n"
           "ALTER TABLE billing.accounts ALTER COLUMN code TYPE bigint;\n"
           "ALTER TABLE app.accounts ALTER COLUMN code TYPE bigint;\n")
    lines = [f.line for f in _lint(sql) if f.rule == "column_type_change"]
    assert lines == [2]
