"""SQL text → statements, with PostgreSQL's own parser (pglast / libpg_query).

Nothing here uses regular expressions on SQL: statements are found by the
parser, comments and tokens by PostgreSQL's lexer.  pglast reports every
location (statement starts, node locations, scanner tokens, parse errors) as a
*character* offset into the Python string — it converts libpg_query's UTF-8
byte offsets itself — so offsets index ``sql`` directly; a test guards this.
:func:`read_sql` is the one way a SQL file is read (UTF-8, BOM tolerated).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pglast import ast, enums, parser

from pgstrata.errors import InputError

_COMMENT_TOKENS = frozenset({"SQL_COMMENT", "C_COMMENT"})
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True, slots=True)
class ParsedStatement:
    """One top-level statement of a SQL file, as PostgreSQL's parser sees it."""

    text: str  # exact source text, no leading/trailing comments, no trailing semicolon
    line: int  # 1-based line of the file where the statement starts
    offset: int  # character offset of the statement's first token in the file
    kind: str  # pglast node class name, e.g. "CreateStmt"
    transactional: bool  # False when it cannot run inside a transaction block
    is_transaction_control: bool  # BEGIN / COMMIT / ROLLBACK / PREPARE TRANSACTION …
    node: ast.Node = field(compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Comment:
    """A ``--`` or ``/* */`` comment found by PostgreSQL's lexer."""

    line: int
    end_line: int
    offset: int
    text: str
    alone: bool  # nothing but whitespace shares its lines


class LineIndex:
    """Character offset → 1-based (line, column) for one text."""

    __slots__ = ("_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        pos = text.find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of ``offset`` (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        index = bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1

    def line(self, offset: int) -> int:
        return self.position(offset)[0]

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` without its newline ('' past the end)."""
        if line < 1 or line > len(self._starts):
            return ""
        start = self._starts[line - 1]
        end = self._starts[line] - 1 if line < len(self._starts) else len(self.text)
        return self.text[start:end]


def split(
    sql: str, *, filename: str | None = None, server_version: int | None = None
) -> list[ParsedStatement]:
    """The statements of ``sql`` in order; InputError names file:line on a parse error.

    ``server_version`` (``server_version_num``, e.g. 150004) only matters for
    statements whose transactional nature changed across releases; None means
    the newest behaviour.
    """
    raw = _parse(sql, filename)
    if not raw:
        return []
    index = LineIndex(sql)
    code_ends = _code_token_bounds(sql)
    statements = []
    for stmt in raw:
        start = stmt.stmt_location or 0
        end = start + stmt.stmt_len if stmt.stmt_len else len(sql)
        end = _trim_end(code_ends, start, end)
        node = stmt.stmt
        if node is None:
            continue
        statements.append(
            ParsedStatement(
                text=sql[start:end],
                line=index.line(start),
                offset=start,
                kind=type(node).__name__,
                transactional=is_transactional(node, server_version=server_version),
                is_transaction_control=is_transaction_control(node),
                node=node,
            )
        )
    return statements


def checksum(statements: Iterable[ParsedStatement]) -> str:
    """sha256 (hex) of the statements' token streams.

    Whitespace, comments and the case of keywords and unquoted identifiers do
    not count; any other change — a literal, a quoted or unquoted name, an
    operator, a statement added or removed — gives another checksum.  Built on
    PostgreSQL's lexer rather than pglast's deparser so that upgrading pglast
    can never change the checksum of an applied migration.
    """
    digest = hashlib.sha256()
    for statement in statements:
        for token in normalized_tokens(statement.text):
            data = token.encode("utf-8")
            digest.update(b"T" + len(data).to_bytes(8, "big") + data)
        digest.update(b"S")
    return digest.hexdigest()


def normalized_tokens(sql: str) -> Iterator[str]:
    """The lexer tokens of ``sql`` without comments, case-folded as PostgreSQL folds them."""
    for token in parser.scan(sql):
        if token.name in _COMMENT_TOKENS:
            continue
        text = sql[token.start : token.end + 1]
        if token.kind != "NO_KEYWORD" or (token.name == "IDENT" and not text.startswith('"')):
            text = text.translate(_ASCII_LOWER)
        yield text


def comments(sql: str) -> list[Comment]:
    """Every comment of ``sql`` in order (the lexer's view: never inside a string)."""
    index = LineIndex(sql)
    found = []
    for token in parser.scan(sql):
        if token.name not in _COMMENT_TOKENS:
            continue
        line, column = index.position(token.start)
        end_line, end_column = index.position(token.end)
        before = index.line_text(line)[: column - 1]
        after = index.line_text(end_line)[end_column:]
        found.append(
            Comment(
                line=line,
                end_line=end_line,
                offset=token.start,
                text=sql[token.start : token.end + 1],
                alone=not before.strip() and not after.strip(),
            )
        )
    return found


def definition_option_names(options: str) -> list[str]:
    """The option names of a definition list as PostgreSQL prints it for a text search
    dictionary (``language = 'english', "StopWords" = 'english'``), as the parser folds them."""
    if not options.strip():
        return []
    stmt = parser.parse_sql(f"CREATE TEXT SEARCH DICTIONARY x ({options})")[0].stmt
    return [d.defname for d in stmt.definition or ()]


def _function_parameters(arguments: str) -> list[Any] | None:
    """The parameter nodes of a function's arguments as PostgreSQL prints them; None when
    they do not parse."""
    try:
        stmt = parser.parse_sql(f"CREATE FUNCTION f({arguments}) RETURNS void LANGUAGE sql AS ''")[0].stmt
    except parser.ParseError:
        return None
    return list(stmt.parameters or ())


def parameter_types(identity_arguments: str) -> tuple[tuple[str, str], ...] | None:
    """(mode, type) of each parameter of a function's identity arguments as PostgreSQL prints
    them (``n integer, OUT total bigint``), without the parameter names; None when they do not
    parse.  Two functions with the same are one function to PostgreSQL."""
    from pglast.stream import RawStream

    if (parameters := _function_parameters(identity_arguments)) is None:
        return None
    modes = {enums.FunctionParameterMode.FUNC_PARAM_DEFAULT: enums.FunctionParameterMode.FUNC_PARAM_IN}
    return tuple((str(modes.get(p.mode, p.mode)), RawStream()(p.argType)) for p in parameters)


@cache  # (an app's overloads share their argument lists; the answer is immutable)
def input_parameters(arguments: str) -> tuple[tuple[str, bool], ...] | None:
    """(type, has a default) of each input parameter (IN, INOUT, VARIADIC) of a function's
    arguments as PostgreSQL prints them (``t_id uuid, OUT n bigint, r text DEFAULT NULL::text``),
    in order; None when they do not parse."""
    from pglast.stream import RawStream

    if (parameters := _function_parameters(arguments)) is None:
        return None
    out_modes = (enums.FunctionParameterMode.FUNC_PARAM_OUT, enums.FunctionParameterMode.FUNC_PARAM_TABLE)
    return tuple((RawStream()(p.argType), p.defexpr is not None) for p in parameters if p.mode not in out_modes)


def with_variable(sql: str, variable: str, value: str) -> str:
    """``sql`` with the psql variable ``variable`` given ``value``, as ``psql -v`` would:
    ``:"variable"`` becomes the quoted identifier, ``:'variable'`` the string literal, and
    only where the lexer sees code (never inside a string, a dollar-quoted body or a comment).
    Template migrations (``:"target_schema"``) are read through this before they are parsed."""
    if ":" + '"' + variable not in sql and ":'" + variable not in sql:
        return sql
    from pgstrata.quoting import ident, literal

    spelled = {'"' + variable + '"': ident(value), "'" + variable + "'": literal(value)}
    out: list[str] = []
    done = 0
    colon = None
    for token in parser.scan(sql):
        text = sql[token.start : token.end + 1]
        if colon is not None and token.start == colon + 1 and text in spelled:
            out += [sql[done:colon], spelled[text]]
            done = token.end + 1
        colon = token.start if text == ":" else None
    return "".join(out) + sql[done:]


def swap_qualifiers(sql: str, swap: Callable[[str, str], str | None]) -> str:
    """``sql`` with the qualifier of each ``qualifier.name`` (three tokens with nothing between
    them, never inside a string, a dollar-quoted body or a comment) replaced by what
    ``swap(qualifier, name)`` gives, both as written; None leaves it.  ``sql`` itself where the
    lexer cannot read it.  The one scanner for schema renames (catalog.printed.requalified) and
    extension moves (diff.relocation)."""
    try:
        tokens = parser.scan(sql)
    except parser.ParseError:
        return sql
    parts: list[str] = []
    done = 0
    for first, dot, member in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if dot.start != first.end + 1 or member.start != dot.end + 1 or sql[dot.start : dot.end + 1] != ".":
            continue
        new = swap(sql[first.start : first.end + 1], sql[member.start : member.end + 1])
        if new is not None:
            parts += [sql[done : first.start], new]
            done = first.end + 1
    return "".join(parts) + sql[done:] if parts else sql


def read_sql(path: Path) -> str:
    """The text of a SQL file (UTF-8, a BOM tolerated); InputError names the file."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror})") from exc


# -- parsing helpers -----------------------------------------------------------------


def _parse(sql: str, filename: str | None) -> tuple[ast.RawStmt, ...]:
    try:
        return parser.parse_sql(sql)
    except parser.ParseError as exc:
        message, location = _error_parts(exc)
        raise _input_error(sql, filename, location, message) from exc


def _error_parts(exc: parser.ParseError) -> tuple[str, int]:
    args = exc.args
    message = str(args[0]) if args else str(exc)
    location = args[1] if len(args) > 1 and isinstance(args[1], int) else 0
    return message, location


def _input_error(sql: str, filename: str | None, location: int, message: str) -> InputError:
    line, column = LineIndex(sql).position(location)
    where = f"{filename}:{line}:{column}" if filename else f"line {line}, column {column}"
    if sql[location : location + 1] == "\\":
        command = sql[location:].split(None, 1)[0] if sql[location:].strip() else "\\"
        return InputError(
            f"{where}: psql meta-command {command} is not SQL",
            hint="migrations are sent to the server, not run through psql; remove the line",
        )
    return InputError(f"{where}: {message}")


def _code_token_bounds(sql: str) -> tuple[list[int], list[int]]:
    """Starts and exclusive ends of the non-comment tokens of ``sql``."""
    starts: list[int] = []
    ends: list[int] = []
    for token in parser.scan(sql):
        if token.name not in _COMMENT_TOKENS:
            starts.append(token.start)
            ends.append(token.end + 1)
    return starts, ends


def _trim_end(bounds: tuple[list[int], list[int]], start: int, end: int) -> int:
    """End of the last code token in [start, end): drops trailing comments and blanks."""
    starts, ends = bounds
    index = bisect_right(starts, end - 1) - 1
    if index < 0 or starts[index] < start:
        return end
    return min(ends[index], end)


# -- classification ------------------------------------------------------------------

_CONTROL_KINDS = frozenset(
    {
        enums.TransactionStmtKind.TRANS_STMT_BEGIN,
        enums.TransactionStmtKind.TRANS_STMT_START,
        enums.TransactionStmtKind.TRANS_STMT_COMMIT,
        enums.TransactionStmtKind.TRANS_STMT_ROLLBACK,
        enums.TransactionStmtKind.TRANS_STMT_PREPARE,
        enums.TransactionStmtKind.TRANS_STMT_COMMIT_PREPARED,
        enums.TransactionStmtKind.TRANS_STMT_ROLLBACK_PREPARED,
    }
)


def is_transaction_control(node: ast.Node) -> bool:
    """True for statements that begin or end a transaction (savepoints are not)."""
    return isinstance(node, ast.TransactionStmt) and node.kind in _CONTROL_KINDS


def is_transactional(node: ast.Node, *, server_version: int | None = None) -> bool:
    """False when PostgreSQL refuses to run ``node`` inside a transaction block."""
    check = _NON_TRANSACTIONAL.get(type(node))
    return check is None or not check(node, server_version)


def _option_is_false(options: Iterable[ast.Node] | None, name: str) -> bool:
    for option in options or ():
        if isinstance(option, ast.DefElem) and option.defname == name:
            arg = option.arg
            if isinstance(arg, ast.Boolean):
                return not arg.boolval
            if isinstance(arg, ast.Integer):
                return arg.ival == 0
            if isinstance(arg, ast.String):
                return (arg.sval or "").lower() in {"false", "off", "no", "0"}
    return False


def _has_option(options: Iterable[ast.Node] | None, name: str) -> bool:
    return any(isinstance(o, ast.DefElem) and o.defname == name for o in options or ())


def _reindex(node: ast.ReindexStmt, _: int | None) -> bool:
    whole = node.kind in {
        enums.ReindexObjectType.REINDEX_OBJECT_SCHEMA,
        enums.ReindexObjectType.REINDEX_OBJECT_SYSTEM,
        enums.ReindexObjectType.REINDEX_OBJECT_DATABASE,
    }
    return whole or _has_option(node.params, "concurrently")


def _alter_enum(node: ast.AlterEnumStmt, version: int | None) -> bool:
    adds_value = node.newVal is not None and node.oldVal is None
    return adds_value and version is not None and version < 120000


def _alter_table(node: ast.AlterTableStmt, _: int | None) -> bool:
    return any(
        isinstance(cmd, ast.AlterTableCmd)
        and isinstance(cmd.def_, ast.PartitionCmd)
        and cmd.subtype == enums.AlterTableType.AT_DetachPartition
        and bool(cmd.def_.concurrent)
        for cmd in node.cmds or ()
    )


def _alter_subscription(node: ast.AlterSubscriptionStmt, _: int | None) -> bool:
    kinds = enums.AlterSubscriptionType
    if node.kind == kinds.ALTER_SUBSCRIPTION_REFRESH:
        return True
    publication = {
        kinds.ALTER_SUBSCRIPTION_SET_PUBLICATION,
        kinds.ALTER_SUBSCRIPTION_ADD_PUBLICATION,
        kinds.ALTER_SUBSCRIPTION_DROP_PUBLICATION,
    }
    return node.kind in publication and not _option_is_false(node.options, "refresh")


def _create_subscription(node: ast.CreateSubscriptionStmt, _: int | None) -> bool:
    options = node.options
    return not (_option_is_false(options, "create_slot") or _option_is_false(options, "connect"))


def _always(_node: ast.Node, _version: int | None) -> bool:
    return True


_PREPARED = frozenset(
    {
        enums.TransactionStmtKind.TRANS_STMT_COMMIT_PREPARED,
        enums.TransactionStmtKind.TRANS_STMT_ROLLBACK_PREPARED,
    }
)
_Check = Callable[[Any, int | None], bool]
_NON_TRANSACTIONAL: dict[type[ast.Node], _Check] = {
    ast.IndexStmt: lambda n, _: bool(n.concurrent),
    ast.DropStmt: lambda n, _: bool(n.concurrent),
    ast.ReindexStmt: _reindex,
    ast.VacuumStmt: lambda n, _: bool(n.is_vacuumcmd),
    ast.ClusterStmt: lambda n, _: n.relation is None,
    ast.CreatedbStmt: _always,
    ast.DropdbStmt: _always,
    ast.AlterDatabaseStmt: lambda n, _: _has_option(n.options, "tablespace"),
    ast.AlterSystemStmt: _always,
    ast.CreateTableSpaceStmt: _always,
    ast.DropTableSpaceStmt: _always,
    ast.AlterEnumStmt: _alter_enum,
    ast.AlterTableStmt: _alter_table,
    ast.DiscardStmt: lambda n, _: n.target == enums.DiscardMode.DISCARD_ALL,
    ast.CreateSubscriptionStmt: _create_subscription,
    ast.AlterSubscriptionStmt: _alter_subscription,
    ast.DropSubscriptionStmt: _always,  # only with a slot, which the text cannot tell
    ast.TransactionStmt: lambda n, _: n.kind in _PREPARED,
}
