"""Helpers over pglast parse trees that the rules share."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pglast import ast, enums

from pgstrata.lint.engine import FileContext
from pgstrata.sqlparse import ParsedStatement

_AT = enums.AlterTableType
_OBJ = enums.ObjectType
_CON = enums.ConstrType


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
