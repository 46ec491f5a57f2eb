"""Narrow two catalog reads to the tables a comparison can touch, before any model is built.

Comparing two large schemas that differ in a few tables should not cost two full models and
a diff over every object.  Both sides are read in full (one query per kind, as always); then,
from the rows alone:

1. a table is *changed* when its rows (table, columns, constraints, indexes, triggers,
   policies, rules, their grants and comments — without their oids) differ between the sides
   or it exists on one side only; a row of any other kind (types, functions, views,
   sequences …) is changed when the other side has no equal row;
2. a changed table is cut into *units* — the table itself, each column (with its NOT NULL,
   identity, grants and comment), each constraint, index, trigger, policy and rule (each with
   its comment) — and the units that differ are its changes;
3. from the changed units and objects, every unit that depends on them (pg_depend, the rows
   of ``dependencies.sql``) is reached, transitively: a column whose type is a changed enum,
   a trigger calling a changed function, a foreign key on an index that is rebuilt …, and
   what the diff adds by itself: a foreign key is made again when the table it references
   may be rebuilt (that table's own row changed, or a column it keeps, or their order) or
   one of that table's keys changes;
4. the tables kept are those owning a changed or reached unit, or owning (OWNED BY) a
   changed sequence, on either side, with the tables they are partitions or children of
   (and their own partitions and children), and the tables their foreign keys reference.

Steps 1 and the grouping behind 2–3 run stage by stage (:class:`Narrowing`), while the
servers still read the later stages; the rest once the last stage has arrived.

Every other table — and everything on it — is left out of both sides' rows.  The diff then
sees the same changes it would see on full models: a table left out is equal on both sides
and nothing that changes depends on it.  Objects that are not on tables (types, routines,
views, sequences …) are always kept.  ``tests/test_diff_cases.py`` checks, for every case,
that the narrowed plan is the full plan.

A false "changed" only costs time (the table is compared in full); the units hold every
column of their rows except oids, so nothing the model reads can differ unseen.  Index and
CHECK rows may hold a fingerprint of their catalog row or expression tree instead of their
definition (``compare`` prints the kept ones afterwards): equal fingerprints print alike,
except through an object they name by oid or a column by number — and such an object or
column, if it differs between the sides, is itself changed and reaches them through
pg_depend (a fingerprint that differs with equal definitions, e.g. by a user type's oid in a
CHECK, only keeps a table).  Foreign keys may come without their referenced columns (read
afterwards for the kept ones): their definition names them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter, itemgetter
from typing import Any

from pgstrata.catalog.oids import (
    PG_CLASS,
    PG_CONSTRAINT,
    PG_POLICY,
    PG_REWRITE,
    PG_TRIGGER,
    PG_TYPE,
)
from pgstrata.catalog.stages import ROW_TYPES, STAGES, CatalogRows

# Row fields that are oids of one database (never equal across two), left out of units.
_OID_FIELDS = frozenset({
    "oid", "relid", "type_oid", "index_oid", "multirange_oid", "constructor_oids", "check_oids",
    "publication_oid",
    "owner_relid", "classid", "objid", "objsubid", "extension_oid",
})
# Row fields holding a schema name, compared by logical name.
_SCHEMA_FIELDS = frozenset({"schema", "ref_schema", "parent_schema", "function_schema", "multirange_schema"})
# Kinds read in catalog order, which differs between two databases: a table's rows of these
# are sorted (by name or column number, their first field without oids: unique in a table).
_UNORDERED = frozenset({"constraints", "not_nulls", "indexes"})
# Kinds whose rows belong to a table (or may: rules and indexes also sit on views).
_TABLE_KINDS = frozenset({
    "tables", "inherits", "columns", "not_nulls", "constraints", "indexes", "triggers",
    "policies", "rules", "grants", "comments", "owners", "dependencies", "hidden", "unsupported",
})

Unit = tuple[Any, ...]  # logical identity of a unit within its table: (tag[, name])
# A node of the dependency walk, on one side: ("c", relid, attnum) a column; ("k", oid) a
# constraint; ("i", oid) an index; ("g" | "p" | "r", oid) a trigger, policy or rule;
# ("t", relid) the table's own row; ("whole", relid) any part of a table; ("shape", relid)
# the table itself or its columns (what can make the diff rebuild it); ("oid", oid) any other
# object.
Node = tuple[Any, ...]
# Kinds whose rows are on an object named by its catalog address (classid, objid, objsubid).
_ANNOTATIONS = ("grants", "comments", "owners")
_SUB_OBJECTS = (("g", "triggers", PG_TRIGGER), ("p", "policies", PG_POLICY), ("r", "rules", PG_REWRITE))


@dataclass
class _Side:
    """One side's rows, grouped by table, with what the dependency walk needs."""

    rows: CatalogRows
    logical: dict[str, str]
    tables: dict[int, tuple[str, str]] = field(default_factory=dict)  # relid → physical name
    names: dict[int, tuple[str, str]] = field(default_factory=dict)  # relid → logical name
    by_name: dict[tuple[str, str], int] = field(default_factory=dict)  # physical name → relid
    rowtypes: dict[int, int] = field(default_factory=dict)  # a table's row type oid → relid
    # a composite type's relation (its attributes' pg_depend rows) → the type's oid
    composite_types: dict[int, int] = field(default_factory=dict)
    owners: dict[str, dict[int, int]] = field(default_factory=dict)  # tag → {oid: relid}
    other: dict[tuple[Any, ...], list[int]] = field(default_factory=dict)  # other row → its oids
    relids: dict[tuple[str, str], int] = field(default_factory=dict)  # logical name → relid
    parents: dict[int, set[int]] = field(default_factory=dict)  # relid → parents' relids
    children: dict[int, set[int]] = field(default_factory=dict)  # relid → children's relids
    referenced: dict[int, set[int]] = field(default_factory=dict)  # relid → FK targets' relids
    foreign_keys: list[tuple[Node, int]] = field(default_factory=list)  # (FK node, target relid)
    keys: dict[int, list[Node]] = field(default_factory=dict)  # relid → its keys (p, u, unique)
    # a sequence OWNED BY a column (not an identity's) → the table: the diff looks the
    # column up to decide whether the sequence goes with it
    sequence_owners: dict[int, int] = field(default_factory=dict)
    groups: dict[str, dict[Any, list[Any]]] = field(default_factory=dict)  # kind → relid → rows
    strippers: dict[type, Any] = field(default_factory=dict)  # row type → its stripper
    # node → the nodes that depend on it (pg_depend, and what the diff adds: see _objects)
    dependents: dict[Node, list[Node]] = field(default_factory=dict)
    # a NOT NULL constraint's oid (PostgreSQL 18) → its column, made when first asked for
    _not_null_columns: dict[int, tuple[int, int]] | None = None

    def rows_of(self, kind: str, relid: int) -> list[Any]:
        return self.groups[kind].get(relid, [])

    def stripper(self, row_type: type) -> Any:
        """The function that strips rows of ``row_type`` (see :func:`_stripper`), made once."""
        stripper = self.strippers.get(row_type)
        if stripper is None:
            stripper = self.strippers[row_type] = _stripper(row_type, self.logical)
        return stripper

    def strip(self, row: Any) -> tuple[Any, ...]:
        """The row without its oids, schema names made logical."""
        return self.stripper(type(row))(row)  # type: ignore[no-any-return]

    def node(self, classid: int, objid: int, subid: int) -> Node:
        """A dependency's end as a node of the walk."""
        if classid == PG_CLASS:
            if objid in self.tables:
                return ("c", objid, subid) if subid else ("whole", objid)
            if objid in self.owners["i"]:
                return ("i", objid)
            if (type_oid := self.composite_types.get(objid)) is not None:
                return ("oid", type_oid)  # a column of link[] depends on the type, not the relation
        elif classid == PG_CONSTRAINT and objid in self.owners["k"]:
            return ("k", objid)
        elif classid == PG_CONSTRAINT and (column := self.not_null_column(objid)) is not None:
            return ("c", *column)  # a NOT NULL is part of its column (a comment may name it)
        elif classid == PG_TYPE and objid in self.rowtypes:
            return ("whole", self.rowtypes[objid])
        else:
            for tag, _, catalog in _SUB_OBJECTS:
                if classid == catalog and objid in self.owners[tag]:
                    return (tag, objid)
        return ("oid", objid)

    def not_null_column(self, oid: int) -> tuple[int, int] | None:
        """(relid, attnum) of the column whose NOT NULL constraint ``oid`` is."""
        if self._not_null_columns is None:
            self._not_null_columns = {n.oid: (n.relid, n.num) for n in self.rows.not_nulls
                                      if n.relid in self.tables}
        return self._not_null_columns.get(oid)

    def owner(self, node: Node) -> int | None:
        """The relid of the table a node is (part of), if any."""
        tag = node[0]
        if tag in ("c", "t", "whole", "shape"):
            return node[1]  # type: ignore[no-any-return]
        if tag == "oid":
            return None
        return self.owners[tag].get(node[1])


