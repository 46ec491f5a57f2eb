"""Hazards in migration SQL, found by walking PostgreSQL's parse tree.

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

from pglast import ast, enums

from pgstrata.hazards import Hazard, Severity
from pgstrata.sqlparse import LineIndex, ParsedStatement, comments, read_sql, split

JSON_SCHEMA_VERSION = 1
_IGNORE_MARK = "pgstrata:ignore"
_AT = enums.AlterTableType
_OBJ = enums.ObjectType
_CON = enums.ConstrType


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

    def is_new(self, relation: ast.RangeVar | None) -> bool:
        """True when ``relation`` is a table this same file creates (no data to protect yet)."""
        if relation is None or relation.relname is None:
            return False
        return self.is_new_table(relation.schemaname, relation.relname)

    def is_new_table(self, schema: str | None, name: str) -> bool:
        """Like :meth:`is_new`; an unqualified name matches the table in any schema."""
        return any(
            created == name and (schema is None or s is None or s == schema)
            for s, created in self.created_tables
        )


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
            lint_sql(read_sql(path), filename=str(path), server_version=server_version)
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


# -- AST helpers ---------------------------------------------------------------------


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


def _walk(node: object) -> Iterator[ast.Node]:
    """``node`` and every node below it, depth first."""
    if isinstance(node, ast.Node):
        yield node
        for name in node:
            yield from _walk(getattr(node, name, None))
    elif isinstance(node, tuple | list):
        for item in node:
            yield from _walk(item)


def _of(context: FileContext, kind: type[ast.Node]) -> Iterator[tuple[ParsedStatement, Any]]:
    for statement in context.statements:
        if isinstance(statement.node, kind):
            yield statement, statement.node


def _alter_cmds(
    context: FileContext, *subtypes: enums.AlterTableType
) -> Iterator[tuple[ParsedStatement, ast.AlterTableStmt, ast.AlterTableCmd]]:
    """ALTER TABLE commands of the given subtypes on tables not created in this file."""
    for statement, node in _of(context, ast.AlterTableStmt):
        if node.objtype != _OBJ.OBJECT_TABLE or context.is_new(node.relation):
            continue
        for cmd in node.cmds or ():
            if isinstance(cmd, ast.AlterTableCmd) and cmd.subtype in subtypes:
                yield statement, node, cmd


def _names(items: Iterable[ast.Node] | None) -> tuple[str, ...]:
    return tuple(i.sval or "" for i in items or () if isinstance(i, ast.String))


def _relname(relation: ast.RangeVar | None) -> str:
    if relation is None:
        return "?"
    return ".".join(p for p in (relation.schemaname, relation.relname) if p)


def _type_name(type_name: ast.TypeName | None) -> str:
    """The type's own name, without a pg_catalog prefix: ``int4``, ``timestamp``…"""
    names = _names(type_name.names if type_name is not None else None)
    return names[-1] if names and (len(names) == 1 or names[0] == "pg_catalog") else ""


def _function(node: object) -> str:
    """The unqualified name of a function call node, '' for any other node."""
    names = _names(node.funcname) if isinstance(node, ast.FuncCall) else ()
    return names[-1] if names else ""


def _location(node: object) -> int | None:
    location = getattr(node, "location", None)
    return location if isinstance(location, int) and location >= 0 else None


def _split_name(parts: tuple[str, ...]) -> tuple[str | None, str]:
    """(schema, name) of a possibly qualified name's parts."""
    return (parts[-2] if len(parts) > 1 else None), (parts[-1] if parts else "")


def _summary(statement: ParsedStatement) -> str:
    words = statement.text.split()
    return " ".join(words[:4]) + (" …" if len(words) > 4 else "")



# -- rules: data loss ----------------------------------------------------------------

_D, _RW, _BW, _BR = (
    Hazard.DELETES_DATA,
    Hazard.REWRITES_TABLE,
    Hazard.BLOCKS_WRITES,
    Hazard.BLOCKS_READS,
)


def _drops(context: FileContext, *kinds: enums.ObjectType) -> Iterator[tuple[ParsedStatement, str]]:
    for statement, node in _of(context, ast.DropStmt):
        if node.removeType not in kinds:
            continue
        for obj in node.objects or ():
            if isinstance(obj, ast.TypeName):
                yield statement, ".".join(_names(obj.names))
            elif isinstance(obj, ast.String):
                yield statement, obj.sval or ""
            else:
                yield statement, ".".join(_names(obj))


