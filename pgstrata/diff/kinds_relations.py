"""Comparators for constraints, indexes, triggers, rules and policies (objects on a table)."""

from __future__ import annotations

import dataclasses
import re

from pgstrata.ddl import routines as rddl
from pgstrata.ddl import tables as ddl
from pgstrata.diff.changes import Change, alter, create, drop
from pgstrata.diff.context import Context, Graph, attach_id
from pgstrata.diff.inheritance_rebuilds import leaves_every_parent_having, plain_parent_index
from pgstrata.diff.ranks import FOREIGN_KEY, rank
from pgstrata.diff.table_rebuild import renamed_away
from pgstrata.hazards import Hazard
from pgstrata.model import (
    Constraint,
    Index,
    Kind,
    ObjectId,
    Policy,
    Rule,
    Statistics,
    Table,
    Trigger,
)
from pgstrata.quoting import ident

# ----------------------------------------------------------------------------- constraints


def _strip_not_valid(definition: str) -> str:
    return definition[: -len(" NOT VALID")] if definition.endswith(" NOT VALID") else definition


def _skip_constraint(c: Constraint, ctx: Context, *, old: bool) -> bool:
    """NOT NULL lives on the column; inherited checks/FKs come from the parent."""
    if c.type == "n":
        return True
    if c.inherited and c.type not in "pux":
        # (but a partition this plan detaches keeps them as its own: they are compared)
        return not (old and ((c.schema, c.table) in ctx.detached or own_once_parent_left(c, ctx)))
    if c.inherited:  # a partition's key: created with ONLY and attached (as pg_dump does)
        g = ctx.old if old else ctx.new
        t = g.tables.get((c.schema, c.table))
        return t is None or t.partition_of is None
    return False


def own_once_parent_left(c: Constraint, ctx: Context) -> bool:
    """An inherited CHECK of an inheritance child that leaves every parent that has it (the
    parent kept or dropped): NO INHERIT (kinds_tables.no_inherit_change, in the drop phase)
    leaves it the child's own, compared as one."""
    key = (c.schema, c.table)
    t, after = ctx.old.tables.get(key), ctx.new.tables.get(key)
    if t is None or after is None or t.partition_of is not None or key in ctx.dropped_tables:
        return False
    return leaves_every_parent_having(
        t, after, lambda p: any(k.name == c.name for k in ctx.old.constraints_of.get(p, [])))


def parent_constraint_index(c: Constraint, ctx: Context) -> tuple[str, str] | None:
    """The partitioned parent's key index a partition's key is attached to."""
    t = ctx.new.tables.get((c.schema, c.table))
    if t is None or t.partition_of is None or not c.inherited:
        return None
    for k in ctx.new.constraints_of.get(t.partition_of, []):
        if k.type == c.type and sorted(k.columns) == sorted(c.columns) and k.index_name:
            return (k.schema, k.index_name)
    return None


def constraint_create(c: Constraint, ctx: Context, *, table_existed: bool) -> Change:
    n = ctx.names
    parent_idx = parent_constraint_index(c, ctx)
    stmts = ddl.add_constraint(c, n, only=c.type in "pux")
    req: set[ObjectId] = set()  # beyond what the graph says it requires (most add nothing)
    if parent_idx is not None and (c.schema, c.table) not in ctx.attaching:
        stmts.append(ddl.attach_index(parent_idx, c.schema, c.index_name or c.name, n))
        pt = ctx.new.tables[(c.schema, c.table)].partition_of
        assert pt is not None
        for k in ctx.new.constraints_of.get(pt, []):
            if k.index_name == parent_idx[1]:
                req.add(k.id)
    if parent_idx is None and constraint_taken_by_attach(c, ctx):  # (see _taken_by_attach)
        req.add(attach_id(c.schema, c.table))
    if parent_idx is None and (attach := _attach_to_plain_index(c, ctx)) is not None:
        stmts.append(attach[0])
        req.add(attach[1])
    if c.type == "f" and (c.ref_schema or c.schema, c.ref_table) in ctx.rebuilt:
        req.add(_data_id(c.ref_schema or c.schema, c.ref_table or ""))
    if c.type == "c" and not c.validated and not c.no_inherit:
        req |= _heirs_valid_copies(c, ctx)
    hazards: set[Hazard] = set()
    if table_existed and c.validated:
        hazards.add(Hazard.BLOCKS_WRITES)
        if c.type in "cfpux":  # (a constraint trigger checks no existing row)
            hazards.add(Hazard.VALIDATES_ROWS)
    # (the change provides its own id anyway: a set of it alone would be a copy per constraint)
    provides = frozenset((c.id, ObjectId(Kind.INDEX, c.schema, c.index_name, c.table))) if c.index_name else frozenset()
    requires = ctx.new.requires(c.id)  # the graph's set itself, shared, unless more is needed
    return create(c.id, stmts, requires=requires | req if req else requires, provides=provides, hazards=hazards,
                  rank=FOREIGN_KEY if c.type == "f" else rank(Kind.CONSTRAINT))


