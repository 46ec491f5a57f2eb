"""``--safe``: a plan without the changes that delete data, and without what needed them.

Leaving a change out changes what the rest of the plan runs against.  A table whose
DROP is left out stays, and so does everything on it: a trigger still calls its
function, a column still has its type, its name still holds the relation's
namespace.  So, from the left-out changes, until nothing more goes:

* a drop goes too when it removes what a staying object needs (the function a kept
  table's trigger calls: the drop of the table was what took the trigger away);
* so does a column's ALTER, or a rebuild, of what a staying object needs (a key's
  column retyped under the staying table's foreign key onto it);
* a build goes too when it needs what a left-out build would have made;
* a build goes too when it makes what stays (the same object: a column dropped and added
  again, its DROP left out), or a CREATE a relation or type under a name a staying
  relation or type still holds (a view made where the table was; a table whose identity
  sequence is named as a staying table's is, as after a rename);
* a partition's CREATE or ATTACH goes too when its parent keeps a partition (dropped or
  detached in the plan: its bounds may overlap the new ones), or when the table keeps a
  column (PostgreSQL attaches only a table with its parent's columns); and so does the
  DETACH that such an ATTACH would have followed (the partition stays as it was).

Identity sequences and partitions' parents are no objects of their own in a plan: they
come from the tables of the models (the target's for what stays, the source's for what is
made).

Every change left out is listed as a warning, with why and what it does (``drop table
public.legacy``; a partition's DETACH and ATTACH share one id, and say which they are).  What is kept is applied as
ordered before: taking changes out never needs another order.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from pgstrata.diff.changes import Action, Change
from pgstrata.diff.context import ATTACH_SUFFIX, attach_id
from pgstrata.hazards import Hazard
from pgstrata.model import Kind, ObjectId

if TYPE_CHECKING:
    from pgstrata.model import SchemaModel
    from pgstrata.plan import Plan

# Kinds whose names share one namespace per schema: pg_class (tables, views, sequences,
# indexes …) and pg_type (every relation but an index and a sequence has a row type there).
_NAMED_IN_SCHEMA = frozenset({
    Kind.TABLE, Kind.VIEW, Kind.MATERIALIZED_VIEW, Kind.FOREIGN_TABLE, Kind.SEQUENCE, Kind.INDEX,
    Kind.ENUM, Kind.DOMAIN, Kind.COMPOSITE, Kind.RANGE,
})


def without_data_loss(plan: Plan, target: SchemaModel | None = None) -> Plan:
    """The plan minus changes that delete data and the changes that depended on them;
    ``target`` is the model the plan applies to (``plan.source`` the one it makes)."""
    left = _LeftOut(held=_identity_sequences(target), made=_identity_sequences(plan.source),
                    attached=_partitions(target), attaching=_partitions(plan.source))
    for change in plan.changes:
        if Hazard.DELETES_DATA in change.hazards:
            left.add(change, "deletes data")
    kept = [c for c in plan.changes if not left.holds(c)]
    while True:
        dependent = [c for c in kept if left.needs_out(c)]
        if not dependent:
            break
        for change in dependent:
            left.add(change, "needs a change left out")
        kept = [c for c in kept if not left.holds(c)]
    return replace(plan, changes=tuple(kept), warnings=plan.warnings + tuple(left.warnings))


@dataclass
class _LeftOut:
    """What the changes left out so far leave behind (see the module docstring)."""

    held: dict[ObjectId, set[tuple[str | None, str]]]  # a target table → its identity sequences
    made: dict[ObjectId, set[tuple[str | None, str]]]  # a source table → its identity sequences
    attached: dict[ObjectId, tuple[ObjectId, ObjectId]]  # a target partition or its ATTACH → (it, its parent)
    attaching: dict[ObjectId, tuple[ObjectId, ObjectId]]  # likewise, in the source
    changes: set[int] = field(default_factory=set)  # id() of each change left out
    warnings: list[str] = field(default_factory=list)
    staying: set[ObjectId] = field(default_factory=set)  # what left-out drops would have removed
    needed: set[ObjectId] = field(default_factory=set)  # what those staying objects need
    missing: set[ObjectId] = field(default_factory=set)  # what left-out builds would have made
    names: set[tuple[str | None, str]] = field(default_factory=set)  # names staying objects hold
    crowded: set[ObjectId] = field(default_factory=set)  # parents a staying partition is attached to
    columns_kept: set[tuple[str | None, str | None]] = field(default_factory=set)  # tables a staying column is of

    def add(self, change: Change, why: str) -> None:
        self.changes.add(id(change))
        self.warnings.append(f"left out ({why}): {_described(change)}")
        if change.action is Action.DROP:
            self.staying |= change.removes
            self.needed |= change.requires
            self.names |= {_name(o) for o in change.removes if o.kind in _NAMED_IN_SCHEMA}
            self.names |= self.held.get(change.id, set())
            self.columns_kept |= {(o.schema, o.parent) for o in change.removes if o.kind is Kind.COLUMN}
            if change.id in self.attached:  # a partition dropped or detached: its bounds stay
                self.crowded.add(self.attached[change.id][1])
        else:
            self.missing |= change.provides

    def holds(self, change: Change) -> bool:
        return id(change) in self.changes

    def needs_out(self, change: Change) -> bool:
        """Whether ``change`` cannot run without the changes left out so far."""
        if change.action is Action.DROP:  # (or a DETACH whose ATTACH again is left out)
            return not change.removes.isdisjoint(self.needed) or any(
                o in self.missing and o in self.attached for o in change.removes)
        if not change.requires.isdisjoint(self.missing):
            return True
        if change.id in self.needed and (change.action is Action.REPLACE or change.id.kind is Kind.COLUMN):
            return True
        if not change.provides.isdisjoint(self.staying):  # (a column added again where it stays)
            return True
        if any(self._cannot_attach(*self.attaching[o]) for o in self._attaches(change)):
            return True
        if change.action is not Action.CREATE:
            return False
        return (any(_name(o) in self.names for o in change.provides if o.kind in _NAMED_IN_SCHEMA)
                or not self.names.isdisjoint(self.made.get(change.id, ())))

    def _attaches(self, change: Change) -> list[ObjectId]:
        """The partitions ``change`` attaches: its ATTACH, or its CREATE … PARTITION OF."""
        return [o for o in change.provides
                if o in self.attaching and (change.action is Action.CREATE or o != self.attaching[o][0])]

    def _cannot_attach(self, table: ObjectId, parent: ObjectId) -> bool:
        """Whether ``table`` cannot become a partition of ``parent``: a staying partition of
        ``parent`` may hold its bounds, or ``table`` keeps a column the parent lacks."""
        return parent in self.crowded or (table.schema, table.name) in self.columns_kept


def _described(change: Change) -> str:
    """What ``change`` does, in a few words: its action and the object's id."""
    oid = change.id
    if oid.kind is Kind.TABLE and oid.name.endswith(ATTACH_SUFFIX):
        verb = "detach" if change.action is Action.DROP else "attach"
        return f"{verb} partition {oid.schema}.{oid.name.removesuffix(ATTACH_SUFFIX)}"
    return f"{change.action.value} {oid}"


def _name(oid: ObjectId) -> tuple[str | None, str]:
    return (oid.schema, oid.name)


def _identity_sequences(model: SchemaModel | None) -> dict[ObjectId, set[tuple[str | None, str]]]:
    """Each table of ``model`` that has identity columns → the names of their sequences."""
    out: dict[ObjectId, set[tuple[str | None, str]]] = {}
    for table in model.tables if model is not None else ():
        names = {(table.schema, c.identity.sequence_name) for c in table.columns if c.identity is not None}
        if names:
            out[table.id] = names
    return out


def _partitions(model: SchemaModel | None) -> dict[ObjectId, tuple[ObjectId, ObjectId]]:
    """Each partition of ``model``, and its ATTACH, → (the partition, its parent)."""
    out: dict[ObjectId, tuple[ObjectId, ObjectId]] = {}
    for table in model.tables if model is not None else ():
        if table.partition_of is not None:
            pair = (table.id, ObjectId(Kind.TABLE, *table.partition_of))
            out[table.id] = out[attach_id(table.schema, table.name)] = pair
    return out