def _stripper(row_type: Any, logical: dict[str, str]) -> Any:
    """A function: row → its fields but the oids (schema names made logical)."""
    keep = [i for i, name in enumerate(row_type._fields) if name not in _OID_FIELDS]
    schemas = [i for i, name in enumerate(row_type._fields) if name in _SCHEMA_FIELDS]
    pick = itemgetter(*keep) if len(keep) > 1 else (lambda row: (row[keep[0]],))
    if not (logical and schemas):
        return pick

    def strip(row: Any) -> tuple[Any, ...]:
        values = list(row)
        for i in schemas:
            if values[i] is not None:
                values[i] = logical.get(values[i], values[i])
        return pick(values)  # type: ignore[no-any-return]

    return strip


def _frozen(value: Sequence[Any]) -> tuple[Any, ...]:
    """A row or an array value as a tuple whose arrays are tuples too (hashable)."""
    return tuple(_frozen(v) if type(v) is list else v for v in value)


def _grouped(rows: Sequence[Any], key: Any) -> dict[Any, list[Any]]:
    out: dict[Any, list[Any]] = {}
    for row in rows:
        k = key(row)
        if (group := out.get(k)) is None:
            out[k] = [row]
        else:
            group.append(row)
    return out


def _relations(side: _Side) -> None:
    """The "relations" stage: tables, their columns, parents and identity sequences."""
    rows, logical = side.rows, side.logical
    for t in rows.tables:
        side.tables[t.oid] = (t.schema, t.name)
        side.names[t.oid] = (logical.get(t.schema, t.schema), t.name)
        side.by_name[(t.schema, t.name)] = t.oid
        side.relids[side.names[t.oid]] = t.oid
        side.rowtypes[t.type_oid] = t.oid
    side.composite_types = {c.relid: c.oid for c in rows.composites}
    by_name = side.by_name
    for i in rows.inherits:
        if (parent := by_name.get((i.parent_schema, i.parent_name))) is not None:
            side.parents.setdefault(i.relid, set()).add(parent)
            side.children.setdefault(parent, set()).add(i.relid)
    groups = side.groups
    groups["tables"] = {t.oid: [t] for t in rows.tables}
    for kind in ("inherits", "columns", "not_nulls"):
        groups[kind] = _grouped(getattr(rows, kind), _RELID)
    groups["sequences"] = _grouped([q for q in rows.sequences if q.identity], attrgetter("owner_relid"))
    side.sequence_owners = {q.oid: q.owner_relid for q in rows.sequences
                            if not q.identity and q.owner_relid is not None}


