"""Canonical forms of server-printed SQL, so that equal definitions compare equal across
PostgreSQL versions.

``pg_get_viewdef`` of PostgreSQL 15 qualifies every column of a one-relation query
(``SELECT accounts.id FROM accounts``) while 16+ does not (``SELECT id FROM
accounts``).  :func:`query_key` parses a definition with PostgreSQL's own parser
(pglast), drops column qualifiers that name the only relation of their SELECT,
and deparses: two texts with the same key are the same query.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pglast import ast, parse_sql
from pglast.stream import RawStream


@lru_cache(maxsize=4096)
def query_key(sql: str) -> str:
    """A canonical text for a query definition; the input itself when it does not parse."""
    try:
        stmts = parse_sql(sql)
    except Exception:  # noqa: BLE001 - pglast raises several types; unparsable means "as is"
        return sql.strip()
    out = []
    for raw in stmts:
        node = raw.stmt
        _strip_single_relation_qualifiers(node)
        out.append(RawStream()(node))
    return ";".join(out)


@lru_cache(maxsize=1024)
def reads_relation(sql: str, schema: str, name: str) -> bool:
    """Whether the query ``sql`` reads the relation ``schema.name``: written qualified, as
    ``pg_get_viewdef`` prints a relation with several schemas inspected, or unqualified, as it
    prints one of the one schema inspected (whose name the model may have mapped: --as-schema);
    False when it does not parse."""
    try:
        stmts = parse_sql(sql)
    except Exception:  # noqa: BLE001 - as in query_key
        return False
    todo: list[Any] = [raw.stmt for raw in stmts]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.RangeVar) and node.relname == name and node.schemaname in (None, schema):
            return True
        todo.extend(_children(node))
    return False


def _only_relation(select: ast.SelectStmt) -> set[str] | None:
    from_clause = select.fromClause or ()
    if len(from_clause) != 1 or not isinstance(from_clause[0], ast.RangeVar):
        return None
    rel = from_clause[0]
    names = {rel.relname}
    if rel.alias is not None:
        names = {rel.alias.aliasname}
    return names


def _strip_single_relation_qualifiers(node: Any) -> None:
    if isinstance(node, ast.SelectStmt):
        names = _only_relation(node)
        if names is not None:
            for field in ("targetList", "whereClause", "groupClause", "havingClause",
                          "sortClause", "distinctClause"):
                _strip_refs(getattr(node, field), names)
    for child in _children(node):
        _strip_single_relation_qualifiers(child)


def _strip_refs(node: Any, names: set[str]) -> None:
    if node is None:
        return
    if isinstance(node, ast.SelectStmt):
        return  # a sub-select has its own relations
    if isinstance(node, ast.ColumnRef):
        fields = node.fields or ()
        if (len(fields) == 2 and isinstance(fields[0], ast.String) and fields[0].sval in names
                and isinstance(fields[1], ast.String)):
            node.fields = (fields[1],)
        return
    for child in _children(node):
        _strip_refs(child, names)


def _children(node: Any) -> list[Any]:
    if isinstance(node, (list, tuple)):
        return list(node)
    if not isinstance(node, ast.Node):
        return []
    out = []
    for attr in node.__slots__:
        value = getattr(node, attr, None)
        if isinstance(value, (ast.Node, list, tuple)):
            out.append(value)
    return out