def _heirs_valid_copies(c: Constraint, ctx: Context) -> set[ObjectId]:
    """The valid CHECKs of the same name that the children of NOT VALID CHECK ``c``'s table hold
    as their own: made first, since PostgreSQL refuses to add a valid CHECK beside the NOT
    VALID one the parent's would give the child ("conflicts with NOT VALID constraint"), but
    merges a NOT VALID parent's into a child's valid one."""
    t = ctx.new.tables.get((c.schema, c.table))
    if t is None:
        return set()
    return {k.id for child in ctx.new.heirs(t, lambda _: True)
            for k in ctx.new.constraints_of.get((child.schema, child.name), [])
            if k.type == "c" and k.name == c.name and k.validated and not k.inherited}


def _inherited_check_validated(old: Constraint | None, new: Constraint, ctx: Context) -> list[Change]:
    """A parent's NOT VALID CHECK is valid on the partitions and children created after it (and
    on one validated by itself): ADD CONSTRAINT … NOT VALID on the parent, or the old copy,
    leaves an existing child's copy not valid, so the child validates its own."""
    key = (new.schema, new.table)
    t = ctx.new.tables.get(key)
    if t is None or key not in ctx.old.tables or ctx.table_dropped(*key) or key in ctx.attaching:
        return []
    parent_checks = [k for p in t.parent_keys for k in ctx.new.constraints_of.get(p, [])
                     if k.name == new.name and k.type == "c"]
    if old is not None and _parent_check_remade(t, parent_checks, ctx):
        old = None  # the child's copy goes with the parent's and comes anew with it
    if old is not None and old.validated:
        return []
    if old is None and all(k.validated for k in parent_checks):
        return []  # a valid parent constraint validates its children's copies when added
    return [alter(new.id, ddl.validate_constraint(new, ctx.names),
                  requires=ctx.new.requires(new.id) | {k.id for k in parent_checks}, rank=rank(Kind.CONSTRAINT))]


def _parent_check_remade(t: Table, parent_checks: list[Constraint], ctx: Context) -> bool:
    """Whether a parent's CHECK the child inherits is dropped and added again (its expression
    changes): the child's copy is then a new one, not valid when the parent's is NOT VALID."""
    for k in parent_checks:
        before = next((o for p in t.parent_keys for o in ctx.old.constraints_of.get(p, [])
                       if o.name == k.name and o.type == "c"), None)
        if before is None or _strip_not_valid(before.definition) != _strip_not_valid(k.definition):
            return True
    return False


def partition_keys_renamed(old_objs: dict[ObjectId, Constraint], new_objs: dict[ObjectId, Constraint],
                           ctx: Context) -> dict[ObjectId, ObjectId]:
    """A partition's key (primary key, unique, exclusion) attached to its parent's, which stays,
    under another name in the source: old id → new id.  PostgreSQL refuses to drop it (it is
    inherited) and to attach a second one, so it is renamed (its index with it)."""
    gone = [c for oid, c in old_objs.items() if oid not in new_objs and c.inherited and c.type in "pux"]
    if not gone:
        return {}
    fresh: dict[tuple[str, str, str], list[Constraint]] = {}
    for oid, c in new_objs.items():
        if oid not in old_objs and c.inherited and c.type in "pux":
            fresh.setdefault((c.schema, c.table, c.type), []).append(c)
    out: dict[ObjectId, ObjectId] = {}
    for o in gone:
        key = (o.schema, o.table)
        if (key in ctx.detached or key in ctx.attaching or key in ctx.rebuilt or ctx.table_dropped(*key)
                or _parent_key_changed(o, ctx)):
            continue
        for cand in fresh.get((o.schema, o.table, o.type), ()):
            if cand.id not in out.values() and dataclasses.replace(
                    o, name=cand.name, index_name=cand.index_name) == cand:
                out[o.id] = cand.id
                break
    return out


