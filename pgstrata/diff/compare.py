"""compare(source, target) → the Plan that turns TARGET into SOURCE.

One comparator per kind, in :data:`REGISTRY` (``(old, new, ctx) → [Change]``,
``old`` from the target, ``new`` from the source, either may be None).  After
the comparators ran, every object that a change drops, replaces or invalidates
(a column whose type changes, an enum rebuilt) has its dependents — walked
through the *target's* dependency graph — dropped and created again, unless a
comparator already does.  :func:`pgstrata.diff.order.order` then orders it all.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from pgstrata.collector import collector_paused
from pgstrata.ddl.names import Names
from pgstrata.diff import inheritance_rebuilds as ir
from pgstrata.diff import kinds_privileges as kp
from pgstrata.diff import kinds_relations as kr
from pgstrata.diff import kinds_routines as kro
from pgstrata.diff import kinds_tables as kt
from pgstrata.diff import kinds_types as kty
from pgstrata.diff.changes import Action, Change, alter
from pgstrata.diff.column_grants import regrant_column_privileges
from pgstrata.diff.context import ROUTINE_KINDS, Context, Graph, column_id, default_id
from pgstrata.diff.kinds_columns import READ_COLUMNS, drop_and_add
from pgstrata.diff.order import order
from pgstrata.diff.platform_defaults import (
    platform_default_revokes,
    stock_public_comment_removal,
    stock_public_usage_revoke,
    without_standin_comments,
    without_stock_public,
)
from pgstrata.diff.ranks import rank
from pgstrata.diff.relocation import relocated
from pgstrata.diff.table_rebuild import (
    dropped_early,
    old_copy_id,
    order_breaks,
    releasable,
    release_old_copy,
)
from pgstrata.diff.type_rebuild import keyed_by_rebuilt_types
from pgstrata.hazards import Hazard
from pgstrata.model import (
    Column,
    Constraint,
    Domain,
    Function,
    Index,
    Kind,
    ObjectId,
    Policy,
    SchemaModel,
    Statistics,
    Table,
    Unsupported,
)
from pgstrata.plan import Plan

Comparator = Callable[[Any, Any, Context], list[Change]]

# model attribute → comparator, in the order comparators run (tables before their sub-objects).
REGISTRY: dict[str, Comparator] = {
    "schemas": kty.compare_schema,
    "extensions": kty.compare_extension,
    "access_methods": kty.compare_access_method,
    "collations": kty.compare_collation,
    "conversions": kty.compare_conversion,
    "transforms": kty.compare_transform,
    "foreign_data_wrappers": kty.compare_foreign_data_wrapper,
    "foreign_servers": kty.compare_foreign_server,
    "text_search_dictionaries": kty.compare_text_search_dictionary,
    "text_search_configs": kty.compare_text_search_config,
    "enums": kty.compare_enum,
    "domains": kty.compare_domain,
    "composites": kty.compare_composite,
    "ranges": kty.compare_range,
    "sequences": kty.compare_sequence,
    "tables": kt.compare_table,
    "constraints": kr.compare_constraint,
    "indexes": kr.compare_index,
    "statistics": kr.compare_statistics,
    "views": kro.compare_view,
    "functions": kro.compare_function,
    "triggers": kr.compare_trigger,
    "event_triggers": kro.compare_event_trigger,
    "rules": kr.compare_rule,
    "policies": kr.compare_policy,
    "casts": kro.compare_cast,
    "operators": kro.compare_operator,
    "publications": kp.compare_publication,
    "grants": kp.compare_grant,
    "default_privileges": kp.compare_default_privilege,
    "comments": kp.compare_comment,
    "owners": kp.compare_owner,
}

# Kinds whose objects can be dropped and created again without losing data.
REBUILDABLE = frozenset({
    Kind.VIEW, Kind.MATERIALIZED_VIEW, Kind.FUNCTION, Kind.PROCEDURE, Kind.AGGREGATE, Kind.TRIGGER,
    Kind.POLICY, Kind.RULE, Kind.INDEX, Kind.CONSTRAINT, Kind.GRANT, Kind.COMMENT, Kind.CAST,
    Kind.EVENT_TRIGGER, Kind.PUBLICATION, Kind.STATISTICS, Kind.OPERATOR, Kind.OWNER,
})

BLOCK_TYPE_CHANGE = frozenset({
    Kind.VIEW, Kind.MATERIALIZED_VIEW, Kind.RULE, Kind.POLICY, Kind.TRIGGER, Kind.FUNCTION, Kind.PROCEDURE,
})

_ATTR_OF_KIND = {
    Kind.VIEW: "views", Kind.MATERIALIZED_VIEW: "views", Kind.FUNCTION: "functions",
    Kind.PROCEDURE: "functions", Kind.AGGREGATE: "functions", Kind.TRIGGER: "triggers",
    Kind.POLICY: "policies", Kind.RULE: "rules", Kind.INDEX: "indexes", Kind.CONSTRAINT: "constraints",
    Kind.GRANT: "grants", Kind.COMMENT: "comments", Kind.CAST: "casts", Kind.EVENT_TRIGGER: "event_triggers",
    Kind.PUBLICATION: "publications", Kind.STATISTICS: "statistics", Kind.OPERATOR: "operators",
    Kind.OWNER: "owners",
}


# Old objects that become a new one of another identity, renamed in place (old id → new id).
_PAIRINGS = {
    "functions": lambda old, new, ctx: kro.parameters_renamed(old, new),
    "indexes": kr.attached_indexes_renamed,
    "constraints": lambda old, new, ctx: {**kr.partition_keys_renamed(old, new, ctx),
                                          **kr.attached_checks_renamed(old, new, ctx)},
}


def compare(source: SchemaModel, target: SchemaModel, *, names: Names | None = None) -> Plan:
    """The plan that makes ``target`` structurally equal to ``source``."""
    with collector_paused():
        return _compare(source, target, names or Names())


def _compare(source: SchemaModel, target: SchemaModel, names: Names) -> Plan:
    target = relocated(target, source)  # read as it will be once moved extensions are moved
    source, target = without_stock_public(source, target)  # initdb's, where public is mapped
    source, target = without_standin_comments(source, target)  # CREATE EXTENSION's, local only
    domains = frozenset((d.schema, d.name) for d in (*source.domains, *target.domains))
    if domains:
        names = replace(names, domains=domains)
    ctx = Context(old=Graph.build(target), new=Graph.build(source), names=names)
    version = ctx.server_version
    ctx.rebuilt = {key for key, t in ctx.old.tables.items()
                   if key in ctx.new.tables and kt.must_rebuild(t, ctx.new.tables[key], version)}
    ctx.rebuilt |= keyed_by_rebuilt_types(ctx)
    ctx.rebuilt |= _reordered_by_generated_resets(ctx)
    ctx.rebuilt |= ir.made_local_under_parent(ctx)
    ctx.rebuilt |= ir.checks_made_inherited_only(ctx)
    ctx.rebuilt |= ir.not_nulls_made_inherited_only(ctx)
    ctx.rebuilt |= ir.reordered_off_parents(ctx)
    ctx.rebuilt |= ir.parent_columns_gained(ctx)
    _plan_attachments(ctx)
    changes: list[Change] = []
    for attr, comparator in REGISTRY.items():
        old_objs = {o.id: o for o in getattr(target, attr)}
        new_objs = {o.id: o for o in getattr(source, attr)}
        pairing = _PAIRINGS.get(attr)
        pairs = pairing(old_objs, new_objs, ctx) if pairing is not None else {}
        ctx.paired_from.update((new, old) for old, new in pairs.items())
        paired = set(pairs.values())
        for oid in sorted(old_objs.keys() | new_objs.keys(), key=_key):
            if oid in pairs:  # renamed; the source's object of its name (if any) is made anew
                changes += comparator(old_objs[oid], new_objs[pairs[oid]], ctx)
                if oid in new_objs and oid not in paired:
                    changes += comparator(None, new_objs[oid], ctx)
            elif oid not in paired:
                changes += comparator(old_objs.get(oid), new_objs.get(oid), ctx)
            elif oid in old_objs:  # its name goes to the renamed one: the old holder goes
                changes += comparator(old_objs[oid], None, ctx)
    if ctx.rebuilt_types:
        changes = [c for c in changes if not _remade_with_type(c, ctx)]
    changes = _rebuild_dependents(changes, ctx)
    changes += kt.replica_identity_remade(changes, ctx)
    changes = _drop_orphans(changes)
    changes = _late_prerequisites(changes, ctx)
    changes = kp.reorder_grants(changes, ctx)
    changes = regrant_column_privileges(changes, ctx)
    changes = kp.creation_acl_changes(changes, ctx) + platform_default_revokes(ctx) + stock_public_usage_revoke(ctx)
    changes = kp.defaults_before_extensions(changes, ctx)
    changes += stock_public_comment_removal(ctx)
    changes = kro.overloads_after_callers(changes, ctx)
    kept, owner_warnings = kp.owners_kept(changes, ctx)
    changes = kro.owners_after_refresh(changes + kept)
    changes = kp.owners_after_defaults_undone(changes)
    warnings = (_unsupported_warnings(source, target) + _outside_warnings(source, changes)
                + kty.extension_versions(source, target) + owner_warnings)
    changes += kro.kept_event_triggers_paused(changes, ctx)
    ordered = kty.schemas_made_once(kp.merge_adjacent_grants(order(changes)))
    if names.template_schema is not None:
        ordered = [c if (stmts := tuple(map(names.printed, c.statements))) == c.statements
                   else replace(c, statements=stmts) for c in ordered]
    return Plan(changes=tuple(ordered), source=source, warnings=warnings, preamble=preamble(source, names))


def _unsupported_warnings(source: SchemaModel, target: SchemaModel) -> tuple[str, ...]:
    """What the plan cannot reproduce: the source's, and the target's that the source lacks
    (left as they are: a plan never drops what it cannot make again)."""
    def said(u: Unsupported) -> str:
        return f"{u.what} {u.name}" + (f" in schema {u.schema}" if u.schema else "")

    wanted = {u.id for u in source.unsupported}
    return tuple(
        [f"unsupported: {said(u)}" for u in sorted(source.unsupported, key=lambda u: _key(u.id))]
        + [f"unsupported, kept as it is in the target: {said(u)}"
           for u in sorted(target.unsupported, key=lambda u: _key(u.id)) if u.id not in wanted])


def _outside_warnings(source: SchemaModel, changes: list[Change]) -> tuple[str, ...]:
    """What the objects the plan makes need in user schemas the source's inspection did not
    read (``SchemaModel.outside``): a public-only plan whose trigger calls ``private.fn()``
    applies only where ``private.fn()`` already is."""
    if not source.outside:
        return ()
    made = {c.id for c in changes if c.action in (Action.CREATE, Action.REPLACE)}
    relations = {(i.schema, i.name) for i in made if i.parent is None}
    return tuple(
        f"{ref.dependent} needs {ref.name}, in schema {ref.schema}, which is not read here: "
        "the target must already have it"
        for ref in source.outside
        if ref.dependent in made
        or (ref.dependent.kind is Kind.COLUMN and (ref.dependent.schema, ref.dependent.parent) in relations))


def _remade_with_type(change: Change, ctx: Context) -> bool:
    """Whether ``change`` alters a domain or composite built on a rebuilt type, which is made
    again from the source with it (its own ALTERs would repeat a CHECK or attribute that
    creates), or takes some CHECKs off such a domain (the rebuild takes them all off the old
    one: type_rebuild.old_checks_id)."""
    oid = change.id
    if change.action is Action.ALTER and oid in ctx.rebuilt_types:
        return True
    return (oid.kind is Kind.DOMAIN and oid.name.endswith(" CHECKS") and not oid.name.endswith(" OLD CHECKS")
            and oid._replace(name=oid.name.removesuffix(" CHECKS")) in ctx.rebuilt_types)


def _plan_attachments(ctx: Context) -> None:
    """The partitions attached by this plan (new ones, rebuilt ones, moved ones, and those of
    a rebuilt parent: detached with their rows, attached to the new one), and the tables
    dropped.  A partition detached meanwhile whose columns would end in another order than
    the source's is rebuilt too, which may detach its own partitions: until nothing changes."""
    version = ctx.server_version
    while True:
        ctx.dropped_tables = {key for key in ctx.old.tables if key not in ctx.new.tables} | ctx.rebuilt
        ctx.detached = {key for key, before in ctx.old.tables.items()
                        if before.partition_of is not None and key in ctx.new.tables
                        and (key in ctx.rebuilt or before.partition_of in ctx.rebuilt
                             or (before.partition_of, before.partition_bound)
                             != (ctx.new.tables[key].partition_of, ctx.new.tables[key].partition_bound)
                             or ir.inherited_not_null_renamed(before, ctx.new.tables[key], ctx)
                             or ir.key_index_held_by_parent(before, ctx))}
        # attached: new partitions, tables that become one, and those detached meanwhile
        ctx.attaching = {key for key, t in ctx.new.tables.items() if t.partition_of is not None and (
            (before := ctx.old.tables.get(key)) is None or before.partition_of is None or key in ctx.detached)}
        # a detached partition's columns are its own, whether it is attached again or stays a
        # table of its own: ALTER TABLE only appends to them
        reordered = {key for key in (ctx.attaching | ctx.detached) - ctx.rebuilt
                     if (before := ctx.old.tables.get(key)) is not None
                     and order_breaks(before, ctx.new.tables[key], version, detached=True)}
        # an inheritance child of a rebuilt table is rebuilt too: it cannot stay with the old
        # copy (dropped after the rows are copied), and NO INHERIT / INHERIT would leave its
        # inherited columns its own
        reordered |= {key for parent in ctx.rebuilt for child in ctx.old.children.get(parent, ())
                      if child.partition_of is None and (key := (child.schema, child.name)) in ctx.new.tables
                      and key not in ctx.rebuilt}
        if not reordered:
            return
        ctx.rebuilt |= reordered