def _constraints(side: _Side) -> None:
    """The "constraints" stage: constraints (keys, foreign keys) by table."""
    rows, tables, by_name = side.rows, side.tables, side.by_name
    side.owners["k"] = {k.oid: k.relid for k in rows.constraints if k.relid in tables}
    side.owners["i"] = {k.index_oid: k.relid for k in rows.constraints
                        if k.index_oid is not None and k.relid in tables}
    for k in rows.constraints:
        if k.relid not in tables:
            continue
        if k.type in ("p", "u"):
            side.keys.setdefault(k.relid, []).append(("k", k.oid))
        elif k.type == "f" and (target := by_name.get((k.ref_schema, k.ref_table))) is not None:
            side.referenced.setdefault(k.relid, set()).add(target)
            side.foreign_keys.append((("k", k.oid), target))
    side.groups["constraints"] = _grouped(rows.constraints, _RELID)


def _objects(side: _Side) -> None:
    """The "objects" stage: indexes, triggers, policies and rules by table; then the
    dependency walk's edges (every end of a dependency is known now)."""
    rows, tables, by_name = side.rows, side.tables, side.by_name
    # indexes on materialized views are not the tables' (views are kept)
    side.owners["i"].update((x.oid, x.relid) for x in rows.indexes if x.relid in tables)
    for tag, kind, _ in _SUB_OBJECTS:
        side.owners[tag] = {r.oid: relid for r in getattr(rows, kind)
                            if (relid := by_name.get((r.schema, r.table_name))) is not None}
    for x in rows.indexes:
        if x.is_unique and x.relid in tables:
            side.keys.setdefault(x.relid, []).append(("i", x.oid))
    groups = side.groups
    groups["indexes"] = _grouped(rows.indexes, _RELID)
    for tag, kind, _ in _SUB_OBJECTS:
        groups[kind] = _grouped(getattr(rows, kind), lambda r, o=side.owners[tag]: o.get(r.oid))
    dependents = side.dependents
    node = side.node
    for d in rows.dependencies:
        target = node(d.refclassid, d.refobjid, d.refobjsubid)
        if (group := dependents.get(target)) is None:
            dependents[target] = group = []
        group.append(node(d.classid, d.objid, d.objsubid))
    # The diff also rebuilds a foreign key when its referenced table is rebuilt (which only a
    # change of the table itself or of its columns can cause: its "shape"), when any key of
    # that table (PRIMARY KEY, UNIQUE, unique index) is dropped, or when a partition below it
    # is detached (its own shape or bound changes: diff.context._attachments_below); pg_depend
    # has none of these.
    for fk, target_relid in side.foreign_keys:
        below = [("shape", relid) for relid in _descendants(side, target_relid)]
        for key in [("shape", target_relid), *side.keys.get(target_relid, ()), *below]:
            dependents.setdefault(key, []).append(fk)