def attached_checks_renamed(old_objs: dict[ObjectId, Constraint], new_objs: dict[ObjectId, Constraint],
                            ctx: Context) -> dict[ObjectId, ObjectId]:
    """A table's own CHECK that the parent it is attached to has under another name (a table
    made on its own, then attached as a partition): old id → new id.  ATTACH PARTITION requires
    the table to hold the parent's CHECKs by name (it merges them, inherited only): renamed
    before, not dropped (the ATTACH failed) nor kept under its own name (the same)."""
    out: dict[ObjectId, ObjectId] = {}
    for oid, o in old_objs.items():
        key = (o.schema, o.table)
        if (oid in new_objs or o.type != "c" or key not in ctx.attaching or key in ctx.rebuilt
                or (o.inherited and key not in ctx.detached)):
            continue
        for nid, c in new_objs.items():
            if (nid not in old_objs and nid not in out.values() and c.type == "c" and c.inherited
                    and (c.schema, c.table) == key
                    and _strip_not_valid(o.definition) == _strip_not_valid(c.definition)
                    and (o.validated or not c.validated)):
                out[oid] = nid
                break
    return out


def _parent_key_changed(c: Constraint, ctx: Context) -> bool:
    """Whether the parent's key a partition's key ``c`` is attached to is not the same in both."""
    t_old, t_new = ctx.old.tables.get((c.schema, c.table)), ctx.new.tables.get((c.schema, c.table))
    if t_old is None or t_new is None or t_old.partition_of is None or t_old.partition_of != t_new.partition_of:
        return True

    def parent_key(g: Graph) -> Constraint | None:
        return next((k for k in g.constraints_of.get(t_old.partition_of, [])
                     if k.type == c.type and sorted(k.columns) == sorted(c.columns)), None)
    before, after = parent_key(ctx.old), parent_key(ctx.new)
    return before is None or before != after


def compare_constraint(old: Constraint | None, new: Constraint | None, ctx: Context) -> list[Change]:
    n = ctx.names
    if old is not None and new is not None and old.name != new.name:  # see partition_keys_renamed
        sql = f"ALTER TABLE {n.qual(old.schema, old.table)} RENAME CONSTRAINT {ident(old.name)} TO {ident(new.name)}"
        return [alter(new.id, [sql], requires=ctx.new.requires(new.id), rank=rank(Kind.CONSTRAINT))]
    if old is not None and new is not None and _inherited_key_storage_parameters_only(old, new) \
            and not ctx.table_dropped(new.schema, new.table) and (new.schema, new.table) not in ctx.attaching \
            and not _goes_with_parent(old, ctx):
        # (a partition's key attached to its parent's, which stays: DROP CONSTRAINT refuses it)
        return [alter(new.id, ddl.key_index_storage_parameters(old, new, n), requires=ctx.new.requires(new.id),
                      rank=rank(Kind.CONSTRAINT))]
    if (new is not None and new.inherited and new.type == "c" and new.validated
            and (validate := _inherited_check_validated(old, new, ctx))):
        return validate
    if _check_kept_for_attach(old, new, ctx):
        return []
    if old is not None and _skip_constraint(old, ctx, old=True):
        old = None
    if new is not None and _skip_constraint(new, ctx, old=False):
        new = None
    out: list[Change] = []
    same_shape = (
        old is not None and new is not None
        and _strip_not_valid(old.definition) == _strip_not_valid(new.definition)
        and old.type == new.type
        and set(old.index_options) == set(new.index_options)
        and (parent_constraint_index(new, ctx) == _old_parent_index(old, ctx)
             or (new.schema, new.table) in ctx.attaching)
    )
    if same_shape and old is not None and new is not None and not constraint_taken_by_attach(new, ctx):
        cluster = _cluster_change(old.index_clustered, new.index_clustered, new.schema, new.table,
                                  new.index_name, new.id, ctx)
        attach = _index_attached_now(old, new, ctx)
        if not old.validated and new.validated:
            return [alter(new.id, ddl.validate_constraint(new, n), requires=ctx.new.requires(new.id),
                          hazards={Hazard.BLOCKS_WRITES} if new.type == "f" else set(),
                          rank=FOREIGN_KEY if new.type == "f" else rank(Kind.CONSTRAINT)), *cluster, *attach]
        if old.validated == new.validated:
            return [*cluster, *attach]
    if old is not None and not _goes_with_parent(old, ctx) and (
            not ctx.table_dropped(old.schema, old.table) or _rebuilt_table_fk(old, ctx)):
        removes = {old.id}
        if old.index_name:
            removes.add(ObjectId(Kind.INDEX, old.schema, old.index_name, old.table))
        out.append(drop(old.id, ddl.drop_constraint(old, n), requires=ctx.old.drop_requires(old.id) - {_table_id(old)},
                        removes=removes, rank=rank(Kind.CONSTRAINT)))
    if new is not None:
        existed = (new.schema, new.table) in ctx.old.tables and not ctx.table_dropped(new.schema, new.table)
        out.append(constraint_create(new, ctx, table_existed=existed))
    return out