def preamble(model: SchemaModel, names: Names | None) -> tuple[str, ...]:
    """Session settings every script starts with (see :mod:`pgstrata.extract` for the search_path rule)."""
    from pgstrata.extract import search_path_settings

    return ("SET check_function_bodies = false", "SET client_min_messages = warning",
            *search_path_settings(model, names or Names()))


def _key(oid: ObjectId) -> tuple[str, str, str, str]:
    return (oid.kind, oid.schema or "", oid.parent or "", oid.name)  # a StrEnum sorts as its value


def _rebuild_dependents(changes: list[Change], ctx: Context) -> list[Change]:
    """Drop and re-create (from the source) everything that depends on what is dropped or invalidated."""
    seeds: list[ObjectId] = sorted({oid for c in changes if c.action in (Action.DROP, Action.REPLACE)
                                    for oid in _really_removed(c)}
                                   | ctx.invalidated, key=_key)
    if not seeds and not ctx.retyped and not ctx.converted and not ctx.retyped_along and not ctx.attributes_altered:
        return changes  # nothing dropped, replaced or retyped (an extract): nothing to rebuild
    touched = {c.id for c in changes if c.action in (Action.DROP, Action.CREATE, Action.REPLACE)}
    # (what the drop phase removes: a table's columns too, which an old copy's policy reads)
    dropped_now = {oid for c in changes if c.action is Action.DROP and not c.late
                   for oid in (c.id, *_really_removed(c))}
    seen: set[ObjectId] = set(seeds)
    queue = deque(seeds)  # (first in, first out; thousands of dependents when a type is rebuilt)
    extra: list[Change] = []
    rebuilt: set[ObjectId] = set()
    released: set[ObjectId] = set()
    # An in-place type change is blocked only by these (and may break foreign keys midway);
    # PostgreSQL rebuilds indexes and the other constraints.
    # (so is a conversion of a type rebuild: type_rebuild's ALTER … TYPE … USING)
    for cid in sorted((ctx.retyped | ctx.converted | ctx.retyped_along) - seen, key=_key):
        # (a rule depends on the whole relation it reads: catalog.build_deps)
        rules = [d for d in ctx.old.rdeps.get(ObjectId(Kind.TABLE, cid.schema, cid.parent or ""), ())
                 if d.kind is Kind.RULE]
        for dep in sorted({*ctx.old.rdeps.get(cid, ()), *rules}, key=_key):
            if dep not in released and (freed := release_old_copy(dep, cid, ctx)):
                # a rebuilt table's old copy's policy reading the column (a seed: the old
                # copy removes it, but only once its rows are copied, after the type change)
                released.add(dep)
                extra += freed
                continue
            if (dep.kind in BLOCK_TYPE_CHANGE or _lost_in_type_change(dep, ctx)) and dep not in seen:
                seen.add(dep)
                queue.append(dep)
    for tid in sorted(ctx.attributes_altered, key=_key):
        # (what reads an attribute depends on the whole type in the model: catalog.build_deps)
        for dep in sorted(ctx.old.rdeps.get(tid, ()), key=_key):
            if dep not in seen and dep.kind in BLOCK_TYPE_CHANGE and _may_read_attributes(dep, ctx):
                seen.add(dep)
                queue.append(dep)
    shadowing: set[ObjectId] = set()
    while True:
        _drain(queue, ctx, touched, seen, rebuilt, released, dropped_now, extra)
        # a function kept beside an overload whose callers are made again would make their
        # calls ambiguous: it is made again too, after them (overloads_after_callers)
        more = kro.kept_overloads_shadowing(changes + extra, ctx, touched | rebuilt) - shadowing
        if not more:
            break
        shadowing |= more
        for oid in sorted(more, key=_key):
            seen.add(oid)
            queue.append(oid)
    if rebuilt:
        changes = [c for c in changes if not (c.id in rebuilt and c.action is Action.ALTER)]
    return _without_second_drop_default(changes, extra) + extra


