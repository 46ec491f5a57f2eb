"""Narrow two catalog reads to the tables a comparison can touch, before any model is built.

Comparing two large schemas that differ in a few tables should not cost two full models and
a diff over every object.  Both sides are read in full (one query per kind, as always); then,
from the rows alone:

1. every table is cut into *units* — the table itself, each column (with its NOT NULL,
   identity, grants and comment), each constraint, index, trigger, policy and rule (each with
   its comment) — named by logical identity, holding the unit's rows without their oids;
2. a unit is *changed* when its rows differ between the sides or it exists on one side only;
   a row of any other kind (types, functions, views, sequences …) is changed when the other
   side has no equal row;
3. from the changed units and objects, every unit that depends on them (pg_depend, the rows
   of ``dependencies.sql``) is reached, transitively: a column whose type is a changed enum,
   a trigger calling a changed function, a foreign key on an index that is rebuilt …;
4. the tables kept are those owning a changed or reached unit, on either side, with the
   tables they are partitions or children of (and their own partitions and children), and
   the tables their foreign keys reference.

Every other table — and everything on it — is left out of both sides' rows.  The diff then
sees the same changes it would see on full models: a table left out is equal on both sides
and nothing that changes depends on it.  Objects that are not on tables (types, routines,
views, sequences …) are always kept.  ``tests/test_diff_cases.py`` checks, for every case,
that the narrowed plan is the full plan.

A false "changed" only costs time (the table is compared in full); the units hold every
column of their rows except oids, so nothing the model reads can differ unseen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from operator import itemgetter
from typing import Any

from pgstrata.catalog.context import (
    PG_CLASS,
    PG_CONSTRAINT,
    PG_POLICY,
    PG_REWRITE,
    PG_TRIGGER,
    PG_TYPE,
)
from pgstrata.catalog.stages import CatalogRows

# Row fields that are oids of one database (never equal across two), left out of units.
_OID_FIELDS = frozenset({
    "oid", "relid", "type_oid", "index_oid", "multirange_oid", "check_oids", "publication_oid",
    "owner_relid", "classid", "objid", "objsubid", "extension_oid",
})
# Row fields holding a schema name, compared by logical name.
_SCHEMA_FIELDS = frozenset({"schema", "ref_schema", "parent_schema", "function_schema"})
# Kinds whose rows belong to a table (or may: rules and indexes also sit on views).
_TABLE_KINDS = frozenset({
    "tables", "inherits", "columns", "not_nulls", "constraints", "indexes", "triggers",
    "policies", "rules", "grants", "comments", "dependencies", "hidden", "unsupported",
})

Unit = tuple[Any, ...]  # logical identity of a unit: (tag, schema, table[, name])
Address = tuple[int, int, int]  # (classid, objid, objsubid) as pg_depend states it
# In the dependency walk: a unit; ("whole", relid), any part of a table; ("shape", relid),
# the table itself or its columns; ("oid", oid), any other object.
Node = tuple[Any, ...]


@dataclass
class _Side:
    """One side's rows, cut into units, with the addresses dependencies use."""

    rows: CatalogRows
    logical: dict[str, str]
    tables: dict[int, tuple[str, str]] = field(default_factory=dict)  # relid → physical name
    names: dict[int, tuple[str, str]] = field(default_factory=dict)  # relid → logical name
    strippers: dict[type, Any] = field(default_factory=dict)
    rowtypes: dict[int, int] = field(default_factory=dict)  # a table's row type oid → relid
    units: dict[Unit, list[tuple[Any, ...]]] = field(default_factory=dict)
    owner: dict[Unit, int] = field(default_factory=dict)  # unit → relid of its table
    at: dict[Address, Unit] = field(default_factory=dict)  # catalog address → unit
    other: dict[tuple[Any, ...], list[int]] = field(default_factory=dict)  # other row → its oids
    parents: dict[int, set[int]] = field(default_factory=dict)  # relid → parents' relids
    referenced: dict[int, set[int]] = field(default_factory=dict)  # relid → FK targets' relids
    foreign_keys: list[tuple[Unit, int]] = field(default_factory=list)  # (FK unit, target relid)
    keys: dict[int, list[Unit]] = field(default_factory=dict)  # relid → its key units (p, u)

    def strip(self, row: Any) -> tuple[Any, ...]:
        """The row without its oids, schema names made logical."""
        stripper = self.strippers.get(type(row))
        if stripper is None:
            stripper = self.strippers[type(row)] = _stripper(type(row), self.logical)
        return stripper(row)

    def table_unit(self, tag: str, relid: int, name: str | None = None) -> Unit | None:
        table = self.names.get(relid)
        if table is None:
            return None
        return (tag, *table) if name is None else (tag, *table, name)

    def put(self, unit: Unit | None, row: Any, *addresses: Address) -> None:
        if unit is None:
            return
        self.units.setdefault(unit, []).append(self.strip(row))
        for address in addresses:
            self.at[address] = unit

    def node(self, address: Address) -> Node:
        """A dependency's end: a table's unit, a whole table, or another object's oid."""
        unit = self.at.get(address)
        if unit is not None:
            return unit
        relid = self.table_of(address)
        return ("whole", relid) if relid is not None else ("oid", address[1])

    def table_of(self, address: Address) -> int | None:
        """The relid of the table an address is (part of), if it is one."""
        unit = self.at.get(address)
        if unit is not None:
            return self.owner[unit]
        classid, objid, _ = address
        if classid == PG_CLASS and objid in self.tables:
            return objid
        if classid == PG_TYPE:
            return self.rowtypes.get(objid)
        return None


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


