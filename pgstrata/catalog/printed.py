"""Server-printed expressions made to read back as the expressions they print.

``col IN ('a', 'b')`` on a ``varchar`` column is stored as ``col = ANY (ARRAY['a'::varchar,
'b'::varchar]::text[])``: an array of varchar converted to text[] as a whole.  PostgreSQL
prints it just so, but reading that text back converts each element instead — another
expression tree, printed ``ARRAY['a'::character varying::text, …]`` — so a CHECK, partial
index, policy or view written with such an IN list never came back the same (pg_dump of the
copy differed, and a comparison never converged).  Written as the IN list it was, it reads
back to the same tree: :func:`faithful` rewrites ``x::T = ANY (ARRAY[…]::T[])`` to
``x IN (…)`` and ``x::T <> ALL (ARRAY[…]::T[])`` to ``x NOT IN (…)``, by PostgreSQL's own
tokens (pglast's scanner), leaving everything else byte for byte.

Only where it is one: the left operand must be a column (or a domain's VALUE) whose type is
the elements' type, so that the cast was the one the IN list made, not one written
(``n::text = ANY (ARRAY['1', '2']::varchar[])`` on an integer ``n`` stays as it is).
``types`` gives the column types of the relation the text is about (``VALUE``: a domain's
base type), asked for only when such an array is found; without it nothing is rewritten.

:func:`nested` writes an AND first in an AND, or an OR first in an OR, so that it reads back
nested.  ``(a, b, c) IS DISTINCT FROM (1, 2, 3)`` is stored as ORs nested to the left,
``((a IS DISTINCT FROM 1) OR (b IS DISTINCT FROM 2)) OR (c IS DISTINCT FROM 3)``, and ``x
BETWEEN 1 AND 5 AND y > 0`` as ``((x >= 1) AND (x <= 5)) AND (y > 0)``, but the grammar
flattens an OR written first inside an OR (an AND inside an AND), so that text reads back as
one OR of three (pg_dump of the copy differed, and a trigger, CHECK, policy, index … was made
again on every run).  The catalog queries print such a tree with all its parentheses
(``read.NESTED_BOOL``) instead of pretty; then the nested ORs of ``IS DISTINCT FROM`` come
back to the row comparison, and any other inner group first in a group of its own operator is
cast ``::boolean`` (a cast to its own type: no node, but no longer an AND the grammar joins).
A group after the first operand, ``y > 0 AND x BETWEEN 1 AND 5``, is printed flat just the
same, but needs nothing more: the grammar joins only the group first in an AND to it, so in its
parentheses it reads back nested.

:func:`unnamed_columns_kept` names ``"?column?"`` the unnamed output columns of an SQL-standard
body (``BEGIN ATOMIC``).  Their names are invisible there, so PostgreSQL prints an output
column without ``AS`` when its stored name is ``?column?``, the name of what has none: ``SELECT
'pong'`` (an unknown literal) is printed ``SELECT 'pong'::text``.  Read back, that cast names
the column ``text``, which is printed ``SELECT 'pong'::text AS text`` (pg_dump of the copy
differed, and the routine was made again on every run).  ``AS "?column?"`` reads back as the
name it had, printed without it again.

:func:`requalified` writes a renamed schema's logical name where a printed text qualifies a
name with the physical one.  With one schema inspected its objects print unqualified, except
where PostgreSQL must qualify one to say which it is: a call among overloads that a default
argument makes ambiguous (``DEFAULT dev.role_of(NULL::uuid)``).  Read as ``test``, that is
``test.role_of``, as ``test``'s own copy prints it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

_OPERATORS = {("ASCII_61", "ANY"): " IN (", ("NOT_EQUALS", "ALL"): " NOT IN ("}


Types = Callable[[], Mapping[str, str]]


def faithful(sql: str | None, types: Types | None = None) -> str | None:
    """``sql`` with the IN lists PostgreSQL prints as converted arrays written as IN lists."""
    if sql is None or types is None or "ARRAY[" not in sql or ("]::" not in sql and "])::" not in sql):
        return sql  # (cheap: the scanner is loaded only for texts that may hold one)
    from pglast import parser

    try:
        tokens = parser.scan(sql)  # (offsets count characters)
    except parser.ParseError:
        return sql
    known: Mapping[str, str] | None = None
    for at in reversed(range(len(tokens))):  # from the end: earlier offsets stay valid
        found = _in_list(tokens, at, sql)
        if found is not None:
            known = types() if known is None else known
            if not _same_type(tokens, found, sql, known):
                continue
            (cut_from, cut_to), (elements_from, elements_to), keyword, _, _ = found
            sql = sql[:cut_from] + keyword + sql[elements_from:elements_to] + ")" + sql[cut_to:]
    return sql


_TYPMOD = re.compile(r"\(.*\)$")


def _same_type(tokens: list[Any], found: _Found, sql: str, types: Mapping[str, str]) -> bool:
    """Whether the left operand is a column, or VALUE, of the elements' type: the cast of
    both was made by the IN list (``x::text`` prints the same written or made)."""
    _, _, _, cast_at, elements = found
    operand = _operand(tokens, cast_at)
    names = [t.name for t in operand]
    if names == ["VALUE_P"]:
        column = "VALUE"
    elif len(names) == 1 or (len(names) == 3 and names[1] == "ASCII_46"):  # col, new.col, t.col
        column = _unquote(sql[operand[-1].start:operand[-1].end + 1])
    else:
        return False
    found_type = types.get(column)
    element = _element_type(tokens, elements, sql)
    return found_type is not None and element is not None and _TYPMOD.sub("", found_type) == element


def _element_type(tokens: list[Any], elements: tuple[int, int], sql: str) -> str | None:
    """The type the first element is cast to (``'a,b'::character varying`` → ``character
    varying``), read from its tokens up to the first comma outside parentheses."""
    first, close = elements
    depth, cast = 0, None
    for i in range(first, close):
        name = tokens[i].name
        if name == "ASCII_40":
            depth += 1
        elif name == "ASCII_41":
            depth -= 1
        elif depth == 0 and name == "ASCII_44":
            close = i
            break
        elif depth == 0 and name == "TYPECAST" and cast is None:
            cast = i
    if cast is None or cast + 1 >= close:
        return None
    return _text(tokens, cast + 1, close - 1, sql)


def _operand(tokens: list[Any], cast_at: int) -> list[Any]:
    """The tokens of the operand the cast at ``cast_at`` applies to, without the parentheses
    pg_dump puts around a column ("(col)::text"): a name, or two joined by a dot."""
    last = cast_at - 1
    if last >= 2 and tokens[last].name == "ASCII_41" and tokens[last - 2].name == "ASCII_40":
        return tokens[last - 1:last]
    if last >= 4 and tokens[last].name == "ASCII_41" and tokens[last - 4].name == "ASCII_40":
        return tokens[last - 3:last]
    if last >= 2 and tokens[last - 1].name == "ASCII_46":
        return tokens[last - 2:last + 1]
    return tokens[last:last + 1] if last >= 0 else []


def _unquote(name: str) -> str:
    return name[1:-1].replace('""', '"') if name.startswith('"') else name


# (cut span, elements span, keyword, the left cast's token, the elements' tokens [first, close))
_Found = tuple[tuple[int, int], tuple[int, int], str, int, tuple[int, int]]


def _in_list(tokens: list[Any], at: int, sql: str) -> _Found | None:
    """The spans of one ``x::T = ANY (ARRAY[…]::T[])`` whose operator is ``tokens[at]`` (the
    array maybe in parentheses, as pg_dump prints it): what to cut (from the cast of ``x`` to
    the end of the ANY), the elements, and the keyword that replaces them."""
    names = [t.name for t in tokens[at:at + 6]]
    keyword = _OPERATORS.get((names[0], names[1])) if len(names) == 6 else None
    if keyword is None or names[2] != "ASCII_40":
        return None
    wrapped = names[3] == "ASCII_40"
    opening = at + 4 if wrapped else at + 3
    if [t.name for t in tokens[opening:opening + 2]] != ["ARRAY", "ASCII_91"]:
        return None
    close = _matching(tokens, opening + 1)
    if close is None or any(t.name in ("ARRAY", "ASCII_91") for t in tokens[opening + 2:close]):
        return None  # (scalars only: an IN list holds no arrays)
    cast = close + (2 if wrapped else 1)
    if cast >= len(tokens) or tokens[cast].name != "TYPECAST" or (wrapped and tokens[close + 1].name != "ASCII_41"):
        return None
    end = cast + 1  # the array's type: the tokens up to "[ ]", then the ANY's ")"
    while end < len(tokens) and tokens[end].name != "ASCII_91":
        end += 1
    if end + 2 >= len(tokens) or (tokens[end + 1].name, tokens[end + 2].name) != ("ASCII_93", "ASCII_41"):
        return None
    array_type = _text(tokens, cast + 1, end - 1, sql)
    # the left operand ends with a cast to the same type, made when the IN list was read
    first = at - (end - cast - 1)
    if first < 1 or tokens[first - 1].name != "TYPECAST" or _text(tokens, first, at - 1, sql) != array_type:
        return None
    return ((tokens[first - 1].start, tokens[end + 2].end + 1),
            (tokens[opening + 2].start, tokens[close].start), keyword, first - 1, (opening + 2, close))


def _matching(tokens: list[Any], opening: int) -> int | None:
    """The index of the ``]`` that closes the ``[`` at ``opening``."""
    depth = 0
    for i in range(opening, len(tokens)):
        if tokens[i].name == "ASCII_91":
            depth += 1
        elif tokens[i].name == "ASCII_93":
            depth -= 1
            if depth == 0:
                return i
    return None


def _text(tokens: list[Any], first: int, last: int, sql: str) -> str:
    return sql[tokens[first].start:tokens[last].end + 1]


def requalified(sql: str | None, schemas: Mapping[str, str]) -> str | None:
    """``sql`` with ``physical.name`` written ``logical.name`` for each quoted physical schema →
    quoted logical one in ``schemas``, by the lexer's tokens (never inside a string or a
    dollar-quoted body)."""
    if sql is None or not any(physical + "." in sql for physical in schemas):
        return sql  # (cheap: the scanner is loaded only for texts that name one)
    from pgstrata.sqlparse import swap_qualifiers

    return swap_qualifiers(sql, lambda qualifier, _name: schemas.get(qualifier))


# Tokens that end an output column at its own depth (and a ``)``/``END`` that closes an
# enclosing group): the next clause, the end of the statement, or a set operation.
_COLUMNS_END = frozenset({"FROM", "INTO", "WHERE", "GROUP_P", "HAVING", "WINDOW", "ORDER", "LIMIT", "OFFSET",
                          "FETCH", "FOR", "UNION", "INTERSECT", "EXCEPT", "ASCII_59"})
_OPENING = frozenset({"ASCII_40", "ASCII_91", "CASE"})
_CLOSING = frozenset({"ASCII_41", "ASCII_93", "END_P"})
# what a bare column reference is made of (``t.x``, ``t.*``, ``"?column?"``)
_REFERENCE = frozenset({"IDENT", "ASCII_46", "ASCII_42"})
_NAME_KEYWORDS = frozenset({"UNRESERVED_KEYWORD", "COL_NAME_KEYWORD", "TYPE_FUNC_NAME_KEYWORD"})


def unnamed_columns_kept(sql: str) -> str:
    """A routine's definition with the output columns of its SQL-standard body that PostgreSQL
    printed without a name written ``AS "?column?"``, so that they read back unnamed."""
    if "BEGIN ATOMIC" not in sql:
        return sql  # (cheap: the scanner is loaded only for SQL-standard bodies)
    from pglast import parser

    try:
        tokens = parser.scan(sql)
    except parser.ParseError:
        return sql
    body = next((i for i in range(len(tokens) - 1)
                 if tokens[i].name == "BEGIN_P" and tokens[i + 1].name == "ATOMIC"), None)
    if body is None:
        return sql
    cuts = [end for at in range(body, len(tokens)) if tokens[at].name in ("SELECT", "RETURNING")
            for end in _unnamed_columns(tokens, at + 1)]
    for cut in sorted(cuts, reverse=True):  # from the end: earlier offsets stay valid
        sql = sql[:cut] + ' AS "?column?"' + sql[cut:]
    return sql


def _unnamed_columns(tokens: list[Any], first: int) -> list[int]:
    """Where ``AS "?column?"`` goes after each output column from ``tokens[first]`` on that is
    an expression printed without a name (not a bare column reference)."""
    at = first
    if at < len(tokens) and tokens[at].name in ("DISTINCT", "ALL"):
        at += 1
        if at < len(tokens) and tokens[at].name == "ON":  # DISTINCT ON (…)
            depth = 0
            while at < len(tokens):
                depth += (tokens[at].name in _OPENING) - (tokens[at].name in _CLOSING)
                at += 1
                if depth == 0 and tokens[at - 1].name == "ASCII_41":
                    break
    out: list[int] = []
    column: list[Any] = []
    depth = 0
    while at < len(tokens):
        token = tokens[at]
        if depth == 0 and (token.name in _COLUMNS_END or token.name == "ASCII_44" or token.name in _CLOSING):
            if column and not any(t.name == "AS" for t in column) and not all(
                    t.name in _REFERENCE or t.kind in _NAME_KEYWORDS for t in column):
                out.append(column[-1].end + 1)
            if token.name != "ASCII_44":
                break
            column = []
        else:
            depth += (token.name in _OPENING) - (token.name in _CLOSING)
            column.append(token)
        at += 1
    return out


def nested(sql: str | None) -> str | None:
    """``sql`` (printed with all parentheses) written so that it reads back as the tree it was
    printed from: row comparisons as such, other inner ANDs (ORs) first in an AND (OR) cast."""
    return _first_kept(_rows_compared(sql))


def _first_kept(sql: str | None) -> str | None:
    """``sql`` with each group first in a group joined by the same AND or OR cast ``::boolean``."""
    if sql is None or (") AND (" not in sql and ") OR (" not in sql):
        return sql
    from pglast import parser

    try:
        tokens = parser.scan(sql)
    except parser.ParseError:
        return sql
    closing = _closing_parentheses(tokens)
    cuts = []
    for at in closing:
        first, op = at + 1, _joined_by(tokens, at, closing)
        if op is not None and first in closing and _joined_by(tokens, first, closing) == op \
                and tokens[closing[first] + 1].name == op:  # (joined to the next by op)
            cuts.append(tokens[closing[first]].end + 1)
    for cut in sorted(cuts, reverse=True):  # from the end: earlier offsets stay valid
        sql = sql[:cut] + "::boolean" + sql[cut:]
    return sql


def _joined_by(tokens: list[Any], at: int, closing: dict[int, int]) -> str | None:
    """``AND`` or ``OR`` when the group at ``at`` is operands joined by that one keyword."""
    names = {tokens[i].name for i in _top_level(tokens, at + 1, closing[at] - 1, closing)}
    ops = names & {"AND", "OR"}
    return ops.pop() if len(ops) == 1 and "BETWEEN" not in names else None  # (its AND is no join)


def _rows_compared(sql: str | None) -> str | None:
    """``sql`` with each OR of ``IS DISTINCT FROM`` nested to the left, as PostgreSQL prints
    a row comparison with all parentheses, written as that row comparison."""
    if sql is None or ") OR (" not in sql or " IS DISTINCT FROM " not in sql:
        return sql  # (cheap: the scanner is loaded only for texts that may hold one)
    from pglast import parser

    try:
        tokens = parser.scan(sql)
    except parser.ParseError:
        return sql
    closing = _closing_parentheses(tokens)
    parts, done, at = [], 0, 0
    while at < len(tokens):
        pairs = _distinct_chain(tokens, at, closing, sql)
        if pairs is not None and (len(pairs) > 2 or _left_of_or(tokens, at, closing)):
            left, right = ", ".join(p[0] for p in pairs), ", ".join(p[1] for p in pairs)
            parts += [sql[done:tokens[at].start], f"(({left}) IS DISTINCT FROM ({right}))"]
            done, at = tokens[closing[at]].end + 1, closing[at] + 1
        else:
            at += 1
    return "".join(parts) + sql[done:] if parts else sql


def _left_of_or(tokens: list[Any], at: int, closing: dict[int, int]) -> bool:
    """Whether the parenthesised expression at ``at`` is the first one of an OR (alone, two
    comparisons read back as the one OR they were)."""
    after = closing[at] + 1
    return at > 0 and tokens[at - 1].name == "ASCII_40" and after < len(tokens) and tokens[after].name == "OR"


def _closing_parentheses(tokens: list[Any]) -> dict[int, int]:
    """Index of each ``(`` → index of the ``)`` that closes it."""
    out, opened = {}, []
    for i, token in enumerate(tokens):
        if token.name == "ASCII_40":
            opened.append(i)
        elif token.name == "ASCII_41" and opened:
            out[opened.pop()] = i
    return out


def _top_level(tokens: list[Any], first: int, last: int, closing: dict[int, int]) -> list[int]:
    """Indexes of the tokens from ``first`` to ``last`` outside any parentheses among them."""
    out, i = [], first
    while i <= last:
        out.append(i)
        i = closing.get(i, i) + 1 if tokens[i].name == "ASCII_40" else i + 1
    return out


def _distinct_chain(tokens: list[Any], at: int, closing: dict[int, int], sql: str) -> list[tuple[str, str]] | None:
    """The (left, right) operands of the ``IS DISTINCT FROM`` comparisons of ``( P OR Q )`` at
    ``at``, where P is one comparison or such a chain and Q one comparison; else None."""
    if tokens[at].name != "ASCII_40" or at not in closing:
        return None
    end = closing[at]
    ors = [i for i in _top_level(tokens, at + 1, end - 1, closing) if tokens[i].name == "OR"]
    if len(ors) != 1 or tokens[at + 1].name != "ASCII_40" or tokens[ors[0] + 1].name != "ASCII_40":
        return None
    first, second = at + 1, ors[0] + 1
    if closing.get(first) != ors[0] - 1 or closing.get(second) != end - 1:
        return None  # (each side one parenthesised expression)
    last = _distinct_pair(tokens, second, closing, sql)
    head = _distinct_chain(tokens, first, closing, sql)
    if head is None:
        pair = _distinct_pair(tokens, first, closing, sql)
        head = [pair] if pair is not None else None
    return head + [last] if head is not None and last is not None else None


def _distinct_pair(tokens: list[Any], at: int, closing: dict[int, int], sql: str) -> tuple[str, str] | None:
    """The operands of ``(x IS DISTINCT FROM y)`` at ``at``, else None."""
    end = closing[at]
    top = _top_level(tokens, at + 1, end - 1, closing)
    names = [tokens[i].name for i in top]
    found = [k for k in range(len(names) - 2) if names[k:k + 3] == ["IS", "DISTINCT", "FROM"]]
    if len(found) != 1 or found[0] == 0 or found[0] + 3 >= len(top):
        return None
    k = found[0]
    return _text(tokens, at + 1, top[k] - 1, sql), _text(tokens, top[k + 3], end - 1, sql)