def _attach_to_plain_index(c: Constraint, ctx: Context) -> tuple[str, ObjectId] | None:
    """ALTER INDEX … ATTACH PARTITION of key ``c``'s index to the parent's plain index (and that
    index's id, to wait for); a partition this plan attaches has it attached by ATTACH PARTITION."""
    parent = plain_parent_index(c, ctx.new)
    if parent is None or c.index_name is None or (c.schema, c.table) in ctx.attaching:
        return None
    return ddl.attach_index((parent.schema, parent.name), c.schema, c.index_name, ctx.names), parent.id


def _index_attached_now(old: Constraint, new: Constraint, ctx: Context) -> list[Change]:
    """A key kept whose index the source attaches to a plain index of the parent while the
    target's is not.  (Attached to another one, or going with it, the partition is detached
    and attached again: inheritance_rebuilds.key_index_held_by_parent.)"""
    if new.index_parent is None or old.index_parent == new.index_parent:
        return []
    if (attach := _attach_to_plain_index(new, ctx)) is None:
        return []
    return [alter(ObjectId(Kind.CONSTRAINT, new.schema, new.name + " ATTACHED", new.table), [attach[0]],
                  requires={new.id, attach[1]}, rank=rank(Kind.INDEX))]


def _check_kept_for_attach(old: Constraint | None, new: Constraint | None, ctx: Context) -> bool:
    """A table attached as a partition (a partition detached and attached again, or a table
    that becomes one) keeps its CHECK that the new parent has too, unchanged: ATTACH PARTITION
    requires the partition to have it (it merges it, inherited) - dropped first, ATTACH failed."""
    if old is None or new is None or old.type != "c" or new.type != "c":
        return False
    key = (old.schema, old.table)
    return (new.inherited and key in ctx.attaching and (not old.inherited or key in ctx.detached)
            and _strip_not_valid(old.definition) == _strip_not_valid(new.definition)
            and (old.validated or not new.validated))


def _rebuilt_table_fk(c: Constraint, ctx: Context) -> bool:
    """A foreign key of a table rebuilt with its rows: dropped first, like any other table's,
    so that the key it references (maybe of another rebuilt table, or its own) can go."""
    return c.type == "f" and not c.inherited and (c.schema, c.table) in ctx.rebuilt


def _goes_with_parent(c: Constraint, ctx: Context) -> bool:
    """A partition's key attached to a parent key that is dropped goes with it (unless the
    partition is detached first: then the key is its own)."""
    if (c.schema, c.table) in ctx.detached:
        return False
    parent = _old_parent_index(c, ctx)
    if parent is None:
        return False
    t = ctx.old.tables[(c.schema, c.table)]
    assert t.partition_of is not None
    new_parent = [k for k in ctx.new.constraints_of.get(t.partition_of, []) if k.index_name == parent[1]]
    old_parent = [k for k in ctx.old.constraints_of.get(t.partition_of, []) if k.index_name == parent[1]]
    return not new_parent or (bool(old_parent) and old_parent[0] != new_parent[0])


def _table_id(c: Constraint) -> ObjectId:
    return ObjectId(Kind.TABLE, c.schema, c.table)


def _old_parent_index(c: Constraint, ctx: Context) -> tuple[str, str] | None:
    t = ctx.old.tables.get((c.schema, c.table))
    if t is None or t.partition_of is None or not c.inherited:
        return None
    for k in ctx.old.constraints_of.get(t.partition_of, []):
        if k.type == c.type and sorted(k.columns) == sorted(c.columns) and k.index_name:
            return (k.schema, k.index_name)
    return None