def _descendants(side: _Side, relid: int) -> set[int]:
    """The partitions and inheritance children below ``relid``, at any depth."""
    out: set[int] = set()
    queue = list(side.children.get(relid, ()))
    while queue:
        child = queue.pop()
        if child not in out:
            out.add(child)
            queue += side.children.get(child, ())
    return out


def _annotations(side: _Side) -> None:
    """The "annotations" stage: grants, comments and owners by the table they are on."""
    for kind in _ANNOTATIONS:
        side.groups[kind] = _grouped(getattr(side.rows, kind), lambda a: side.owner(side.node(
            a.classid, a.objid, a.objsubid)))


_RELID = attrgetter("relid")
# What each stage adds to a side, and the table kinds it makes comparable.
_STAGE_STEPS = {
    "relations": (_relations, ("tables", "inherits", "columns", "not_nulls", "sequences")),
    "constraints": (_constraints, ("constraints",)),
    "objects": (_objects, ("indexes", "triggers", "policies", "rules")),
    "annotations": (_annotations, _ANNOTATIONS),
}


def _other(side: _Side, kinds: Sequence[str]) -> None:
    """Index the rows of ``kinds`` that are not on tables by their content (oids apart)."""
    other, strip, rows = side.other, side.strip, side.rows
    for kind in kinds:
        if kind in _TABLE_KINDS:
            continue
        for row in getattr(rows, kind):
            # (a view's row type too: a table's column may hold it, and is reached through it)
            oids = [getattr(row, n) for n in ("oid", "relid", "type_oid", "multirange_oid") if n in row._fields]
            oids += getattr(row, "constructor_oids", ())  # (a range's: what calls them depends on it)
            other.setdefault(_frozen(strip(row)), []).extend(o for o in oids if o is not None)