def _may_read_attributes(oid: ObjectId, ctx: Context) -> bool:
    """Whether ``oid``, which depends on a composite type, may read its attributes: anything
    with an expression, but a routine only through a SQL-standard body or a parameter's
    default (a quoted body leaves no dependency: otherwise the type is in its signature,
    which an attribute's change leaves alone)."""
    f = ctx.old.objects.get(oid)
    return not isinstance(f, Function) or f.sql_standard_body() or " DEFAULT " in f.arguments


def _drain(queue: deque[ObjectId], ctx: Context, touched: set[ObjectId], seen: set[ObjectId],
           rebuilt: set[ObjectId], released: set[ObjectId], dropped_now: set[ObjectId],
           extra: list[Change]) -> None:
    """Rebuild what is queued and, in turn, what depends on it (see _rebuild_dependents)."""
    while queue:
        current = queue.popleft()
        if current.kind in REBUILDABLE and current not in rebuilt:
            extra += _rebuild(current, ctx, touched, rebuilt)
        for dep in sorted(ctx.old.rdeps.get(current, ()), key=_key):
            # (the old copy of a rebuilt table is among the seeds: what it has that uses a
            # routine dropped now goes from it first)
            if (current in dropped_now or current in rebuilt) and dep not in released and (
                    freed := release_old_copy(dep, current, ctx)):
                released.add(dep)
                extra += freed
            if dep in seen:
                continue
            seen.add(dep)
            if dep in released:
                continue
            if dep.kind is Kind.COLUMN:
                extra += _reset_default(dep, ctx)
                if current.kind in ROUTINE_KINDS and dep not in touched:
                    reset, readded = _reset_generated(dep, ctx)
                    extra += reset
                    queue.extend(d for d in readded if d not in seen)
                    seen.update(readded)
                continue
            if dep.kind is Kind.DOMAIN and current.kind in (Kind.FUNCTION, Kind.OPERATOR) and dep not in touched:
                extra += _reset_domain(dep, ctx)
                continue
            if dep.kind in REBUILDABLE:
                queue.append(dep)