@rule(
    "drop_table", Severity.ERROR, (_D, Hazard.BREAKS_CLIENTS),
    why="DROP TABLE deletes every row; only a backup brings them back.",
    fix="Rename the table first and drop it in a later release once nothing uses it; take a backup.",
)
def _drop_table(context: FileContext) -> Iterator[Hit]:
    dropped: dict[ParsedStatement, list[str]] = {}
    for statement, name in _drops(context, _OBJ.OBJECT_TABLE):
        schema, _, table = name.rpartition(".")
        if not context.is_new_table(schema or None, table):
            dropped.setdefault(statement, []).append(name)
    for statement, names in dropped.items():
        yield Hit(statement, f"DROP TABLE {', '.join(names)} deletes the table(s) and every row")


@rule(
    "drop_column", Severity.ERROR, (_D, Hazard.BREAKS_CLIENTS),
    why="DROP COLUMN deletes the column's values, and queries that name it fail.",
    fix="Stop reading and writing the column in the application first; drop it in a later migration.",
)
def _drop_column(context: FileContext) -> Iterator[Hit]:
    for statement, node, cmd in _alter_cmds(context, _AT.AT_DropColumn):
        yield Hit(statement, f"column {cmd.name} of {_relname(node.relation)} is dropped with its data")


@rule(
    "drop_schema", Severity.ERROR, (_D, Hazard.BREAKS_CLIENTS),
    why="DROP SCHEMA (with CASCADE) deletes every table, view and function in it.",
    fix="Drop the objects one by one in reviewed migrations, or rename the schema and drop it later.",
)
def _drop_schema(context: FileContext) -> Iterator[Hit]:
    for statement, name in _drops(context, _OBJ.OBJECT_SCHEMA):
        yield Hit(statement, f"DROP SCHEMA {name} deletes everything in the schema")


@rule(
    "drop_type", Severity.WARNING, (_D, Hazard.BREAKS_CLIENTS),
    why="DROP TYPE/DOMAIN fails while columns use it, and with CASCADE drops those columns and their data.",
    fix="Move columns off the type first (in their own migration), then drop the unused type without CASCADE.",
)
def _drop_type(context: FileContext) -> Iterator[Hit]:
    for statement, name in _drops(context, _OBJ.OBJECT_TYPE, _OBJ.OBJECT_DOMAIN):
        yield Hit(statement, f"type {name} is dropped")


@rule(
    "truncate", Severity.ERROR, (_D, _BR, _BW),
    why="TRUNCATE removes every row at once under an ACCESS EXCLUSIVE lock.",
    fix="Delete the rows you mean with a WHERE clause, in batches, or keep data changes out of schema migrations.",
)
def _truncate(context: FileContext) -> Iterator[Hit]:
    for statement, node in _of(context, ast.TruncateStmt):
        names = [_relname(r) for r in node.relations or () if not context.is_new(r)]
        if names:
            yield Hit(statement, f"TRUNCATE removes every row of {', '.join(names)}")


@rule(
    "delete_without_where", Severity.ERROR, (_D,),
    why="DELETE without WHERE removes every row of the table.",
    fix="Add a WHERE clause naming the rows to delete; if the table really must be emptied, say so with pgstrata:ignore.",
)
def _delete_without_where(context: FileContext) -> Iterator[Hit]:
    for statement, node in _of(context, ast.DeleteStmt):
        if node.whereClause is None and not context.is_new(node.relation):
            yield Hit(statement, f"DELETE FROM {_relname(node.relation)} has no WHERE clause")


# -- rules: locks and rewrites -------------------------------------------------------


@rule(
    "column_type_change", Severity.WARNING, (_RW, _BR, _BW),
    why="ALTER COLUMN TYPE usually rewrites the table and its indexes under an ACCESS EXCLUSIVE lock "
    "(varchar(n) → text or a longer varchar(n) are the cheap exceptions).",
    fix="Add a new column, backfill it in batches, switch the application over, then drop the old column.",
)
def _column_type_change(context: FileContext) -> Iterator[Hit]:
    for statement, node, cmd in _alter_cmds(context, _AT.AT_AlterColumnType):
        type_name = getattr(cmd.def_, "typeName", None)
        yield Hit(
            statement,
            f"column {cmd.name} of {_relname(node.relation)} changes type",
            _location(type_name),
        )


