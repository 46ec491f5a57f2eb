"""Rows of ``queries/dependencies.sql`` → ``SchemaModel.dependencies``: what must exist first.

Each row is a pg_depend edge already pointed at model objects by the query (a view's _RETURN
rule is the view, a column default is its column, a domain CHECK is the domain, an array
type is its element type, an extension member is its extension).  Here both ends become
ObjectIds through the addresses the builders registered:

* a table column is a COLUMN id (kind COLUMN, parent = table), so that "index needs column"
  and "column needs enum" are visible; a column of a view, materialized view, composite
  type … stands for that object;
* the backing index of a constraint is the constraint (an FK needs the referenced PK);
* views, materialized views and rules read whole relations: column references collapse to
  the relation (a view keeps its table columns too: their type cannot change under it);
* edges that the identities already say are left out: a sub-object on its own table
  (index, constraint, trigger, policy, rule → its table), and a sequence OWNED BY a column
  (``Sequence.owned_by`` holds it; keeping it would make every serial column a cycle);
* edges to objects outside the model (other schemas, built-ins) are left out; those to
  objects of user schemas the inspection does not read (``queries/outside.sql``) become
  :class:`~pgstrata.model.OutsideReference` values (:func:`outside_references`).

The result is deduplicated and sorted by (dependent, referenced) identity.  ``build_model``
adds the rows once the tables and constraints are built — while the server still prints the
indexes — and adds what could not be resolved yet once every object is known.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter

from pgstrata.catalog.context import Context, SortKey, id_key
from pgstrata.catalog.oids import PG_CLASS
from pgstrata.catalog.rows import DependencyRow, OutsideRow
from pgstrata.model import Dependency, Kind, ObjectId, OutsideReference

_READS_RELATIONS = frozenset({Kind.VIEW, Kind.MATERIALIZED_VIEW, Kind.RULE})
_RELATIONS = frozenset({Kind.TABLE, Kind.FOREIGN_TABLE, Kind.VIEW, Kind.MATERIALIZED_VIEW})


def build_dependencies(rows: Iterable[DependencyRow], ctx: Context) -> tuple[Dependency, ...]:
    """The dependencies of the rows, once every object is registered in ``ctx``."""
    graph = DependencyGraph(ctx)
    graph.add(rows)
    return graph.result()


class DependencyGraph:
    """Collects edges; :meth:`add` may run before every object is known (see build_model)."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._seen: set[tuple[int, int]] = set()
        self._keys: dict[int, SortKey] = {}
        self._entries: list[tuple[SortKey, SortKey, ObjectId, ObjectId]] = []

    def add(self, rows: Iterable[DependencyRow]) -> list[DependencyRow]:
        """Take the rows whose two ends are known by now; return the others (to add later)."""
        columns, objects, aliases = self._ctx.column_ids(), self._ctx.objects, self._ctx.aliases
        seen, keys, entries = self._seen, self._keys, self._entries
        unknown: list[DependencyRow] = []
        for row in rows:
            # the two ends, inlined (the dependent as :meth:`dependent` resolves it): this loop
            # sees every pg_depend row of the scope
            classid, objid, objsubid, refclassid, refobjid, refobjsubid = row
            dependent = columns.get((objid, objsubid)) if objsubid and classid == PG_CLASS else None
            if dependent is None:
                dependent = objects.get((classid, objid)) or aliases.get((classid, objid))
                if dependent is None:
                    unknown.append(row)
                    continue
            if refobjsubid and dependent.kind in _READS_RELATIONS:
                # A view reads the whole relation (it is rebuilt when a column goes) and the
                # column itself (a type change of the column must rebuild it): both edges.
                column = columns.get((refobjid, refobjsubid)) if refclassid == PG_CLASS else None
                if column is not None and column.kind is Kind.COLUMN:
                    self._entry(dependent, column)
                refobjsubid = 0  # the query does this for rules already
            referenced = (
                columns.get((refobjid, refobjsubid))
                if refobjsubid and refclassid == PG_CLASS else None
            )
            if referenced is None:
                referenced = objects.get((refclassid, refobjid)) or aliases.get((refclassid, refobjid))
                if referenced is None:
                    unknown.append(row)
                    continue
            if referenced is dependent:
                continue
            pair = (id(dependent), id(referenced))  # self._entry, inlined
            if pair in seen:
                continue
            seen.add(pair)
            if _implied(dependent, referenced):
                continue
            dkey = keys.get(pair[0])
            if dkey is None:
                dkey = keys[pair[0]] = id_key(dependent)
            rkey = keys.get(pair[1])
            if rkey is None:
                rkey = keys[pair[1]] = id_key(referenced)
            entries.append((dkey, rkey, dependent, referenced))
        return unknown

    def dependent(self, row: DependencyRow) -> ObjectId | None:
        """The model object of a row's dependent end (as :meth:`add` resolves it), or None."""
        ctx = self._ctx
        if row.objsubid and row.classid == PG_CLASS:
            column = ctx.column_ids().get((row.objid, row.objsubid))
            if column is not None:
                return column
        key = (row.classid, row.objid)
        return ctx.objects.get(key) or ctx.aliases.get(key)

    def _entry(self, dependent: ObjectId, referenced: ObjectId) -> None:
        pair = (id(dependent), id(referenced))
        if pair in self._seen:
            return
        self._seen.add(pair)
        if _implied(dependent, referenced):
            return
        keys = self._keys
        dkey = keys.get(pair[0])
        if dkey is None:
            dkey = keys[pair[0]] = id_key(dependent)
        rkey = keys.get(pair[1])
        if rkey is None:
            rkey = keys[pair[1]] = id_key(referenced)
        self._entries.append((dkey, rkey, dependent, referenced))

    def result(self) -> tuple[Dependency, ...]:
        """The edges, deduplicated and sorted by (dependent, referenced) identity."""
        self._entries.sort(key=itemgetter(0, 1))
        out: list[Dependency] = []
        last: tuple[SortKey, SortKey] | None = None
        for dkey, rkey, dependent, referenced in self._entries:
            if (dkey, rkey) != last:  # equal ids reached through different addresses
                out.append(Dependency(dependent, referenced))
                last = (dkey, rkey)
        return tuple(out)


def outside_references(
    rows: Iterable[DependencyRow], outside: Iterable[OutsideRow], graph: DependencyGraph
) -> tuple[OutsideReference, ...]:
    """What model objects need in schemas the inspection did not read: the dependency rows
    still unresolved once every object is known (``rows``) whose referenced end is one of
    ``outside``; sorted, one per (dependent, referenced)."""
    named = {(o.classid, o.objid): o for o in outside}
    if not named:
        return ()
    out: set[OutsideReference] = set()
    for row in rows:
        target = named.get((row.refclassid, row.refobjid))
        if target is not None and (dependent := graph.dependent(row)) is not None:
            out.add(OutsideReference(dependent, target.name, target.schema))
    return tuple(sorted(out, key=lambda r: (id_key(r.dependent), r.name)))


def _implied(dependent: ObjectId, referenced: ObjectId) -> bool:
    """Edges the identities already state: a sub-object on its own table; OWNED BY."""
    if dependent.kind is Kind.SEQUENCE and referenced.kind is Kind.COLUMN:
        return True  # Sequence.owned_by
    parent = dependent.parent
    return (
        parent is not None
        and referenced.name == parent
        and referenced.kind in _RELATIONS
        and referenced.schema == dependent.schema
    )
