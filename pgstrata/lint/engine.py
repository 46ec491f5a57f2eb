"""The linter's engine: rules registered by name, files parsed once, findings, suppressions
and reports.  The rules themselves are in :mod:`pgstrata.lint.rules`.

Hazards in migration SQL, found by walking PostgreSQL's parse tree.

Each rule is a small function over one file's parsed statements, registered
with its name, severity, the :class:`~pgstrata.hazards.Hazard` values it maps
to (the planner's vocabulary), why it matters and the safe alternative.

A comment ``-- pgstrata:ignore RULE[,RULE]`` silences those rules for the
statement (or the line) it sits on or directly above; comments are found with
PostgreSQL's lexer, so text inside strings never counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pglast import ast

from pgstrata.hazards import Hazard, Severity
from pgstrata.migrations.files import read_migration
from pgstrata.sqlparse import LineIndex, ParsedStatement, comments, split

JSON_SCHEMA_VERSION = 1
_IGNORE_MARK = "pgstrata:ignore"


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule's check reports: the statement, a message and where in it."""

    statement: ParsedStatement
    message: str
    location: int | None = None  # character offset in the file; None → statement start


@dataclass(frozen=True, slots=True)
class FileContext:
    """One file's statements plus what the file itself creates."""

    statements: tuple[ParsedStatement, ...]
    created_tables: frozenset[tuple[str | None, str]]
    # name → the schemas (None: unqualified) it is created in: one lookup per question, not a
    # pass over every created table (a file creating thousands of tables asks thousands)
    _schemas_of: dict[str, set[str | None]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        schemas_of: dict[str, set[str | None]] = {}
        for schema, name in self.created_tables:
            schemas_of.setdefault(name, set()).add(schema)
        object.__setattr__(self, "_schemas_of", schemas_of)

    def is_new(self, relation: ast.RangeVar | None) -> bool:
        """True when ``relation`` is a table this same file creates (no data to protect yet)."""
        if relation is None or relation.relname is None:
            return False
        return self.is_new_table(relation.schemaname, relation.relname)

    def is_new_table(self, schema: str | None, name: str) -> bool:
        """Like :meth:`is_new`; an unqualified name matches the table in any schema."""
        schemas = self._schemas_of.get(name)
        return bool(schemas) and (schema is None or None in schemas or schema in schemas)


Check = Callable[[FileContext], Iterator[Hit]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named check with its severity, hazards, reason and safe alternative."""

    name: str
    severity: Severity
    hazards: tuple[Hazard, ...]
    why: str
    fix: str
    check: Check = field(repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule firing on one statement of one file."""

    rule: str
    file: str | None
    line: int
    column: int | None
    message: str
    why: str
    fix: str
    severity: Severity
    hazards: tuple[Hazard, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": self.severity.value,
            "hazards": [h.value for h in self.hazards],
            "message": self.message,
            "why": self.why,
            "fix": self.fix,
        }


RULES: dict[str, Rule] = {}


def rule(
    name: str, severity: Severity, hazards: Iterable[Hazard], *, why: str, fix: str
) -> Callable[[Check], Check]:
    """Register ``check`` as the rule ``name``."""

    def register(check: Check) -> Check:
        RULES[name] = Rule(name, severity, tuple(hazards), why, fix, check)
        return check

    return register


# -- public API ----------------------------------------------------------------------


def lint_sql(
    sql: str, *, filename: str | None = None, server_version: int | None = None
) -> list[Finding]:
    """Findings for one SQL text, ordered by position; InputError on a parse error."""
    statements = tuple(split(sql, filename=filename, server_version=server_version))
    context = FileContext(statements, _created_tables(statements))
    index = LineIndex(sql)
    ignored = _Suppressions(sql)
    findings = []
    for current in RULES.values():
        for hit in current.check(context):
            offset = hit.statement.offset if hit.location is None else hit.location
            line, column = index.position(offset)
            if current.name in ignored.rules_for(line, hit.statement.line):
                continue
            findings.append(
                Finding(
                    rule=current.name,
                    file=filename,
                    line=line,
                    column=column,
                    message=hit.message,
                    why=current.why,
                    fix=current.fix,
                    severity=current.severity,
                    hazards=current.hazards,
                )
            )
    findings.sort(key=lambda f: (f.line, f.column or 0, f.rule))
    return findings


def lint_files(
    paths: Iterable[Path], *, server_version: int | None = None
) -> list[Finding]:
    """Findings for each file (a folder stands for its ``*.sql`` files, sorted)."""
    findings: list[Finding] = []
    for path in _expand(paths):
        findings.extend(
            lint_sql(read_migration(path), filename=str(path), server_version=server_version)
        )
    return findings


def at_or_above(findings: Iterable[Finding], level: Severity | str) -> list[Finding]:
    """The findings whose severity is ``level`` or worse."""
    threshold = Severity.parse(level) if isinstance(level, str) else level
    return [f for f in findings if f.severity.rank >= threshold.rank]


def to_text(findings: Iterable[Finding]) -> str:
    """A human report: one block per finding and a summary line."""
    items = list(findings)
    blocks = [_text_block(f) for f in items]
    counts = _counts(items)
    summary = ", ".join(f"{n} {_plural(level, n)}" for level, n in counts.items() if n)
    blocks.append(f"{len(items)} {_plural('finding', len(items))}: {summary}" if items else "no findings")
    return "\n".join(blocks) + "\n"


def to_json(findings: Iterable[Finding]) -> dict[str, Any]:
    """The report as JSON-ready data, ``schema_version`` 1."""
    items = list(findings)
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "findings": [f.to_dict() for f in items],
        "summary": _counts(items),
    }


# -- reporting and suppression helpers -----------------------------------------------


def _text_block(finding: Finding) -> str:
    where = f"{finding.file or '<sql>'}:{finding.line}"
    if finding.column is not None:
        where += f":{finding.column}"
    hazards = ", ".join(h.value for h in finding.hazards)
    head = f"{where}: {finding.severity.value} [{finding.rule}] {finding.message}"
    lines = [head, f"    why: {finding.why}", f"    fix: {finding.fix}"]
    if hazards:
        lines.append(f"    hazards: {hazards}")
    return "\n".join(lines)


def _plural(word: str, n: int) -> str:
    return word if n == 1 or word == "info" else word + "s"


def _counts(findings: list[Finding]) -> dict[str, int]:
    return {s.value: sum(f.severity is s for f in findings) for s in reversed(Severity)}


def _expand(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.glob("*.sql") if p.is_file())
        else:
            yield path


class _Suppressions:
    """``pgstrata:ignore`` comments of one text, by line."""

    __slots__ = ("_alone_lines", "_rules_at")

    def __init__(self, sql: str) -> None:
        self._rules_at: dict[int, set[str]] = {}
        self._alone_lines: set[int] = set()
        if _IGNORE_MARK not in sql:  # (no comment can silence anything: spare a pass of the lexer)
            return
        for comment in comments(sql):
            lines = range(comment.line, comment.end_line + 1)
            if comment.alone:
                self._alone_lines.update(lines)
            names = _ignored_names(comment.text)
            for line in lines if names else ():
                self._rules_at.setdefault(line, set()).update(names)

    def rules_for(self, *lines: int) -> set[str]:
        """Rules silenced on any of ``lines`` or in the comment-only lines just above."""
        found: set[str] = set()
        for line in lines:
            found |= self._rules_at.get(line, set())
            above = line - 1
            while above in self._alone_lines:
                found |= self._rules_at.get(above, set())
                above -= 1
        return found


def _ignored_names(comment: str) -> set[str]:
    _, mark, rest = comment.partition(_IGNORE_MARK)
    return set(re.findall(r"[A-Za-z0-9_]+", rest)) if mark else set()


def _created_tables(statements: Iterable[ParsedStatement]) -> frozenset[tuple[str | None, str]]:
    created = set()
    for statement in statements:
        node = statement.node
        relation = getattr(node, "relation", None)
        if isinstance(node, ast.CreateStmt) and relation is not None:
            created.add((relation.schemaname, relation.relname))
        elif isinstance(node, ast.CreateTableAsStmt) and node.into is not None:
            rel = node.into.rel
            if rel is not None and rel.relname is not None:
                created.add((rel.schemaname, rel.relname))
    return frozenset(created)