def _units(side: _Side, relid: int) -> dict[Unit, tuple[list[tuple[Any, ...]], list[Node]]]:
    """A table's units: identity → (rows without oids, the unit's nodes on this side)."""
    out: dict[Unit, tuple[list[tuple[Any, ...]], list[Node]]] = {}
    nodes: dict[Node, Unit] = {}

    def put(unit: Unit, row: Any, *unit_nodes: Node) -> None:
        entry = out.setdefault(unit, ([], []))
        entry[0].append(side.strip(row))
        for n in unit_nodes:
            entry[1].append(n)
            nodes[n] = unit

    for t in side.rows_of("tables", relid):
        put(("t",), t, ("t", relid))
    for r in side.rows_of("inherits", relid):
        put(("t",), r)
    for c in side.rows_of("columns", relid):
        put(("c", c.name), c, ("c", relid, c.num))
    for n in side.rows_of("not_nulls", relid):
        if (unit := nodes.get(("c", relid, n.num))) is not None:
            put(unit, n)
    for q in side.rows_of("sequences", relid):
        if (unit := nodes.get(("c", relid, q.owner_attnum))) is not None:
            put(unit, q)
    for k in side.rows_of("constraints", relid):
        index = [("i", k.index_oid)] if k.index_oid is not None else []
        put(("k", k.name), k, ("k", k.oid), *index)
    for x in side.rows_of("indexes", relid):
        put(("i", x.name), x, ("i", x.oid))
    for tag, kind, _ in _SUB_OBJECTS:
        for r in side.rows_of(kind, relid):
            put((tag, r.name), r, (tag, r.oid))
    for kind in _ANNOTATIONS:
        for a in side.rows_of(kind, relid):
            node = side.node(a.classid, a.objid, a.objsubid)
            unit = nodes.get(node, ("t",) if node[0] == "whole" else None)
            if unit is not None:
                put(unit, a)
    return out


def _same(a: list[tuple[Any, ...]] | None, b: list[tuple[Any, ...]] | None) -> bool:
    """Equal rows, in any order."""
    if a == b:
        return True
    if a is None or b is None or len(a) != len(b) or len(a) == 1:
        return False
    return sorted(a, key=repr) == sorted(b, key=repr)


def _differing(a: _Side, b: _Side, kind: str) -> set[tuple[str, str]]:
    """Logical names of the tables on both sides whose rows of ``kind`` (without oids) differ,
    in any order (stripped only where a table has rows; sorted only where the orders differ)."""
    grouped, other_grouped = a.groups[kind], b.groups[kind]
    strip, other_strip = a.stripper(ROW_TYPES[kind]), b.stripper(ROW_TYPES[kind])
    unordered = kind in _UNORDERED
    out: set[tuple[str, str]] = set()
    relids = b.relids
    for relid, name in a.names.items():
        other = relids.get(name)
        if other is None:
            continue  # on one side only: changed anyway
        rows, other_rows = grouped.get(relid), other_grouped.get(other)
        if rows is None or other_rows is None:
            if rows is not other_rows:
                out.add(name)
            continue
        if len(rows) != len(other_rows):
            out.add(name)
            continue
        mine, theirs = list(map(strip, rows)), list(map(other_strip, other_rows))
        if mine != theirs and not (sorted(mine) == sorted(theirs) if unordered else _same(mine, theirs)):
            out.add(name)
    return out