def _without_second_drop_default(changes: list[Change], extra: list[Change]) -> list[Change]:
    """A default reset above (dropped in the drop phase) is not dropped again by the column's
    own change in the build phase (its DROP DEFAULT before a type change or a removed default)."""
    dropped = {c.id: set(c.statements) for c in extra
               if c.id.kind is Kind.COLUMN and c.action is Action.DROP and c.id.name.endswith(" DEFAULT")}
    if not dropped:
        return changes
    out = []
    for c in changes:
        key = default_id(c.id)
        if c.id.kind is Kind.COLUMN and c.action is Action.ALTER and key in dropped:
            kept = tuple(s for s in c.statements if s not in dropped[key])
            if not kept:
                continue
            c = replace(c, statements=kept, split=_split_without(c, dropped[key]))
        out.append(c)
    return out


def _split_without(c: Change, statements: set[str]) -> Callable[[], tuple[Change, ...]] | None:
    """``c``'s split without ``statements`` (see kinds_columns._split_default)."""
    if c.split is None:
        return None

    def split() -> tuple[Change, ...]:
        parts = c.split_pair() or ()
        return tuple(replace(p, statements=kept) for p in parts
                     if (kept := tuple(s for s in p.statements if s not in statements)))

    return split


def _rebuild(oid: ObjectId, ctx: Context, touched: set[ObjectId], rebuilt: set[ObjectId]) -> list[Change]:
    old_obj = ctx.old.objects.get(oid)
    new_obj = ctx.new.objects.get(oid)
    if old_obj is None or new_obj is None or oid in touched:
        return []  # gone anyway, or a comparator already drops and creates it
    if _moves_with_partition(oid, old_obj, new_obj, ctx):
        return []
    ctx.recreated.add(oid)
    rebuilt.add(oid)
    comparator = REGISTRY[_ATTR_OF_KIND[oid.kind]]
    return comparator(old_obj, None, ctx) + comparator(None, new_obj, ctx)