def _cut(rows: CatalogRows, logical: dict[str, str]) -> _Side:
    side = _Side(rows, logical)
    by_name: dict[tuple[str, str], int] = {}
    for t in rows.tables:
        side.tables[t.oid] = (t.schema, t.name)
        side.names[t.oid] = (logical.get(t.schema, t.schema), t.name)
        side.rowtypes[t.type_oid] = t.oid
        by_name[(t.schema, t.name)] = t.oid

    def put(tag: str, relid: int, name: str | None, row: Any, *addresses: Address) -> Unit | None:
        unit = side.table_unit(tag, relid, name)
        if unit is not None:
            side.owner[unit] = relid
            side.put(unit, row, *addresses)
        return unit

    for t in rows.tables:
        put("t", t.oid, None, t)
    for i in rows.inherits:
        put("t", i.relid, None, i)
        if (parent := by_name.get((i.parent_schema, i.parent_name))) is not None:
            side.parents.setdefault(i.relid, set()).add(parent)
    for c in rows.columns:
        put("c", c.relid, c.name, c, (PG_CLASS, c.relid, c.num))
    for n in rows.not_nulls:
        side.put(side.at.get((PG_CLASS, n.relid, n.num)), n)
    for s in rows.sequences:
        if s.identity and s.owner_relid is not None and s.owner_attnum is not None:
            side.put(side.at.get((PG_CLASS, s.owner_relid, s.owner_attnum)), s)
    for k in rows.constraints:
        index = [(PG_CLASS, k.index_oid, 0)] if k.index_oid is not None else []
        unit = put("k", k.relid, k.name, k, (PG_CONSTRAINT, k.oid, 0), *index)
        if unit is not None and k.type in ("p", "u"):
            side.keys.setdefault(k.relid, []).append(unit)
        if unit is not None and k.type == "f" and (
                target := by_name.get((k.ref_schema, k.ref_table))) is not None:
            side.referenced.setdefault(k.relid, set()).add(target)
            side.foreign_keys.append((unit, target))
    for x in rows.indexes:
        unit = put("i", x.relid, x.name, x, (PG_CLASS, x.oid, 0))
        if unit is not None and x.is_unique:
            side.keys.setdefault(x.relid, []).append(unit)
    for tag, group, catalog in (("g", rows.triggers, PG_TRIGGER), ("p", rows.policies, PG_POLICY),
                                ("r", rows.rules, PG_REWRITE)):
        for row in group:
            if (relid := by_name.get((row.schema, row.table_name))) is not None:
                put(tag, relid, row.name, row, (catalog, row.oid, 0))
    for notes in (rows.grants, rows.comments):
        for a in notes:
            address = (a.classid, a.objid, a.objsubid)
            if (unit := side.at.get(address)) is None and side.table_of(address) is not None:
                unit = side.table_unit("t", a.objid)
            side.put(unit, a)
    for f in fields(CatalogRows):
        if f.name not in _TABLE_KINDS:
            for row in getattr(rows, f.name):
                oids = [getattr(row, n) for n in ("oid", "relid", "multirange_oid") if n in row._fields]
                side.other.setdefault(_frozen(side.strip(row)), []).extend(o for o in oids if o is not None)
    return side


def _changed(mine: _Side, theirs: _Side) -> tuple[set[Unit], set[int]]:
    """Units that differ (on either side) and the oids of this side's changed other objects."""
    units = {u for u, content in mine.units.items() if content != theirs.units.get(u)}
    units |= {u for u in theirs.units if u not in mine.units}
    oids = {oid for row, row_oids in mine.other.items() if row not in theirs.other for oid in row_oids}
    return units, oids