def _changed(mine: _Side, theirs: _Side, tables: set[tuple[str, str]]) -> tuple[list[Node], set[int]]:
    """This side's changed nodes (the units of its changed tables that differ) and the oids
    of its changed other objects."""
    nodes: list[Node] = []
    for relid, name in mine.names.items():
        if name not in tables:
            continue
        other = theirs.relids.get(name)
        units = _units(mine, relid)
        other_units = _units(theirs, other) if other is not None else {}
        reshaped = other is not None and (_order(mine, relid, other_units) != _order(theirs, other, units)
                                          or _inserted(mine, relid, other_units))
        for unit, (rows, unit_nodes) in units.items():
            theirs_rows = other_units.get(unit, (None,))[0]
            if not _same(rows, theirs_rows):
                nodes += unit_nodes
                # columns added or dropped alone never make the diff rebuild a table
                reshaped = reshaped or unit[0] == "t" or (unit[0] == "c" and theirs_rows is not None)
        if reshaped or other is None:
            nodes.append(("shape", relid))
        if other_units.keys() - units.keys():  # something only the other side has
            nodes.append(("whole", relid))
    oids = {oid for row, row_oids in mine.other.items() if row not in theirs.other for oid in row_oids}
    return nodes, oids


def _inserted(side: _Side, relid: int, other: dict[Unit, Any]) -> bool:
    """Whether a column only this side has comes before one both sides have (the diff then
    rebuilds the table to keep the source's order; its number may not show it, after a
    dropped column)."""
    columns = sorted(side.rows_of("columns", relid), key=attrgetter("num"))
    shared = [("c", c.name) in other for c in columns]
    return any(not here and any(shared[i + 1:]) for i, here in enumerate(shared))


def _order(side: _Side, relid: int, common: dict[Unit, Any]) -> list[str]:
    """The table's columns that the other side has too, in this side's order."""
    columns = sorted(side.rows_of("columns", relid), key=attrgetter("num"))
    return [c.name for c in columns if ("c", c.name) in common]


def _reached(side: _Side, nodes: list[Node], oids: set[int]) -> set[int]:
    """Relids of the tables owning a changed node or anything that depends on a changed thing
    (a part of a table counts as a change of the whole table for what depends on the whole)."""
    dependents = side.dependents
    queue: list[Node] = [*nodes, *(("oid", oid) for oid in oids)]
    seen: set[Node] = set()
    kept: set[int] = {relid for oid in oids if (relid := side.sequence_owners.get(oid)) is not None}
    while queue:
        current = queue.pop()
        if current in seen:
            continue
        seen.add(current)
        queue += dependents.get(current, ())
        if (relid := side.owner(current)) is not None:
            kept.add(relid)
            if current[0] != "whole":
                queue.append(("whole", relid))
            if current[0] == "shape":  # rebuilt: what uses any of its columns is made again
                queue += [("c", relid, c.num) for c in side.rows_of("columns", relid)]
    return kept


def _family(side: _Side, relids: set[int]) -> set[int]:
    """``relids`` with their ancestors and descendants (partitions, inheritance children)."""
    out: set[int] = set()
    queue = list(relids)
    while queue:
        relid = queue.pop()
        if relid in out:
            continue
        out.add(relid)
        queue += side.parents.get(relid, ())
        queue += side.children.get(relid, ())
    return out