# ----------------------------------------------------------------------------- indexes


def _cluster_change(was: bool, now: bool, schema: str, table: str, index: str | None,
                    oid: ObjectId, ctx: Context) -> list[Change]:
    """CLUSTER ON an index that stays, or off it - unless the table is clustered on another
    index in the source (CLUSTER ON that one moves the mark, whatever the order)."""
    if was == now or index is None:
        return []
    if not now:
        key = (schema, table)
        if any(i.clustered for i in ctx.new.indexes_of.get(key, ())) or any(
                k.index_clustered for k in ctx.new.constraints_of.get(key, ())):
            return []
    sql = ddl.cluster_on(schema, table, index if now else None, ctx.names)
    return [alter(ObjectId(oid.kind, oid.schema, oid.name + " CLUSTER", oid.parent), [sql],
                  requires=ctx.new.requires(oid) | {oid}, rank=rank(oid.kind))]


def attached_indexes_renamed(old_objs: dict[ObjectId, Index], new_objs: dict[ObjectId, Index],
                             ctx: Context) -> dict[ObjectId, ObjectId]:
    """A partition's index attached to a partitioned index that stays, under another name in
    the source: old id → new id.  PostgreSQL refuses to drop it (its parent's index needs it)
    and to attach a second index of that partition to the parent's, so it is renamed.

    The source may give its name to another index of the partition (two attached indexes
    swapping names): the old one is then renamed away first (``compare_index``).  A name taken
    over so must belong to an index renamed itself, or to a stand-alone one (dropped before):
    an attached one stays, and so does its name (the pair is not made)."""
    def moved(i: Index, others: dict[ObjectId, Index]) -> bool:  # its name is another index's there
        return i.parent_index is not None and (
            (other := others.get(i.id)) is None or other.parent_index != i.parent_index)

    gone = [i for i in old_objs.values() if moved(i, new_objs)]
    if not gone:
        return {}
    fresh: dict[tuple[str, str, tuple[str, str]], list[Index]] = {}
    for i in new_objs.values():
        if moved(i, old_objs):
            fresh.setdefault((i.schema, i.table, i.parent_index), []).append(i)  # type: ignore[arg-type]
    out: dict[ObjectId, ObjectId] = {}
    renamed: dict[tuple[str, str], tuple[str, str]] = {}  # (schema, old name) → (schema, new name)
    while True:  # a parent's index renamed too (a partition of a partition): its children after it
        found = False
        for o in gone:
            key = (o.schema, o.table)
            assert o.parent_index is not None
            parent = renamed.get(o.parent_index, o.parent_index)
            if (o.id in out or key in ctx.detached or key in ctx.attaching or key in ctx.rebuilt
                    or ctx.table_dropped(*key) or (parent == o.parent_index and _index_changed(parent, ctx))):
                continue
            for cand in fresh.get((o.schema, o.table, parent), ()):
                if (cand.id not in out.values()
                        and dataclasses.replace(o, name=cand.name, definition=cand.definition,
                                                parent_index=parent) == cand
                        and _shape(o) == _shape(cand)):
                    out[o.id] = cand.id
                    renamed[(o.schema, o.name)] = (cand.schema, cand.name)
                    found = True
                    break
        if not found:
            break
    while taken := [o for o, n in out.items()
                    if n not in out and (holder := old_objs.get(n)) is not None and holder.parent_index is not None]:
        for o in taken:
            del out[o]
    return out


def _away_id(i: ObjectId) -> ObjectId:
    """The change that renames index ``i`` out of the way of the source's index of its name."""
    return i._replace(name=i.name + " AWAY")


def _renamed(old: Index, new: Index, ctx: Context) -> list[Change]:
    """``old`` renamed ``new.name`` (attached_indexes_renamed): in two steps when the source
    gives ``old``'s name to another index, after the index that holds ``new.name``, if any, is
    out of the way."""
    n = ctx.names
    req = ctx.new.requires(new.id)
    if new.id in ctx.old.objects:
        req = req | {_away_id(new.id)}
    current, out = old.name, []
    if old.id in ctx.new.objects:
        current = renamed_away(old.name)
        away = f"ALTER INDEX {n.qual(old.schema, old.name)} RENAME TO {ident(current)}"
        out.append(alter(_away_id(old.id), [away], rank=rank(Kind.INDEX)))
        req = req | {_away_id(old.id)}
    sql = f"ALTER INDEX {n.qual(old.schema, current)} RENAME TO {ident(new.name)}"
    return [*out, alter(new.id, [sql], requires=req, rank=rank(Kind.INDEX))]


