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
"""

from __future__ import annotations

from typing import Any

_OPERATORS = {("ASCII_61", "ANY"): " IN (", ("NOT_EQUALS", "ALL"): " NOT IN ("}


def faithful(sql: str | None) -> str | None:
    """``sql`` with the IN lists PostgreSQL prints as converted arrays written as IN lists."""
    if sql is None or "ARRAY[" not in sql or ("]::" not in sql and "])::" not in sql):
        return sql  # (cheap: the scanner is loaded only for texts that may hold one)
    from pglast import parser

    try:
        tokens = parser.scan(sql)  # (offsets count characters)
    except parser.ParseError:
        return sql
    for at in reversed(range(len(tokens))):  # from the end: earlier offsets stay valid
        found = _in_list(tokens, at, sql)
        if found is not None:
            (cut_from, cut_to), (elements_from, elements_to), keyword = found
            sql = sql[:cut_from] + keyword + sql[elements_from:elements_to] + ")" + sql[cut_to:]
    return sql


def _in_list(tokens: list[Any], at: int, sql: str) -> tuple[tuple[int, int], tuple[int, int], str] | None:
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
            (tokens[opening + 2].start, tokens[close].start), keyword)


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