@rule(
    "set_not_null", Severity.WARNING, (_BR, _BW),
    why="SET NOT NULL (or ADD CONSTRAINT … NOT NULL) scans the whole table under an ACCESS "
    "EXCLUSIVE lock.",
    fix="ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT; then SET NOT NULL "
    "(PostgreSQL 12+ skips the scan) and drop the check; on PostgreSQL 18, ADD CONSTRAINT … NOT "
    "NULL col NOT VALID then VALIDATE CONSTRAINT.",
)
def _set_not_null(context: FileContext) -> Iterator[Hit]:
    for statement, node, cmd in _alter_cmds(context, _AT.AT_SetNotNull):
        yield Hit(statement, f"SET NOT NULL on {cmd.name} of {_relname(node.relation)} scans the table")
    for statement, node, constraint in _added_constraints(context, _CON.CONSTR_NOTNULL):
        if not constraint.skip_validation:
            yield Hit(statement, f"NOT NULL constraint on {_relname(node.relation)} scans the table",
                      _location(constraint))


@rule(
    "index_without_concurrently", Severity.WARNING, (_BW,),
    why="CREATE INDEX without CONCURRENTLY blocks writes to the table until the index is built.",
    fix="CREATE INDEX CONCURRENTLY, alone in its own migration file.",
)
def _index_without_concurrently(context: FileContext) -> Iterator[Hit]:
    for statement, node in _of(context, ast.IndexStmt):
        if not node.concurrent and not context.is_new(node.relation):
            yield Hit(statement, f"index on {_relname(node.relation)} is built without CONCURRENTLY")


@rule(
    "concurrently_in_transaction", Severity.ERROR, (Hazard.NON_TRANSACTIONAL,),
    why="Each migration file runs in one transaction (pgstrata and the Supabase CLI alike), and "
    "statements such as CREATE INDEX CONCURRENTLY refuse to run inside a transaction block; "
    "with other statements around them the file either fails or loses its all-or-nothing guarantee.",
    fix="Put the statement alone in its own migration file; pgstrata runs such a file outside a transaction.",
)
def _concurrently_in_transaction(context: FileContext) -> Iterator[Hit]:
    others = len(context.statements) - 1
    if others < 1:
        return
    for statement in context.statements:
        if not statement.transactional:
            yield Hit(
                statement,
                f"{_summary(statement)} cannot run in a transaction block, "
                f"but the file has {others} other statement(s)",
            )


def _added_constraints(
    context: FileContext, *kinds: enums.ConstrType
) -> Iterator[tuple[ParsedStatement, ast.AlterTableStmt, ast.Constraint]]:
    for statement, node, cmd in _alter_cmds(context, _AT.AT_AddConstraint):
        if isinstance(cmd.def_, ast.Constraint) and cmd.def_.contype in kinds:
            yield statement, node, cmd.def_


@rule(
    "fk_without_not_valid", Severity.WARNING, (_BW,),
    why="Adding a FOREIGN KEY checks every existing row while writes to both tables are blocked.",
    fix="ADD CONSTRAINT … FOREIGN KEY … NOT VALID, then VALIDATE CONSTRAINT in a later statement or migration.",
)
def _fk_without_not_valid(context: FileContext) -> Iterator[Hit]:
    for statement, node, constraint in _added_constraints(context, _CON.CONSTR_FOREIGN):
        if not constraint.skip_validation:
            name = constraint.conname or "foreign key"
            yield Hit(statement, f"{name} on {_relname(node.relation)} is validated under lock",
                      _location(constraint))


@rule(
    "check_without_not_valid", Severity.WARNING, (_BR, _BW),
    why="Adding a CHECK constraint scans every row under an ACCESS EXCLUSIVE lock.",
    fix="ADD CONSTRAINT … CHECK (…) NOT VALID, then VALIDATE CONSTRAINT (which allows reads and writes).",
)
def _check_without_not_valid(context: FileContext) -> Iterator[Hit]:
    for statement, node, constraint in _added_constraints(context, _CON.CONSTR_CHECK):
        if not constraint.skip_validation:
            name = constraint.conname or "check constraint"
            yield Hit(statement, f"{name} on {_relname(node.relation)} is validated under lock",
                      _location(constraint))


@rule(
    "add_unique_constraint", Severity.WARNING, (_BR, _BW),
    why="ADD PRIMARY KEY / UNIQUE / EXCLUDE builds its index under an ACCESS EXCLUSIVE lock.",
    fix="CREATE UNIQUE INDEX CONCURRENTLY in its own migration, then ADD CONSTRAINT … USING INDEX.",
)
def _add_unique_constraint(context: FileContext) -> Iterator[Hit]:
    kinds = (_CON.CONSTR_PRIMARY, _CON.CONSTR_UNIQUE, _CON.CONSTR_EXCLUSION)
    for statement, node, constraint in _added_constraints(context, *kinds):
        if constraint.indexname is None:
            yield Hit(statement, f"constraint on {_relname(node.relation)} builds an index under lock",
                      _location(constraint))