def compare_index(old: Index | None, new: Index | None, ctx: Context) -> list[Change]:
    n = ctx.names
    if new is not None and not new.valid:
        new = None  # an invalid index is not made (pg_dump leaves it out): CREATE makes it valid
    taken = new is not None and _taken_by_attach(new, ctx)
    if old == new and not taken:
        return []
    if old is not None and new is not None and old.name != new.name:  # see attached_indexes_renamed
        return _renamed(old, new, ctx)
    if not taken and old is not None and new is not None and dataclasses.replace(old, statistics=new.statistics) == new:
        return [alter(ObjectId(Kind.INDEX, new.schema, new.name + " STATISTICS", new.table),
                      ddl.index_statistics(old, new, n), requires={new.id}, rank=rank(Kind.INDEX))]
    if not taken and old is not None and new is not None and dataclasses.replace(old, clustered=new.clustered) == new:
        return _cluster_change(old.clustered, new.clustered, new.schema, new.table, new.name, new.id, ctx)
    if not taken and old is not None and new is not None and _attached_storage_parameters_only(old, new) \
            and not ctx.table_dropped(new.schema, new.table):
        # (DROP INDEX refuses an index attached to its parent's: the parent's holds it)
        return [alter(new.id, ddl.index_storage_parameters(old, new, n), requires=ctx.new.requires(new.id),
                      rank=rank(Kind.INDEX))]
    attaching = new is not None and (new.schema, new.table) in ctx.attaching
    if (
        old is not None and new is not None and old.definition == new.definition
        and old.parent_index != new.parent_index
    ):  # only the attachment changed
        if attaching or new.parent_index is None:
            return []  # ATTACH PARTITION attaches it; DETACH PARTITION leaves it stand-alone
        return [alter(new.id, [ddl.attach_index(new.parent_index, new.schema, new.name, n)],
                      requires=ctx.new.requires(new.id), rank=rank(Kind.INDEX))]
    out: list[Change] = []
    parent_gone = old is not None and old.parent_index is not None and (old.schema, old.table) not in ctx.detached \
        and (old.parent_index != (new.parent_index if new else None) or _index_changed(old.parent_index, ctx))
    if old is not None and not ctx.table_dropped(old.schema, old.table) and not parent_gone:
        out.append(drop(old.id, ddl.drop_index(old, n), requires=ctx.old.requires(old.id) - {_idx_table(old)},
                        removes=_attached_indexes(old.id, ctx), rank=rank(Kind.INDEX)))
    if new is not None:
        stmts = ddl.create_index(new, n)
        if new.parent_index is not None and not attaching:
            stmts.append(ddl.attach_index(new.parent_index, new.schema, new.name, n))
        existed = (new.schema, new.table) in ctx.old.tables and not ctx.table_dropped(new.schema, new.table)
        hazards = {Hazard.BLOCKS_WRITES} if existed else set()
        req = ctx.new.requires(new.id)
        if new.parent_index is None and attaching:  # or ATTACH PARTITION would take it for the parent's
            req = req | {attach_id(new.schema, new.table)}
        if old is None and new.id in ctx.old.objects:  # its name's old holder is renamed away
            req = req | {_away_id(new.id)}
        out.append(create(new.id, stmts, requires=req, hazards=hazards, rank=rank(Kind.INDEX)))
    return out


def _inherited_key_storage_parameters_only(old: Constraint, new: Constraint) -> bool:
    """Whether a partition's primary key or unique constraint, inherited from its parent's,
    changes only in its index's storage parameters (``ALTER INDEX orders_2026_pkey SET
    (fillfactor = 80)``)."""
    return (old.inherited and new.inherited and new.type in "pu" and new.index_name is not None
            and old.index_options != new.index_options
            and dataclasses.replace(old, index_options=new.index_options) == new)


def _attached_storage_parameters_only(old: Index, new: Index) -> bool:
    """Whether a partition's index attached to its parent's changes only in its storage
    parameters (``ALTER INDEX … SET (fillfactor = 70)`` on the partition's alone)."""
    return (new.parent_index is not None and dataclasses.replace(old, definition=new.definition) == new
            and ddl.index_options(old)[0] == ddl.index_options(new)[0])