def _reached(side: _Side, units: set[Unit], oids: set[int]) -> set[int]:
    """Relids of the tables owning a changed unit or anything that depends on a changed thing
    (a part of a table counts as a change of the whole table for what depends on the whole)."""
    dependents: dict[Node, list[Node]] = {}
    for d in side.rows.dependencies:
        target = side.node((d.refclassid, d.refobjid, d.refobjsubid))
        dependents.setdefault(target, []).append(side.node((d.classid, d.objid, d.objsubid)))
    # The diff also rebuilds a foreign key when its referenced table is rebuilt (which only a
    # change of the table itself or of its columns can cause: its "shape") or when any key of
    # that table (PRIMARY KEY, UNIQUE, unique index) is dropped; pg_depend has neither.
    for fk, target_relid in side.foreign_keys:
        for key in [("shape", target_relid), *side.keys.get(target_relid, ())]:
            dependents.setdefault(key, []).append(fk)
    queue: list[Node] = [u for u in units if u in side.owner]
    queue += [("shape", side.owner[u]) for u in units if u[0] in ("t", "c") and u in side.owner]
    queue += [("oid", oid) for oid in oids]
    seen: set[Node] = set()
    kept: set[int] = set()
    while queue:
        node = queue.pop()
        if node in seen:
            continue
        seen.add(node)
        queue += dependents.get(node, ())
        if node[0] in ("whole", "shape"):
            kept.add(node[1])
        elif (relid := side.owner.get(node)) is not None:
            kept.add(relid)
            queue.append(("whole", relid))
    return kept


def _family(side: _Side, relids: set[int]) -> set[int]:
    """``relids`` with their ancestors and descendants (partitions, inheritance children)."""
    children: dict[int, set[int]] = {}
    for child, parents in side.parents.items():
        for parent in parents:
            children.setdefault(parent, set()).add(child)
    out: set[int] = set()
    queue = list(relids)
    while queue:
        relid = queue.pop()
        if relid in out:
            continue
        out.add(relid)
        queue += side.parents.get(relid, ())
        queue += children.get(relid, ())
    return out


def narrow(a: CatalogRows, b: CatalogRows, logical_a: dict[str, str],
           logical_b: dict[str, str]) -> tuple[CatalogRows, CatalogRows]:
    """Both sides' rows without the tables the comparison cannot touch (see the module doc)."""
    sides = (_cut(a, logical_a), _cut(b, logical_b))
    names: set[tuple[str, str]] = set()
    for mine, theirs in (sides, sides[::-1]):
        units, oids = _changed(mine, theirs)
        names |= {_logical_name(mine, r) for r in _family(mine, _reached(mine, units, oids))}
        names |= {u[1:3] for u in units}  # also the tables of units the other side lacks
    # the tables kept, with their family and the tables their foreign keys reference (once,
    # not transitively), named alike on both sides
    grown = set(names)
    for side in sides:
        keep = _family(side, {r for r, name in side.names.items() if name in names})
        keep = _family(side, keep | {t for relid in keep for t in side.referenced.get(relid, ())})
        grown |= {side.names[r] for r in keep}
    names = grown
    a_rows, b_rows = (_filter(side, names) for side in sides)
    return a_rows, b_rows


def _logical_name(side: _Side, relid: int) -> tuple[str, str]:
    return side.names[relid]


def _filter(side: _Side, names: set[tuple[str, str]]) -> CatalogRows:
    """The side's rows without the tables outside ``names`` and everything on them."""
    rows = side.rows
    dropped = {relid for relid, name in side.names.items() if name not in names}
    dropped_names = {side.tables[relid] for relid in dropped}

    def kept(address: Address) -> bool:
        return side.table_of(address) not in dropped

    return replace(
        rows,
        tables=[t for t in rows.tables if t.oid not in dropped],
        inherits=[i for i in rows.inherits if i.relid not in dropped],
        columns=[c for c in rows.columns if c.relid not in dropped],
        not_nulls=[n for n in rows.not_nulls if n.relid not in dropped],
        constraints=[k for k in rows.constraints if k.relid not in dropped],
        indexes=[x for x in rows.indexes if x.relid not in dropped],
        triggers=_by_name(rows.triggers, dropped_names),
        policies=_by_name(rows.policies, dropped_names),
        rules=_by_name(rows.rules, dropped_names),
        grants=[g for g in rows.grants if kept((g.classid, g.objid, g.objsubid))],
        comments=[c for c in rows.comments if kept((c.classid, c.objid, c.objsubid))],
        dependencies=[d for d in rows.dependencies if kept((d.classid, d.objid, d.objsubid))
                      and kept((d.refclassid, d.refobjid, d.refobjsubid))],
    )


def _by_name(rows: Sequence[Any], dropped: set[tuple[str, str]]) -> list[Any]:
    return [r for r in rows if (r.schema, r.table_name) not in dropped]
