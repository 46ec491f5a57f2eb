"""State shared by the builders of one inspection: logical schema names and oid → ObjectId maps.

The builders register every object they make under its catalog address (classid, oid), so
that comments, grants and dependencies — which the catalog states by address — can name the
objects of the model.  Everything here is pure bookkeeping; nothing talks to a database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from sys import intern
from typing import Any, TypeVar

from pgstrata.catalog.oids import PG_CLASS
from pgstrata.catalog.printed import Types, faithful, nested, requalified
from pgstrata.catalog.scope import Scope
from pgstrata.model import Kind, ObjectId
from pgstrata.quoting import ident

Address = tuple[int, int]  # (classid, oid)
SortKey = tuple[str, str, str, str]
T = TypeVar("T")


def id_key(oid: ObjectId) -> SortKey:
    """Total order on ObjectIds, also across a None and a str schema or parent."""
    return (oid.kind, oid.schema or "", oid.name, oid.parent or "")


def sorted_by_id(pairs: Iterable[tuple[ObjectId, T]]) -> tuple[T, ...]:
    """The objects of (identity, object) pairs, in identity order."""
    return tuple(obj for _, obj in sorted(pairs, key=lambda pair: id_key(pair[0])))


def _printed(sql: str | None, types: Types | None = None) -> str | None:
    return faithful(nested(sql), types)


def _printed_renamed(requalify: dict[str, str], sql: str | None, types: Types | None = None) -> str | None:
    return requalified(_printed(sql, types), requalify)


def intern_optional(text: str | None) -> str | None:
    """``sys.intern`` of a name that may be missing.  Each row brings its own copy of every
    string; names and types that repeat over thousands of objects (a column's type, the table a
    foreign key references) are kept once, as interned strings (25 of the 41 MB of strings of
    a 10,000-table model were copies)."""
    return None if text is None else intern(text)


class Context:
    """Logical names and the address maps filled while building one model."""

    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.objects: dict[Address, ObjectId] = {}  # model objects
        self.aliases: dict[Address, ObjectId] = {}  # other addresses that stand for one (deps only)
        self.targets: dict[Address, ObjectId] = {}  # not modeled, but grants/comments name them
        self.relations: dict[int, tuple[str, str]] = {}  # relid → (logical schema, name)
        self.column_names: dict[tuple[int, int], str] = {}  # (relid, attnum) → name: tables, matviews
        self._columns: dict[tuple[int, int], ObjectId] = {}
        # relid → its columns' rows (name, type …), kept by build_tables for catalog.printed
        self.column_rows: dict[int, list[Any]] = {}
        self._relids: dict[tuple[str, str], int] | None = None
        # A server-printed expression as the model holds it (catalog.printed): IN lists and
        # row comparisons as written, and a renamed schema's objects qualified with its
        # logical name.
        requalify = {ident(old): ident(new) for old, new in scope.rename.items() if old != new}
        self.printed: Callable[[str | None, Types | None], str | None] = (
            partial(_printed_renamed, requalify) if requalify else _printed)

    def types_of(self, relid: int | None) -> Callable[[], dict[str, str]]:
        """The column name → type map of a table, made when first asked for: a domain-typed
        column's is the domain's base type, the type an IN list over it is stored over."""
        return lambda: {c.name: c.base_type or c.type for c in self.column_rows.get(relid, ())} \
            if relid is not None else {}

    def any_types(self) -> dict[str, str]:
        """Column name → type over every table, for names of one type wherever they are (a
        view's columns may come from any of them)."""
        out: dict[str, str] = {}
        mixed: set[str] = set()
        for rows in self.column_rows.values():
            for c in rows:
                stored = c.base_type or c.type  # (as types_of has it)
                if out.setdefault(c.name, stored) != stored:
                    mixed.add(c.name)
        return {name: t for name, t in out.items() if name not in mixed}

    def relid(self, schema: str, table: str) -> int | None:
        """The oid of a table of the model by its logical name."""
        if self._relids is None:
            self._relids = {key: relid for relid, key in self.relations.items()}
        return self._relids.get((schema, table))

    def schema(self, physical: str) -> str:
        """The logical name of a schema (rename applied)."""
        return self.scope.rename.get(physical, physical)

    def optional_schema(self, physical: str | None) -> str | None:
        return None if physical is None else self.scope.rename.get(physical, physical)

    def add(self, classid: int, oid: int, ident: ObjectId) -> ObjectId:
        self.objects[(classid, oid)] = ident
        return ident

    def column_ids(self) -> dict[tuple[int, int], ObjectId]:
        """(relid, attnum) → COLUMN id of every table column, made once."""
        if len(self._columns) != len(self.column_names):
            relations = self.relations
            self._columns = {
                key: ObjectId(Kind.COLUMN, relations[key[0]][0], name, relations[key[0]][1])
                for key, name in self.column_names.items()
            }
        return self._columns

    def column_list(self, relid: int, nums: Iterable[int] | None) -> tuple[str, ...]:
        """Names of the given attnums of a relation, skipping 0 (an index expression)."""
        names = self.column_names
        return tuple(names[(relid, n)] for n in nums or () if n > 0 and (relid, n) in names)

    def target(self, classid: int, oid: int, column: str | None) -> ObjectId | None:
        """What a comment or a grant is on: a model object, a column or an identity sequence."""
        if column is not None and classid == PG_CLASS:
            relation = self.relations.get(oid)
            if relation is None:
                return None
            return ObjectId(Kind.COLUMN, relation[0], column, relation[1])
        key = (classid, oid)
        return self.objects.get(key) or self.targets.get(key)