def constraint_taken_by_attach(c: Constraint, ctx: Context) -> bool:
    """Whether primary key or unique constraint ``c`` of a partition this plan attaches, not
    attached itself, is backed by an index of the shape of one the source attaches to a parent's
    index (as _taken_by_attach)."""
    if c.type not in "pu" or c.inherited or (c.schema, c.table) not in ctx.attaching \
            or parent_constraint_index(c, ctx) is not None:
        return False
    m = re.fullmatch(r"(?:UNIQUE|PRIMARY KEY) \((.*)\)", c.definition)
    if m is None or c.index_options:
        return False
    tail = f" USING btree ({m.group(1)})"
    return any(o.parent_index is not None and o.unique and not o.partial and o.definition.endswith(tail)
               for o in ctx.new.indexes_of.get((c.schema, c.table), ()))


def _taken_by_attach(i: Index, ctx: Context) -> bool:
    """Whether stand-alone index ``i`` of a partition this plan attaches has the shape of another
    of its indexes that the source attaches to a parent's index: ATTACH PARTITION takes the
    oldest matching index (``i``, there before), so ``i`` is dropped before and created after."""
    if i.parent_index is not None or (i.schema, i.table) not in ctx.attaching:
        return False
    shape = _shape(i)
    return any(o.parent_index is not None and o.name != i.name and _shape(o) == shape
               for o in ctx.new.indexes_of.get((i.schema, i.table), ()))


def _shape(i: Index) -> str:
    """``i``'s definition without its name (what ATTACH PARTITION matches indexes by)."""
    return i.definition.replace(f" INDEX {ident(i.name)} ON ", " INDEX ON ", 1)


def _attached_indexes(oid: ObjectId, ctx: Context) -> set[ObjectId]:
    """The partitions' indexes attached to partitioned index ``oid`` (at any depth): DROP INDEX
    takes them with it (and their comments)."""
    out: set[ObjectId] = set()
    todo = [oid]
    while todo:
        parent = todo.pop()
        for dep in ctx.old.rdeps.get(parent, ()):
            child = ctx.old.objects.get(dep)
            if (dep.kind is Kind.INDEX and dep not in out and isinstance(child, Index)
                    and child.parent_index == (parent.schema, parent.name)):
                out.add(dep)
                todo.append(dep)
    return out


def compare_statistics(old: Statistics | None, new: Statistics | None, ctx: Context) -> list[Change]:
    """Extended statistics: the target altered in place; any other change drops and creates
    (a statistics object on a dropped table goes with it, unless one of its name is made
    again: the table may be dropped only after that, e.g. once the children it still has are
    rebuilt under its copy in another schema, which ALTER TABLE … SET SCHEMA leaves the
    statistics object's schema behind for)."""
    if old == new:
        return []
    n = ctx.names
    if old is not None and new is not None and (old.definition, old.table) == (new.definition, new.table):
        return [alter(new.id, ddl.set_statistics_target(new, n), requires=ctx.new.requires(new.id),
                      rank=rank(Kind.STATISTICS))]
    out: list[Change] = []
    if old is not None and (new is not None or not ctx.table_dropped(*old.table)):
        out.append(drop(old.id, ddl.drop_statistics(old, n), requires=ctx.old.requires(old.id),
                        rank=rank(Kind.STATISTICS)))
    if new is not None:
        out.append(create(new.id, ddl.create_statistics(new, n), requires=ctx.new.requires(new.id),
                          rank=rank(Kind.STATISTICS)))
    return out


def _index_changed(key: tuple[str, str], ctx: Context) -> bool:
    """Whether the (parent) index ``key`` is dropped or re-created by this plan."""
    old = [i for i in ctx.old.model.indexes if (i.schema, i.name) == key]
    new = [i for i in ctx.new.model.indexes if (i.schema, i.name) == key]
    return not new or (bool(old) and old[0].definition != new[0].definition)


def _idx_table(i: Index) -> ObjectId:
    return ObjectId(Kind.TABLE, i.schema, i.table)


# ----------------------------------------------------------------------------- triggers, rules, policies