def _lost_in_type_change(oid: ObjectId, ctx: Context) -> bool:
    """What an in-place type change of a column it uses would not keep intact, so it is
    dropped before and made again after: a foreign key, which the change may break midway
    (both sides retyped: text -> integer 'cannot be implemented'); an extended statistics
    object with its own target, which PostgreSQL re-creates without it (so is an index with
    a statistics target on an expression column); a CHECK, exclusion
    constraint or index with an IN list (catalog.printed), which PostgreSQL re-creates from
    its printed text as another expression (``ARRAY['a'::varchar::text, …]``, not the IN
    list's ``ARRAY['a'::varchar, …]::text[]``), so it never matches the source again."""
    obj = ctx.old.objects.get(oid)
    if isinstance(obj, Statistics):
        return obj.target is not None
    if isinstance(obj, Index) and obj.statistics:
        return True  # an expression column's own statistics target: PostgreSQL re-creates it without
    if (isinstance(obj, Constraint) and obj.type in ("c", "x")) or isinstance(obj, Index):
        return " IN (" in obj.definition  # (PostgreSQL never prints one: faithful's)
    return isinstance(obj, Constraint) and obj.type == "f"


def _moves_with_partition(oid: ObjectId, old_obj: object, new_obj: object, ctx: Context) -> bool:
    """A partition's index or key, unchanged, on a partition detached and attached again
    (its parent is rebuilt, or its bound changes): detached first, it outlives the parent's
    index, and ATTACH PARTITION attaches it to the new parent's - unless it uses a type the
    plan rebuilds (a partial index's ``status <> 'archived'``): converting the partition's
    column could not rebuild it, so it is dropped and made again.  So does a sub-partition's
    index attached to such an index: it stays attached to it."""
    if old_obj != new_obj or oid.kind not in (Kind.INDEX, Kind.CONSTRAINT) or oid.schema is None:
        return False
    key = (oid.schema, oid.parent or "")
    if key not in ctx.attaching and isinstance(old_obj, Index) and not ctx.table_dropped(*key) \
            and (parent := ctx.old.index_of_parent(old_obj.schema, old_obj.table, old_obj.parent_index)) is not None:
        return _moves_with_partition(parent.id, parent, ctx.new.objects.get(parent.id), ctx)
    if key not in ctx.attaching or ctx.table_dropped(*key):
        return False
    if not ctx.rebuilt_types.isdisjoint(ctx.old.requires(oid)):
        return False  # its predicate or expression names a type rebuilt: it cannot stay as it is
    if isinstance(old_obj, Index):
        return old_obj.parent_index is not None
    return isinstance(old_obj, Constraint) and old_obj.inherited and old_obj.type in "pu"


