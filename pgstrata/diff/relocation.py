"""An extension moved to another schema: read the current database as it will be after the move.

``ALTER EXTENSION vector SET SCHEMA extensions`` (what Supabase's advisor asks of every project
that installed vector, pg_trgm or citext in ``public``) moves the extension's types, routines,
operators and operator classes.  PostgreSQL keeps references to them by oid, so every column,
index, constraint, view and function signature that uses them prints ``extensions.vector``
afterwards, with nothing else done.  Compared as read, the current database's
``public.vector(3)`` differs from the desired ``extensions.vector(3)``, and the plan would retype
columns through text, rebuild HNSW/GIN indexes and replace functions for a change that one
statement makes.

:func:`relocated` rewrites the current model to what the catalog will print once the move is
done: in every definition the catalog prints, ``old_schema.member`` becomes
``new_schema.member`` for the extension's own members (qualified references only — the catalog
qualifies names outside the inspected schema).  Text PostgreSQL keeps as written is left alone,
as the move leaves it: string literals (so the bodies of functions that are not SQL-standard),
comments, ``SET`` settings of functions.  A member whose name the application also uses in the
old schema is not rewritten, so an application's own ``public.max`` never reads as moved.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import cache
from typing import Any

from pgstrata.model import Comment, Extension, ObjectId, SchemaModel, Unsupported
from pgstrata.quoting import ident

# fields kept as the user wrote them (or values, not SQL): the move does not touch them
_KEPT = {("Function", "config"), ("EnumType", "labels")}
_UNTOUCHED = (Comment, Extension, Unsupported)

Rewrite = Callable[[str], str]
Moves = dict[str, tuple[str, frozenset[str]]]


def relocated(current: SchemaModel, desired: SchemaModel) -> SchemaModel:
    """``current`` as it will read after moving the extensions ``desired`` has in another schema."""
    moves = _moves(current, desired)
    if not moves:
        return current
    return _walk(current, _rewriter(moves), moves)


def _moves(current: SchemaModel, desired: SchemaModel) -> Moves:
    """old schema → (new schema, member names moved out of it)."""
    wanted = {e.name: e for e in desired.extensions}
    moves: dict[str, tuple[str, set[str]]] = {}
    for ext in current.extensions:
        other = wanted.get(ext.name)
        if other is None or other.schema == ext.schema or not ext.relocatable:
            continue
        target, members = moves.setdefault(ext.schema, (other.schema, set()))
        if target == other.schema:  # two extensions leaving one schema for two: each its own
            members.update(ext.members)
    out = {}
    for schema, (target, members) in moves.items():
        members -= _own_names(current, schema)
        if members:
            out[schema] = (target, frozenset(members))
    return out


def _own_names(model: SchemaModel, schema: str) -> set[str]:
    """Names the application's own objects have in ``schema`` (never taken for a member)."""
    kinds = (model.tables, model.views, model.functions, model.enums, model.domains,
             model.composites, model.ranges, model.sequences, model.operators, model.collations)
    return {o.name for objects in kinds for o in objects if o.schema == schema}


def _identifier(text: str) -> str:
    if text.startswith('"'):
        return text[1:-1].replace('""', '"')
    return text.lower()


def _rewriter(moves: Moves) -> Rewrite:
    from pgstrata.sqlparse import swap_qualifiers  # (pglast: ~0.1 s to import, only when one moves)

    marks = tuple(ident(schema) + "." for schema in moves)

    def moved_to(qualifier: str, name: str) -> str | None:
        move = moves.get(_identifier(qualifier))
        return ident(move[0]) if move is not None and _identifier(name) in move[1] else None

    def rewrite(text: str) -> str:
        return swap_qualifiers(text, moved_to) if any(mark in text for mark in marks) else text

    return rewrite


@cache
def _fields(cls: type) -> tuple[str, ...]:
    """The fields :func:`_walk` visits in a value of ``cls``: none but a model dataclass's
    compared ones, without those kept."""
    if not dataclasses.is_dataclass(cls) or issubclass(cls, _UNTOUCHED):
        return ()
    return tuple(f.name for f in dataclasses.fields(cls) if f.compare and (cls.__name__, f.name) not in _KEPT)


def _walk(value: Any, rewrite: Rewrite, moves: Moves) -> Any:
    if type(value) is str:
        return rewrite(value)
    if isinstance(value, ObjectId):  # (the same id where its name stays: nothing above is copied)
        name = rewrite(value.name)
        return value if name is value.name else value._replace(name=name)
    if isinstance(value, tuple):
        if len(value) == 2 and type(value[0]) is str and value[0] in moves and value[1] in moves[value[0]][1]:
            return (moves[value[0]][0], value[1])  # (schema, name): a trigger's function
        items = tuple(_walk(v, rewrite, moves) for v in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    names = _fields(type(value))
    if names:
        changes = {}
        for name in names:
            old = getattr(value, name)
            new = _walk(old, rewrite, moves)
            if new is not old:
                changes[name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