_VOLATILE = frozenset(
    {
        "random", "random_normal", "gen_random_uuid", "gen_random_bytes", "uuid_generate_v1",
        "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7", "clock_timestamp",
        "timeofday", "nextval", "setseed",
    }
)
_SERIAL = frozenset({"serial", "serial2", "serial4", "serial8", "smallserial", "bigserial"})


def _rewriting_reason(column: ast.ColumnDef) -> str | None:
    if _type_name(column.typeName) in _SERIAL:
        return "a serial type fills it from a sequence"
    for constraint in column.constraints or ():
        if constraint.contype == _CON.CONSTR_IDENTITY:
            return "an identity column fills it from a sequence"
        if constraint.contype == _CON.CONSTR_GENERATED and constraint.generated_kind != "v":
            return "a stored generated column is computed for every row"
        if constraint.contype == _CON.CONSTR_DEFAULT:
            volatile = [n for n in map(_function, _walk(constraint.raw_expr)) if n in _VOLATILE]
            if volatile:
                return f"its default calls the volatile {volatile[0]}()"
    return None


@rule(
    "add_column_volatile_default", Severity.WARNING, (_RW, _BR, _BW),
    why="A new column whose value differs per row (volatile default, serial, identity, stored "
    "generated) makes PostgreSQL rewrite the table under an ACCESS EXCLUSIVE lock; constant and "
    "stable defaults such as now() do not (PostgreSQL 11+).",
    fix="Add the column without a default (or with a constant one), set the default afterwards, "
    "and backfill existing rows in batches.",
)
def _add_column_volatile_default(context: FileContext) -> Iterator[Hit]:
    for statement, node, cmd in _alter_cmds(context, _AT.AT_AddColumn):
        column = cmd.def_
        if not isinstance(column, ast.ColumnDef):
            continue
        reason = _rewriting_reason(column)
        if reason is not None:
            yield Hit(statement, f"adding {column.colname} to {_relname(node.relation)} rewrites "
                      f"the table: {reason}", _location(column))


# -- rules: clients and locks --------------------------------------------------------


@rule(
    "rename_column", Severity.WARNING, (Hazard.BREAKS_CLIENTS,),
    why="Running application code, views' callers and functions still use the old column name.",
    fix="Add the new column, write both, move readers over, then drop the old one; or deploy code "
    "that handles both names first.",
)
def _rename_column(context: FileContext) -> Iterator[Hit]:
    for statement, node in _of(context, ast.RenameStmt):
        if node.renameType == _OBJ.OBJECT_COLUMN and not context.is_new(node.relation):
            yield Hit(statement, f"column {node.subname} of {_relname(node.relation)} is renamed "
                      f"to {node.newname}")


@rule(
    "rename_table", Severity.WARNING, (Hazard.BREAKS_CLIENTS,),
    why="Running application code and functions still use the old table name.",
    fix="Rename, then create a view with the old name for old clients until they are gone.",
)
def _rename_table(context: FileContext) -> Iterator[Hit]:
    for statement, node in _of(context, ast.RenameStmt):
        if node.renameType == _OBJ.OBJECT_TABLE and not context.is_new(node.relation):
            yield Hit(statement, f"table {_relname(node.relation)} is renamed to {node.newname}")


def _locked_table(context: FileContext, node: ast.Node) -> bool:
    """True when ``node`` takes a lock that queues behind (and blocks) traffic on an existing table."""
    if isinstance(node, ast.IndexStmt) and node.concurrent:
        return False
    if isinstance(node, ast.DropStmt):
        tables = [n for n in node.objects or () if node.removeType == _OBJ.OBJECT_TABLE]
        return any(not context.is_new_table(*_split_name(_names(n))) for n in tables)
    if isinstance(node, ast.TruncateStmt):
        return any(not context.is_new(r) for r in node.relations or ())
    locking = (ast.AlterTableStmt, ast.IndexStmt, ast.RenameStmt, ast.CreateTrigStmt,
               ast.CreatePolicyStmt, ast.AlterPolicyStmt)
    if isinstance(node, locking):
        relation = getattr(node, "relation", None) or getattr(node, "table", None)
        return relation is not None and not context.is_new(relation)
    return False


def _sets_lock_timeout(node: ast.Node) -> bool:
    if isinstance(node, ast.VariableSetStmt):
        return node.name == "lock_timeout" and node.kind == enums.VariableSetKind.VAR_SET_VALUE
    calls = _walk(node) if isinstance(node, ast.SelectStmt) else iter(())
    return any(_function(c) == "set_config" and _first_text(c) == "lock_timeout" for c in calls)