def _reset_default(cid: ObjectId, ctx: Context) -> list[Change]:
    """A default whose expression uses something dropped: DROP DEFAULT first, SET DEFAULT after."""
    assert cid.schema is not None and cid.parent is not None
    old_t = ctx.old.tables.get((cid.schema, cid.parent))
    new_t = ctx.new.tables.get((cid.schema, cid.parent))
    if old_t is None or new_t is None or ctx.table_dropped(cid.schema, cid.parent) or cid in ctx.converted:
        return []  # (a type rebuild that converts the column drops and sets its default itself)
    old_c, new_c = old_t.column(cid.name), new_t.column(cid.name)
    if old_c is None or old_c.default is None or old_c.generated is not None:
        return []
    out = [_default_change(old_t, old_c, None, ctx, requires=ctx.old.requires(cid))]
    # (the column's own change sets a new default, and the old one again after a type change)
    sets_itself = new_c is not None and (cid in ctx.retyped or new_c.default != old_c.default)
    if new_c is not None and new_c.default is not None and new_c.generated is None and not sets_itself:
        out.append(_default_change(new_t, new_c, new_c.default, ctx, requires=ctx.new.requires(cid) | {cid}))
    return out


def _reset_generated(cid: ObjectId, ctx: Context) -> tuple[list[Change], list[ObjectId]]:
    """A generated column that stays as it is while a routine its expression calls is dropped
    (the same text then calls another overload, or the routine made again): PostgreSQL refuses
    the drop while the column uses it.  From PostgreSQL 17 on, the expression is set to NULL
    before and back after (the column keeps its place, indexes, grants and rows); before 17
    (or NOT NULL), the column is dropped and added again - it then goes last - and what used
    it is made again.  Returns the changes and the objects to rebuild around them."""
    from pgstrata.ddl.tables import alter_column

    kept = ctx.generated_kept(cid)
    if kept is None or cid in ctx.converted:
        return [], []
    old_t, old_c, new_t, new_c = kept
    if old_c.inherited:
        return [], []  # the parent's statement recurses to its partitions and children
    if ctx.server_version >= 170000 and not old_c.not_null:
        head = alter_column(new_t, new_c, ctx.names)
        reset = ObjectId(Kind.COLUMN, cid.schema, cid.name + " EXPRESSION", cid.parent)
        rewrites = frozenset({Hazard.REWRITES_TABLE}) if old_c.generated_kind != "v" else frozenset()
        return [Change(reset, (f"{head} SET EXPRESSION AS (NULL::{old_c.type})",), action=Action.DROP,
                       requires=ctx.old.requires(cid), rank=rank(Kind.COLUMN), hazards=rewrites),
                alter(reset, [f"{head} SET EXPRESSION AS ({new_c.generated})"],
                      requires=ctx.new.requires(cid) | {cid}, rank=rank(Kind.COLUMN), hazards=rewrites)], []
    changes = drop_and_add(old_t, new_t, old_c, new_c, ctx)
    readded = [*ctx.old.rdeps.get(cid, ()), *(d for d in ctx.old.rdeps.get(old_t.id, ()) if d.kind in READ_COLUMNS)]
    return changes, sorted(set(readded), key=_key)