def compare_trigger(old: Trigger | None, new: Trigger | None, ctx: Context) -> list[Change]:
    if new is not None and new.inherited:
        if old is not None and not old.inherited and not ctx.table_dropped(old.schema, old.table):
            # the partition's own trigger makes way for the clone of its parent's (same name)
            return [*_drop_create(old, None, ctx, rddl.create_trigger, rddl.drop_trigger),
                    *_clone_state(None, new, ctx)]
        return _clone_state(old if old is not None and old.inherited else None, new, ctx)
    if old is not None and old.inherited:
        old = None
    if old == new:
        return []
    if old is not None and new is not None and old.definition == new.definition:
        return [alter(new.id, [rddl.trigger_state(new, ctx.names)], requires=ctx.new.requires(new.id),
                      rank=rank(Kind.TRIGGER))]
    return _drop_create(old, new, ctx, rddl.create_trigger, rddl.drop_trigger)


def _clone_state(old: Trigger | None, new: Trigger, ctx: Context) -> list[Change]:
    """A partition's clone of its parent's trigger comes and goes with the parent's; only its
    firing state is its own (ALTER TABLE partition DISABLE TRIGGER …).  Set when it changes,
    or when the clone is made anew (new parent trigger or partition) in a state other than
    its parent's."""
    t = ctx.new.tables.get((new.schema, new.table))
    if t is None or t.partition_of is None:
        return []
    parent_id = ObjectId(Kind.TRIGGER, t.partition_of[0], new.name, t.partition_of[1])
    parent = ctx.new.objects.get(parent_id)
    if not isinstance(parent, Trigger):
        return []
    old_parent = ctx.old.objects.get(parent_id)
    made_anew = (old is None or not isinstance(old_parent, Trigger) or old_parent.definition != parent.definition
                 or (new.schema, new.table) in ctx.attaching or (new.schema, new.table) in ctx.rebuilt)
    if not (made_anew and new.enabled != parent.enabled) and (old is None or old.enabled == new.enabled):
        return []
    return [alter(new.id, [rddl.trigger_state(new, ctx.names)],
                  requires=ctx.new.requires(new.id) | {parent_id}, rank=rank(Kind.TRIGGER))]


def compare_rule(old: Rule | None, new: Rule | None, ctx: Context) -> list[Change]:
    if old is not None and new is not None and old.definition == new.definition and old.enabled != new.enabled:
        return [alter(new.id, [rddl.rule_state(new, ctx.names)], requires=ctx.new.requires(new.id),
                      rank=rank(Kind.RULE))]
    return _drop_create(old, new, ctx, rddl.create_rule, rddl.drop_rule)


def compare_policy(old: Policy | None, new: Policy | None, ctx: Context) -> list[Change]:
    if old == new:
        return []
    if (
        old is not None and new is not None
        and (old.command, old.permissive) == (new.command, new.permissive)
        and not (old.using is not None and new.using is None)
        and not (old.with_check is not None and new.with_check is None)
    ):
        return [alter(new.id, rddl.alter_policy(old, new, ctx.names), requires=ctx.new.requires(new.id),
                      rank=rank(Kind.POLICY))]
    return _drop_create(old, new, ctx, rddl.create_policy, rddl.drop_policy)


def _data_id(schema: str, table: str) -> ObjectId:
    return ObjectId(Kind.TABLE, schema, table + " DATA")


def _drop_create(old, new, ctx: Context, render_create, render_drop) -> list[Change]:  # type: ignore[no-untyped-def]
    out: list[Change] = []
    if old is not None and old != new and not ctx.table_dropped(old.schema, old.table):
        # A rule, policy or trigger that reads a column blocks DROP COLUMN: it keeps needing
        # its table, which a column's drop names, so that it goes first.
        keep = old.id.kind in (Kind.RULE, Kind.POLICY, Kind.TRIGGER)
        requires = ctx.old.requires(old.id)
        out.append(drop(old.id, render_drop(old, ctx.names),
                        requires=requires if keep else requires - {ObjectId(Kind.TABLE, old.schema, old.table)},
                        rank=rank(old.id.kind)))
    if new is not None and old != new:
        req = set(ctx.new.requires(new.id))
        if (new.schema, new.table) in ctx.rebuilt and new.id.kind in (Kind.TRIGGER, Kind.RULE):
            req.add(_data_id(new.schema, new.table))  # not fired by the copy of the rows
        out.append(create(new.id, render_create(new, ctx.names), requires=req, rank=rank(new.id.kind)))
    return out