def _first_text(call: object) -> str | None:
    """The first argument of a function call when it is a string literal."""
    args = call.args if isinstance(call, ast.FuncCall) else None
    first = args[0] if args else None
    value = getattr(getattr(first, "val", None), "sval", None)
    return value if isinstance(value, str) else None


@rule(
    "missing_lock_timeout", Severity.INFO, (_BR, _BW),
    why="A DDL lock waits behind long-running queries and, while it waits, blocks every query "
    "queued after it. pgstrata's runner sets lock_timeout itself; other tools (supabase db push, "
    "psql) do not.",
    fix="Start the file with SET lock_timeout = '5s' (and retry the migration if it times out).",
)
def _missing_lock_timeout(context: FileContext) -> Iterator[Hit]:
    for statement in context.statements:
        if _sets_lock_timeout(statement.node):
            return
        if _locked_table(context, statement.node):
            yield Hit(statement, f"{_summary(statement)} locks an existing table with no lock_timeout set")
            return


# -- rules: schema design ------------------------------------------------------------


def _column_defs(context: FileContext) -> Iterator[tuple[ParsedStatement, ast.ColumnDef]]:
    for statement in context.statements:
        if isinstance(statement.node, ast.CreateStmt | ast.AlterTableStmt):
            for node in _walk(statement.node):
                if isinstance(node, ast.ColumnDef) and node.typeName is not None:
                    yield statement, node


@rule(
    "timestamp_without_time_zone", Severity.WARNING, (),
    why="timestamp without time zone stores wall-clock time with no zone, so the same instant "
    "reads differently depending on the writer's TimeZone setting.",
    fix="Use timestamptz (timestamp with time zone).",
)
def _timestamp_without_time_zone(context: FileContext) -> Iterator[Hit]:
    for statement, column in _column_defs(context):
        if _type_name(column.typeName) == "timestamp":
            yield Hit(statement, f"column {column.colname or '?'} is timestamp without time zone",
                      _location(column.typeName))


@rule(
    "char_n", Severity.WARNING, (),
    why="character(n) pads values with spaces, compares them oddly and is no faster than text.",
    fix="Use text (with a CHECK on length if needed) or varchar(n).",
)
def _char_n(context: FileContext) -> Iterator[Hit]:
    for statement, column in _column_defs(context):
        if _type_name(column.typeName) == "bpchar":
            yield Hit(statement, f"column {column.colname or '?'} is character(n)",
                      _location(column.typeName))


_SMALL_INTEGERS = frozenset({"int2", "int4", "serial", "serial2", "serial4", "smallserial"})


def _primary_key_columns(node: ast.CreateStmt) -> set[str]:
    keys: set[str] = set()
    for element in node.tableElts or ():
        if isinstance(element, ast.Constraint) and element.contype == _CON.CONSTR_PRIMARY:
            keys.update(_names(element.keys))
        elif isinstance(element, ast.ColumnDef) and any(
            c.contype == _CON.CONSTR_PRIMARY for c in element.constraints or ()
        ):
            keys.add(element.colname or "")
    return keys


@rule(
    "integer_primary_key", Severity.WARNING, (),
    why="An integer (serial, int4) key runs out at 2,147,483,647 and widening it later rewrites "
    "the table and every referencing table.",
    fix="Use bigint (bigint generated always as identity) or uuid.",
)
def _integer_primary_key(context: FileContext) -> Iterator[Hit]:
    for statement, node in _of(context, ast.CreateStmt):
        keys = _primary_key_columns(node)
        for element in node.tableElts or ():
            if isinstance(element, ast.ColumnDef) and element.colname in keys and (
                _type_name(element.typeName) in _SMALL_INTEGERS
            ):
                yield Hit(statement, f"primary key column {element.colname} of "
                          f"{_relname(node.relation)} is a 32-bit integer", _location(element))


@rule(
    "transaction_control", Severity.WARNING, (Hazard.NON_TRANSACTIONAL,),
    why="The runner wraps each file in its own transaction together with its history row; a COMMIT "
    "inside the file ends that transaction early, so a later failure leaves the file half applied "
    "and unrecorded.",
    fix="Remove BEGIN/COMMIT from the file; it already runs as one transaction.",
)
def _transaction_control(context: FileContext) -> Iterator[Hit]:
    for statement in context.statements:
        if statement.is_transaction_control:
            yield Hit(statement, f"{_summary(statement)} controls the transaction inside a migration file")