def _reordered_by_generated_resets(ctx: Context) -> set[tuple[str, str]]:
    """The tables whose columns would end in another order when the generated columns that call
    a function the plan drops are dropped and added again (:func:`_reset_generated`: all of them
    before PostgreSQL 17, the NOT NULL ones after): they are rebuilt with their rows instead."""
    version = ctx.server_version
    if not version:
        return set()
    columns: dict[tuple[str, str], set[str]] = {}
    for f in ctx.old.model.functions:
        if not kro.routine_dropped(f.id, ctx):
            continue
        for dep in ctx.old.rdeps.get(f.id, ()):
            kept = ctx.generated_kept(dep) if dep.kind is Kind.COLUMN else None
            if kept is not None and (version < 170000 or kept[1].not_null):
                assert dep.schema is not None and dep.parent is not None
                columns.setdefault((dep.schema, dep.parent), set()).add(dep.name)
    return {key for key, names in columns.items() if key not in ctx.rebuilt
            and order_breaks(ctx.old.tables[key], ctx.new.tables[key], version, own=names)}


def _reset_domain(oid: ObjectId, ctx: Context) -> list[Change]:
    """A domain whose default or CHECKs call a function that is dropped (and made again): its
    default and CHECKs go before, come back after (the domain and its columns stay)."""
    from pgstrata.ddl import types as tddl

    old, new = ctx.old.objects.get(oid), ctx.new.objects.get(oid)
    if not isinstance(old, Domain) or old != new or (old.default is None and not old.checks):
        return []
    n = ctx.names
    before = ([tddl.domain_default(old, None, n)] if old.default is not None else []) + [
        tddl.drop_domain_check(old, c.name, n) for c in old.checks]
    after = ([tddl.domain_default(old, old.default, n)] if old.default is not None else []) + [
        tddl.add_domain_check(old, c, n) for c in old.checks]
    reset = ObjectId(Kind.DOMAIN, old.schema, old.name + " RESET")
    return [Change(reset, tuple(before), action=Action.DROP, requires=ctx.old.requires(oid), rank=rank(Kind.DOMAIN)),
            Change(reset, tuple(after), action=Action.ALTER, requires=ctx.new.requires(oid) | {oid},
                   rank=rank(Kind.DOMAIN))]


def _default_change(t: Table, c: Column, default: str | None, ctx: Context, *,
                    requires: frozenset[ObjectId]) -> Change:
    from pgstrata.ddl.tables import alter_column

    # a parent's alone: its partitions' and children's defaults are reset by themselves
    head = alter_column(t, c, ctx.names, only=ctx.has_heirs(t))
    cid = column_id(t.schema, t.name, c.name)
    if default is None:
        return Change(default_id(cid), (head + " DROP DEFAULT",), action=Action.DROP, requires=requires,
                      rank=rank(Kind.COLUMN))
    return alter(default_id(cid), [head + " SET DEFAULT " + default], requires=requires | {cid},
                 rank=rank(Kind.COLUMN))


def _really_removed(c: Change) -> frozenset[ObjectId] | set[ObjectId]:
    """What a change removes. A column drop names its table in ``removes`` only so that the
    orderer drops views and rules over the table first; the table itself stays."""
    if c.id.kind is not Kind.COLUMN:
        return c.removes
    return {oid for oid in c.removes if oid.kind not in (Kind.TABLE, Kind.FOREIGN_TABLE)}