class Narrowing:
    """Both sides' rows, narrowed stage by stage as they arrive (see the module docstring):
    ``feed`` each stage of :data:`~pgstrata.catalog.stages.STAGES` in order, once both sides
    have it, then take the ``result``.  Most of the work is done while the servers still
    read the later stages."""

    def __init__(self, logical_a: dict[str, str], logical_b: dict[str, str]) -> None:
        self.sides = (_Side(CatalogRows(), logical_a), _Side(CatalogRows(), logical_b))
        self.changed: set[tuple[str, str]] = set()  # logical names of the changed tables

    def feed(self, stage: str, a: CatalogRows, b: CatalogRows) -> None:
        """Take in one stage's rows of both sides (``a`` and ``b``: each side's rows so far)."""
        step, kinds = _STAGE_STEPS[stage]
        for side, rows in zip(self.sides, (a, b), strict=True):
            side.rows = rows
            step(side)
            _other(side, _STAGE_KINDS[stage])
        first, second = self.sides
        if stage == "relations":  # a table on one side only
            self.changed |= first.relids.keys() ^ second.relids.keys()
        for kind in kinds:
            self.changed |= _differing(first, second, kind)

    def result(self) -> tuple[CatalogRows, CatalogRows]:
        """Both sides' rows without the tables the comparison cannot touch."""
        sides = self.sides
        names: set[tuple[str, str]] = set()
        for mine, theirs in (sides, sides[::-1]):
            nodes, oids = _changed(mine, theirs, self.changed)
            names |= {mine.names[r] for r in _family(mine, _reached(mine, nodes, oids))}
        # the tables kept, with their family and the tables their foreign keys reference
        # (once, not transitively), named alike on both sides
        grown = set(names)
        for side in sides:
            keep = _family(side, {r for r, name in side.names.items() if name in names})
            keep = _family(side, keep | {t for relid in keep for t in side.referenced.get(relid, ())})
            grown |= {side.names[r] for r in keep}
        return _filter(sides[0], grown), _filter(sides[1], grown)


_STAGE_KINDS = dict(STAGES)


def _filter(side: _Side, names: set[tuple[str, str]]) -> CatalogRows:
    """The side's rows without the tables outside ``names`` and everything on them."""
    rows = side.rows
    dropped = {relid for relid, name in side.names.items() if name not in names}
    dropped_names = {side.tables[relid] for relid in dropped}

    # (classid, objid) → relid of every table-owned object of a dropped table
    gone: dict[tuple[int, int], int] = {}
    for relid in dropped:
        gone[(PG_CLASS, relid)] = relid
    for tag, catalog in (("k", PG_CONSTRAINT), ("i", PG_CLASS), ("g", PG_TRIGGER), ("p", PG_POLICY),
                         ("r", PG_REWRITE)):
        gone.update(((catalog, oid), relid) for oid, relid in side.owners[tag].items() if relid in dropped)
    gone.update(((PG_TYPE, oid), relid) for oid, relid in side.rowtypes.items() if relid in dropped)

    def by_relid(kind: str) -> list[Any]:  # the kept groups (a few tables of many, usually)
        return [row for relid, group in side.groups[kind].items() if relid not in dropped
                for row in group]

    return replace(
        rows,
        tables=by_relid("tables"),
        inherits=by_relid("inherits"),
        columns=by_relid("columns"),
        not_nulls=by_relid("not_nulls"),
        constraints=by_relid("constraints"),
        indexes=by_relid("indexes"),
        triggers=_by_name(rows.triggers, dropped_names),
        policies=_by_name(rows.policies, dropped_names),
        rules=_by_name(rows.rules, dropped_names),
        grants=[g for g in rows.grants if (g.classid, g.objid) not in gone],
        comments=[c for c in rows.comments if (c.classid, c.objid) not in gone],
        owners=[o for o in rows.owners if (o.classid, o.objid) not in gone],
        dependencies=[d for d in rows.dependencies if (d.classid, d.objid) not in gone
                      and (d.refclassid, d.refobjid) not in gone],
    )


def _by_name(rows: Sequence[Any], dropped: set[tuple[str, str]]) -> list[Any]:
    return [r for r in rows if (r.schema, r.table_name) not in dropped]