def _late_prerequisites(changes: list[Change], ctx: Context) -> list[Change]:
    """What a late drop (a type, an extension: after the build phase) still uses is dropped
    late too, after it — a domain whose CHECK calls a function keeps the function until the
    domain is gone.  So is what the old copy of a rebuilt table uses (its policies, triggers,
    checks, indexes, defaults, foreign keys): that copy is dropped in the build phase, after
    its rows are copied.  So is what a rebuilt type's renamed-away copy uses (a range's
    subtype_diff, a domain CHECK's function): that copy too is dropped in the build phase.
    Not when the plan creates the same object again (that needs it gone before the build
    phase)."""
    needed: set[ObjectId] = set()
    for c in changes:
        if c.action is Action.DROP and c.late:
            needed |= c.requires
    gone = _off_old_copies_first(changes)
    for key in ctx.rebuilt:
        needed |= _old_copy_needs(key, ctx, gone)
    for oid in ctx.rebuilt_types:
        needed |= ctx.old.drop_requires(oid)
    if not needed:
        return changes
    created = {c.id for c in changes if c.action is not Action.DROP}
    out = list(changes)
    moved = True
    while moved:
        moved = False
        for i, c in enumerate(out):
            if (c.action is Action.DROP and not c.late and c.id not in created
                    and not c.removes.isdisjoint(needed)):
                out[i] = replace(c, late=True)
                needed |= c.requires
                moved = True
    return out


def _off_old_copies_first(changes: list[Change]) -> set[ObjectId]:
    """What the drop phase takes off (or away with) whatever holds it: what its drops remove,
    and the objects release_old_copy takes off the old copy of a rebuilt table there (by the
    ids of those changes, :func:`old_copy_id`)."""
    return {oid for c in changes if c.action is Action.DROP and not c.late for oid in (c.id, *c.removes)}


def _old_copy_needs(key: tuple[str, str], ctx: Context, gone: set[ObjectId]) -> set[ObjectId]:
    """What a rebuilt table's old copy and everything on it depend on (target's graph) - but
    its foreign keys, dropped before the copy (kinds_relations._rebuilt_table_fk): what they
    reference, another table's key, may go in the drop phase; what leaves the old copy in the
    drop phase (``gone``: a policy dropped there on its own, or released from it - one reading
    a table the plan drops, whose drop would otherwise wait for the copy); and the routines of
    what release_old_copy takes off it when they are dropped then (kept, the old routine would
    be dropped late, after the new table's trigger or policy called it by name: a new overload
    with a default argument beside it made that call ambiguous)."""
    t = ctx.old.tables[key]
    objects = ctx.old.objects
    needs = set(ctx.old.drop_requires(t.id))
    for oid in ctx.old.sub_objects_of().get(key, ()):
        obj = objects.get(oid)
        if isinstance(obj, Constraint) and obj.type == "f" and not obj.inherited:
            continue
        if dropped_early(oid, ctx):
            continue  # (dropped in the drop phase already: table_rebuild)
        if isinstance(obj, Policy) and (oid in gone or old_copy_id(oid) in gone):
            continue
        freed = releasable(obj)
        needs |= {ref for ref in ctx.old.drop_requires(oid) if not (freed and ref.kind in ROUTINE_KINDS)}
    for cid, col in zip(ctx.old.table_column_ids(t), t.columns, strict=True):
        # a routine a column's default or generated expression calls, when the plan drops it
        # in the drop phase, is taken off the old copy first (release_old_copy)
        needs |= {oid for oid in ctx.old.drop_requires(cid) if col.inherited or oid.kind not in ROUTINE_KINDS}
    if key in ctx.detached and t.partition_of is not None:
        # a partition detached in the drop phase leaves its parent there: the old copy needs
        # neither it nor its columns (the parent may drop the column the old copy is keyed on)
        needs = {oid for oid in needs if _of_table(oid) != t.partition_of}
    if left := {p for p in t.inherits if p not in ctx.new.tables}:
        # so does an inheritance child leaving a parent the plan drops (NO INHERIT, in the drop
        # phase: kinds_tables): kept till the old copy goes, the parent would hold its names
        # (key, sequences) while the plan makes them again - its table renamed
        needs = {oid for oid in needs if _of_table(oid) not in left and (oid.schema, oid.parent) not in left}
    return needs


def _of_table(oid: ObjectId) -> tuple[str | None, str | None] | None:
    """(schema, name) of the table ``oid`` is (a table) or is part of (a column)."""
    if oid.kind is Kind.COLUMN:
        return oid.schema, oid.parent
    return (oid.schema, oid.name) if oid.kind is Kind.TABLE else None


def _drop_orphans(changes: list[Change]) -> list[Change]:
    """REVOKE / COMMENT … IS NULL on objects the plan drops anyway are not needed."""
    removed = {oid for c in changes if c.action is Action.DROP for oid in _really_removed(c)}
    if not removed:
        return changes  # (an extract drops nothing)
    out = []
    for c in changes:
        if c.action is Action.DROP and c.id.kind in (Kind.GRANT, Kind.COMMENT) and c.requires & removed:
            continue
        out.append(c)
    return out


__all__ = ["REGISTRY", "compare"]
