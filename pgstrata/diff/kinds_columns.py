"""Comparators for the columns of a table that stays (add, drop, type, default, NOT NULL,
identity, generated, storage, statistics target, options)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from pgstrata.ddl import tables as ddl
from pgstrata.ddl.names import Names
from pgstrata.ddl.types import range_narrows
from pgstrata.diff.casts import TEXTLIKE, base_type, conversion_may_fail, converted, needs_using
from pgstrata.diff.changes import Change, alter, drop
from pgstrata.diff.context import (
    ROUTINE_KINDS,
    Context,
    Graph,
    calls_routine,
    column_id,
    default_id,
    not_null_only_inherited,
    routines_apart,
    used_by_clients,
)
from pgstrata.diff.inheritance_rebuilds import leaves_every_parent_having
from pgstrata.diff.kinds_routines import routine_dropped
from pgstrata.diff.ranks import ROUTINE_DEFAULT_FILL, rank
from pgstrata.diff.table_rebuild import regenerated, retyped_columns
from pgstrata.hazards import Hazard
from pgstrata.model import Column, Kind, ObjectId, Table
from pgstrata.quoting import ident


def compare_columns(old: Table, new: Table, ctx: Context) -> list[Change]:
    n = ctx.names
    out: list[Change] = []
    # A typed table's columns are its type's attributes: ALTER TYPE … CASCADE adds, drops and
    # retypes them (kinds_types.compare_composite); PostgreSQL refuses to on the table.
    typed = old.of_type is not None and old.of_type == new.of_type
    if typed:
        ctx.retyped_along |= _retyped_with_type(old, new)
    # A partition detached to be attached again (other bounds, another parent) keeps the copies
    # of the parent's columns: those its parent loses are its own to drop, once detached.
    detached = (old.schema, old.name) in ctx.attaching
    for col in old.columns:
        # inherited: dropped with the parent's (unless the table leaves the parents first)
        if new.column(col.name) is None and not typed and (
                not col.inherited or detached or _own_once_left(old, new, col.name, ctx)):
            cid = column_id(old.schema, old.name, col.name)
            owned = {s.id for s in ctx.old.owned_sequences(old.schema, old.name)
                     if s.owned_by == (old.name, col.name)} | _identity_sequence(old, col)
            hz = {Hazard.DELETES_DATA} | ({Hazard.BREAKS_CLIENTS} if used_by_clients({cid}, ctx) else set())
            # ``removes`` names the table too: a view, rule or function over the table that is
            # being dropped must go first (dependencies point at whole relations, not columns)
            ctx.columns_dropped.add(old.id)
            only = _children_keep(old, col.name, ctx)
            removes = owned | {old.id} | (set() if only else _heirs_columns(old, col.name, ctx))
            requires = ctx.old.requires(cid) - {old.id}
            out.append(drop(cid, ddl.drop_column(old, col, n, only=only), requires=requires, removes=removes,
                            hazards=hz, rank=rank(Kind.COLUMN),
                            split=_split_dropped_default(old, col, cid, only, requires, removes, hz, ctx)))
    # retyped, or converted by a type rebuild (which leaves the generated ones of that type)
    retyped = retyped_columns(old, new) | ctx.converted_columns(new.schema, new.name)
    again = regenerated(old, new, retyped, ctx.converted_generated.get((new.schema, new.name), set()))
    for col in new.columns:
        cid = column_id(new.schema, new.name, col.name)
        before = old.column(col.name)
        if before is not None and col.name in again:
            # PostgreSQL refuses to retype a column a generated column uses (or a generated
            # column with USING): drop it, add it back after.
            extra = {column_id(new.schema, new.name, r) for r in retyped}
            out += drop_and_add(old, new, before, col, ctx, after=frozenset(extra))
            continue
        if before is not None and typed:
            before = dataclasses.replace(before, type=col.type, collation=col.collation)
        if before is None and typed:
            # arrives with the type's attribute (ALTER TYPE … ADD ATTRIBUTE … CASCADE, or a
            # type rebuild): bare, its WITH OPTIONS (default, NOT NULL, …) set on it after
            before = Column(name=col.name, type=col.type, position=col.position, collation=col.collation)
        if before is None:
            if col.inherited and (new.schema, new.name) not in ctx.attaching:
                continue  # arrives with the parent's column
            hz = {Hazard.REWRITES_TABLE} if col.generated is not None and col.generated_kind != "v" else set()
            out.append(_add_column(new, col, cid, ctx, hazards=hz, provides=_new_heirs_columns(new, col.name, ctx)))
            continue
        if before.inherited and not col.inherited and _lost_with_parent(old, new, col.name, ctx):
            out.append(_add_column(new, col, cid, ctx))
            continue
        out += compare_column(old, new, before, col, ctx)
    return out


def _retyped_with_type(old: Table, new: Table) -> set[ObjectId]:
    """The columns of a typed table that ALTER TYPE … CASCADE retypes or drops with its type's
    attributes: what reads them (a view, a policy, a SQL-standard body) blocks the one and
    would go with the other (CASCADE), so it is rebuilt around it (``Context.retyped_along``)."""
    out = set()
    for col in old.columns:
        after = new.column(col.name)
        if after is None or (after.type, after.collation) != (col.type, col.collation):
            out.add(column_id(old.schema, old.name, col.name))
    return out


def _add_column(t: Table, col: Column, cid: ObjectId, ctx: Context, *,
                hazards: set[Hazard] | frozenset[Hazard] = frozenset(),
                provides: set[ObjectId] | frozenset[ObjectId] = frozenset()) -> Change:
    """ADD COLUMN, placed by the column's position among the table's added columns."""
    requires = ctx.new.requires(cid) | {t.id}
    hint = (t.schema, t.name, col.position)
    explicit = _not_null_name_shared(t, col, ctx)
    split = None
    fills = col.default is not None and col.generated is None and calls_routine(requires)
    order = ROUTINE_DEFAULT_FILL if fills else rank(Kind.COLUMN)
    if fills:
        # A cycle through a default calling a routine that reads the column (BEGIN ATOMIC): the
        # column added bare, its default set once the routine exists (the orderer's choice).
        def split() -> tuple[Change, ...]:
            bare = dataclasses.replace(col, default=None)
            head = alter(cid, ddl.add_column(t, bare, ctx.names, explicit_names=explicit),
                         requires=routines_apart(requires)[1], provides=provides, hazards=hazards,
                         rank=rank(Kind.COLUMN), hint=hint)
            tail = alter(default_id(cid),
                         [f"{ddl.alter_column(t, col, ctx.names)} SET DEFAULT {col.default}"],
                         requires=requires | {cid}, rank=rank(Kind.COLUMN))
            return head, tail
    return alter(cid, ddl.add_column(t, col, ctx.names, explicit_names=explicit), requires=requires,
                 provides=provides, hazards=hazards, rank=order, hint=hint, split=split)


def _not_null_name_shared(t: Table, col: Column, ctx: Context) -> bool:
    """Whether another table of the schema holds, on either side, a constraint named as the
    column's NOT NULL (PostgreSQL 18), e.g. a partition the plan creates beside the parent's
    new column or NOT NULL (CREATE TABLE names it then: kinds_tables._not_null_name_held):
    ADD COLUMN and SET NOT NULL must name it too, or PostgreSQL picks another name
    (``…_not_null1``)."""
    return bool(col.not_null and col.not_null_name
                and (t.schema, col.not_null_name) in ctx.shared_constraint_names())


def _split_dropped_default(t: Table, col: Column, cid: ObjectId, only: bool, requires: frozenset[ObjectId],
                           removes: set[ObjectId], hazards: set[Hazard],
                           ctx: Context) -> Callable[[], tuple[Change, ...]] | None:
    """DROP DEFAULT, then DROP COLUMN: for a cycle through a default calling a routine that
    reads the column (BEGIN ATOMIC), dropped with it - the routine goes between the two."""
    if col.default is None or col.generated is not None or not calls_routine(requires):
        return None

    def split() -> tuple[Change, ...]:
        routines, rest = routines_apart(requires)
        head = drop(default_id(cid), [f"{ddl.alter_column(t, col, ctx.names, only=only)} DROP DEFAULT"],
                    requires=routines, rank=rank(Kind.COLUMN))
        tail = drop(cid, ddl.drop_column(t, col, ctx.names, only=only), requires=rest, removes=removes,
                    hazards=hazards, rank=rank(Kind.COLUMN))
        return head, tail

    return split


def _new_heirs_columns(parent: Table, column: str, ctx: Context) -> set[ObjectId]:
    """The copies of ``column`` that the parent's ADD COLUMN makes in its partitions and
    children (those that exist already and lack it): what uses them, a child's own generated
    expression or index, comes after it."""
    def inherits_it(child: Table) -> bool:
        col = child.column(column)
        return col is not None and col.inherited

    out: set[ObjectId] = set()
    for c in ctx.new.heirs(parent, inherits_it):
        before = ctx.old.tables.get((c.schema, c.name))
        if before is not None and before.column(column) is None:
            out.add(column_id(c.schema, c.name, column))
    return out


def _own_not_null(old_t: Table, new_t: Table, old: Column, new: Column, ctx: Context) -> bool:
    """Whether an inherited column's NOT NULL is its table's own on either side (a partition's
    own primary key, SET NOT NULL on a child): the parent's column does not say the same."""
    def parent_says(t: Table, g: Graph) -> bool | None:
        for key in t.parent_keys:
            if (p := g.tables.get(key)) is not None and (pc := p.column(new.name)) is not None:
                return pc.not_null
        return None
    if old.not_null == new.not_null:
        return False
    return parent_says(old_t, ctx.old) not in (None, old.not_null) or parent_says(new_t, ctx.new) not in (
        None, new.not_null)


def _not_null_taken_by_parent(old_t: Table, new_t: Table, old: Column, new: Column, ctx: Context) -> bool:
    """Whether a partition's own NOT NULL (its parent's column nullable) becomes the one its
    parent gains, under another name (PostgreSQL 18: a partition made under the NOT NULL
    parent holds the parent's name): the partition's goes first."""
    if new_t.partition_of is None or old_t.partition_of != new_t.partition_of or new.identity is not None:
        return False
    if not (old.not_null and new.not_null and old.not_null_name and new.not_null_name
            and old.not_null_name != new.not_null_name):
        return False
    before, after = ctx.old.tables.get(old_t.partition_of), ctx.new.tables.get(new_t.partition_of)
    was, now = (before.column(new.name) if before else None), (after.column(new.name) if after else None)
    return was is not None and now is not None and not was.not_null and now.not_null


def _heirs_columns(parent: Table, column: str, ctx: Context, *, side: Graph | None = None) -> set[ObjectId]:
    """The inherited copies of ``column`` in the partitions and children below ``parent``
    in the target (a DROP COLUMN on the parent takes them along: what uses them, an index on
    one partition, is dropped before it), or on ``side``."""
    def inherits_it(child: Table) -> bool:
        col = child.column(column)
        return col is not None and col.inherited

    graph = ctx.old if side is None else side
    return {column_id(c.schema, c.name, column) for c in graph.heirs(parent, inherits_it)}


def _children_keep(parent: Table, column: str, ctx: Context) -> bool:
    """Whether every inheritance child that inherits ``column`` keeps it as its own column,
    where it is now among the child's columns: then the parent drops it with ONLY, which
    leaves the children's copies (made local, rows kept).  Otherwise the drop takes the
    children's copies too, and a child that keeps the column adds it again (at its end)."""
    heirs = [c for c in ctx.old.children.get((parent.schema, parent.name), [])
             if c.partition_of is None and (col := c.column(column)) is not None and col.inherited]
    for child in heirs:
        after = ctx.new.tables.get((child.schema, child.name))
        kept = after.column(column) if after is not None else None
        if kept is None or kept.inherited or ctx.table_dropped(child.schema, child.name):
            return False
        assert after is not None
        if ([c.name for c in child.columns if after.column(c.name) is not None]
                != [c.name for c in after.columns if child.column(c.name) is not None]):
            return False
    return bool(heirs)


def _own_once_left(old: Table, new: Table, column: str, ctx: Context) -> bool:
    """Whether an inherited ``column`` is the table's own once it leaves its parents - every
    parent that has it."""
    return leaves_every_parent_having(
        old, new, lambda k: (p := ctx.old.tables.get(k)) is not None and p.column(column) is not None)


def _lost_with_parent(old: Table, new: Table, column: str, ctx: Context) -> bool:
    """Whether an inherited ``column`` that the source makes the table's own goes away with
    a parent's dropped column (not dropped with ONLY): it must be added back.  A parent the
    table leaves (kept or dropped whole) is left first (kinds_tables.no_inherit_change): the
    column stays."""
    for key in old.inherits:
        parent, after = ctx.old.tables.get(key), ctx.new.tables.get(key)
        if parent is None or parent.column(column) is None or after is None or key not in new.inherits:
            continue
        if after.column(column) is None:
            return not _children_keep(parent, column, ctx)
    return False


def type_change_rewrites(old: str, new: str) -> bool:
    """False for the metadata-only changes: varchar widening, varchar → text."""
    ob, nb = base_type(old), base_type(new)
    if ob in TEXTLIKE and nb == "text":
        return False
    if ob == nb == "character varying":
        om, nm = re.search(r"\((\d+)\)", old), re.search(r"\((\d+)\)", new)
        return not (nm is None or (om is not None and int(nm.group(1)) >= int(om.group(1))))
    if ob == nb == "numeric":
        return old != new and "(" in old
    return True


def compare_column(old_t: Table, new_t: Table, old: Column, new: Column, ctx: Context) -> list[Change]:
    # An ancestor's DROP NOT NULL clears it here too (before 18 always; on 18 when this
    # table's NOT NULL is only the inherited one): set again after it, on this table alone.
    # (Not on a partition detached first, in the drop phase: its NOT NULL is its own then.)
    regained: set[ObjectId] = _ancestors_dropping_not_null(new_t, new.name, ctx) if (
        old.not_null and new.not_null and new_t.parent_keys and ctx.server_version > 0
        and (ctx.server_version < 180000 or not old.not_null_local)
        and (new_t.schema, new_t.name) not in ctx.detached) else set()
    if old == new and not regained:
        return []  # every rule below compares the two columns' fields (but that one)
    n = ctx.names
    cid = column_id(new_t.schema, new_t.name, new.name)
    head = ddl.alter_column(new_t, new, n)
    # Type, NOT NULL and identity of an inherited column (partitions included) follow the
    # parent - but for a partition detached and attached again (kinds_tables.detach_change),
    # which must match its new parent before it is attached.
    follows_parent = old.inherited and new.inherited and (new_t.schema, new_t.name) not in ctx.attaching
    if (new.generated is not None and old.generated is None) or (
        old.generated is not None and new.generated is not None and old.generated_kind != new.generated_kind
    ) or (old.generated is not None and old.generated_kind == "v" and new.generated is None):
        # (an inheritance child's column is dropped and added again with its parent's)
        return [] if follows_parent else drop_and_add(old_t, new_t, old, new, ctx)
    out: list[Change] = []
    stmts: list[str] = []
    hazards: set[Hazard] = set()
    if old.identity is not None and new.identity is None and not follows_parent:
        # In the drop phase: a sequence of the same name may be created next.
        seq = ObjectId(Kind.SEQUENCE, old_t.schema, old.identity.sequence_name)
        out.append(drop(ObjectId(Kind.COLUMN, new_t.schema, new.name + " IDENTITY", new_t.name),
                        [head + " DROP IDENTITY"], removes={seq}, rank=rank(Kind.COLUMN)))
    if old.generated is not None and new.generated is None and follows_parent:
        pass  # the parent's DROP EXPRESSION reaches it (and PostgreSQL refuses it here)
    elif old.generated is not None and new.generated is None:
        if _loses_dependency(cid, old_t, new_t, ctx):  # (before it goes: it refuses while used)
            out.append(drop(_expression_id(cid), [head + " DROP EXPRESSION"], requires=ctx.old.requires(cid),
                            rank=rank(Kind.COLUMN)))
        else:
            stmts.append(head + " DROP EXPRESSION")
    elif old.generated is not None and new.generated is not None and old.generated != new.generated:
        if ctx.server_version and ctx.server_version < 170000:
            # (no SET EXPRESSION before 17: dropped and added again - on the parent only, whose
            # DROP COLUMN and ADD COLUMN reach its partitions and inheritance children)
            return [] if follows_parent else drop_and_add(old_t, new_t, old, new, ctx)
        if _loses_dependency(cid, old_t, new_t, ctx):  # off it before it goes, as above
            out.append(drop(_expression_id(cid), [f"{head} SET EXPRESSION AS (NULL::{old.type})"],
                            requires=ctx.old.requires(cid), rank=rank(Kind.COLUMN),
                            hazards={Hazard.REWRITES_TABLE} if old.generated_kind != "v" else set()))
        stmts.append(f"{head} SET EXPRESSION AS ({new.generated})")
        if new.generated_kind != "v":
            hazards.add(Hazard.REWRITES_TABLE)
    type_changed = (old.type, old.collation) != (new.type, new.collation) and not follows_parent
    if follows_parent and (old.type, old.collation) != (new.type, new.collation):
        ctx.retyped_along.add(cid)  # by the parent's ALTER COLUMN … TYPE, which its readers block
    # A parent's default alone: its partitions' and children's defaults are their own (each
    # compared by itself); without ONLY, PostgreSQL would overwrite theirs.
    default_head = ddl.alter_column(new_t, new, n, only=ctx.has_heirs(new_t))
    if old.default is not None and new.generated is None and (new.default is None or type_changed):
        stmts.append(default_head + " DROP DEFAULT")  # an old default may not cast to the new type
    if type_changed:
        sql = f"{head} TYPE {new.type}"
        if new.collation:
            sql += " COLLATE " + new.collation
        if needs_using(old.type, new.type) and new_t.kind != "f":  # a foreign table has no rows to convert
            sql += f" USING {converted(new.name, old.type, new.type, ctx)}"
        stmts.append(sql)
        if new_t.kind != "f":  # (a foreign table's rows live elsewhere)
            if type_change_rewrites(old.type, new.type) or old.collation != new.collation:
                hazards.add(Hazard.REWRITES_TABLE)
            if conversion_may_fail(old.type, new.type):
                hazards.add(Hazard.VALIDATES_ROWS)
        ctx.retyped.add(cid)
    set_default = None
    if new.default is not None and new.generated is None and (new.default != old.default or type_changed) \
            and cid not in ctx.converted:  # (a type rebuild converting the column sets it itself)
        set_default = f"{default_head} SET DEFAULT {new.default}"
        stmts.append(set_default)
    if follows_parent and _not_null_taken_by_parent(old_t, new_t, old, new, ctx):
        # PostgreSQL 18: the parent's SET NOT NULL would merge into the partition's own NOT NULL
        # (keeping the partition's name); without it, the partition takes the parent's name.
        out.append(drop(ObjectId(Kind.COLUMN, new_t.schema, new.name + " NOT NULL", new_t.name),
                        [head + " DROP NOT NULL"], rank=rank(Kind.COLUMN)))
    from_parents = _not_null_from_parents(old_t, new_t, old, new, ctx)
    if from_parents is not None:
        stmts += _validate_inherited_not_null(new_t, new, from_parents, ctx, hazards)
    elif regained:
        stmts.append(_set_not_null(new_t, new, n, only=True, explicit=_not_null_name_shared(new_t, new, ctx)))
        hazards.add(Hazard.BLOCKS_WRITES)
    elif not follows_parent or _own_not_null(old_t, new_t, old, new, ctx):
        stmts += _not_null(old_t, new_t, old, new, ctx, hazards)
    elif old.not_null and new.not_null and new.not_null_local and not old.not_null_local:
        # PostgreSQL 18: SET NOT NULL on the child alone makes its inherited NOT NULL its own
        # too.  (The way back has no statement: DROP NOT NULL refuses an inherited one.)
        stmts.append(ddl.alter_column(new_t, new, n, only=True) + " SET NOT NULL")
    if new.identity is not None and not follows_parent:
        if old.identity is None:
            stmts.append(f"{head} ADD {ddl.identity_clause(new, new_t, n)}")
        elif old.identity != new.identity:
            stmts += _alter_identity(new_t, old, new, ctx)
    # ALTER COLUMN ... TYPE (here, or a parent's reaching this column) puts the storage and
    # the compression back to the new type's own: set again the ones the column keeps.
    retyped = (old.type, old.collation) != (new.type, new.collation)
    if (retyped and new.storage) or (not retyped and (old.storage or None) != (new.storage or None)):
        # back to the type's own: SET STORAGE DEFAULT from PostgreSQL 16, named before
        default = "DEFAULT" if ctx.server_version >= 160000 else (old.type_storage or "EXTENDED")
        # (ONLY: the partitions and children have their own, each compared by itself)
        stmts.append(f"{default_head} SET STORAGE {new.storage or default}")
    if (retyped and new.compression) or (not retyped and (old.compression or None) != (new.compression or None)):
        stmts.append(f"{head} SET COMPRESSION {new.compression or 'default'}")
    if old.statistics != new.statistics:
        stmts.append(f"{head} SET STATISTICS {-1 if new.statistics is None else new.statistics}")
    if old.options != new.options:
        kept = {o.split("=", 1)[0] for o in new.options}
        if reset := [key for o in old.options if (key := o.split("=", 1)[0]) not in kept]:
            stmts.append(f"{head} RESET ({', '.join(reset)})")
        if new.options:
            stmts.append(f"{head} SET ({', '.join(new.options)})")
    if items := ddl.option_changes(old.foreign_options, new.foreign_options):
        stmts.append(f"{head} OPTIONS ({', '.join(items)})")
    if stmts:
        # after the parents' ALTER COLUMN TYPE, which reaches this column and resets its storage
        parents = {column_id(k[0], k[1], new.name) for k in new_t.parent_keys} if (
            (retyped and new.inherited) or from_parents) else set()
        requires = ctx.new.requires(cid) | {new_t.id} | regained | parents
        split = None
        if set_default is not None and calls_routine(requires):
            split = _split_default(cid, tuple(stmts), set_default, requires, hazards)
        # (the partitions' and children's copies it retypes: what reads them is made after it)
        provides = _heirs_columns(new_t, new.name, ctx, side=ctx.new) if type_changed else set()
        out.append(alter(cid, stmts, requires=requires, provides=provides, hazards=hazards,
                         rank=rank(Kind.COLUMN), split=split))
    return out


def _split_default(cid: ObjectId, stmts: tuple[str, ...], set_default: str, requires: frozenset[ObjectId],
                   hazards: set[Hazard]) -> Callable[[], tuple[Change, ...]]:
    """The column's change without its SET DEFAULT, then the SET DEFAULT alone: for a cycle
    through a default that calls a routine reading the column (BEGIN ATOMIC), which the plan
    makes (again) only once the column is as the source has it (retyped) - the orderer uses the
    pair only then.  A change that only sets the default becomes that SET DEFAULT alone (it no
    longer stands for the column, which the routine reads)."""

    def pair() -> tuple[Change, ...]:
        tail = alter(default_id(cid), [set_default],
                     requires=requires | {cid}, rank=rank(Kind.COLUMN))
        rest = [s for s in stmts if s != set_default]
        if not rest:
            return (tail,)
        head = alter(cid, rest, requires=routines_apart(requires)[1], hazards=hazards, rank=rank(Kind.COLUMN))
        return head, tail

    return pair


def _set_not_null(t: Table, col: Column, n: Names, *, only: bool = False, explicit: bool = False) -> str:
    """``col``'s NOT NULL as the source has it: SET NOT NULL, or (PostgreSQL 18) ADD CONSTRAINT
    when it has its own name, NO INHERIT or NOT VALID, or (``explicit``) a default name that
    another table holds (_not_null_name_shared)."""
    name = col.not_null_name or ddl.default_not_null_name(t.name, col.name)
    if (col.not_null_valid and not col.not_null_no_inherit and not explicit
            and name == ddl.default_not_null_name(t.name, col.name)):
        return ddl.alter_column(t, col, n, only=only) + " SET NOT NULL"
    sql = f"{ddl.alter_table(t, n, only=only)} ADD CONSTRAINT {ident(name)} NOT NULL {ident(col.name)}"
    sql += " NO INHERIT" if col.not_null_no_inherit else ""
    return sql + (" NOT VALID" if not col.not_null_valid else "")


def _not_null_from_parents(old_t: Table, new_t: Table, old: Column, new: Column, ctx: Context) -> list[Column] | None:
    """PostgreSQL 18: the new columns of ``new_t``'s parents whose NOT NULL the plan adds and
    that give ``new_t``'s column the NOT NULL it only inherits (pg_dump's suite: ADD CONSTRAINT
    nn NOT NULL col1 NOT VALID on a parent, validated on children); None otherwise."""
    if (ctx.server_version < 180000 or not new.not_null or old.not_null or not not_null_only_inherited(new)
            or new_t.partition_of is not None):
        return None
    gaining = []
    for key in new_t.parent_keys:
        old_p, new_p = ctx.old.tables.get(key), ctx.new.tables.get(key)
        old_c = old_p.column(new.name) if old_p is not None else None
        new_c = new_p.column(new.name) if new_p is not None else None
        if new_c is not None and new_c.not_null and not (old_c is not None and old_c.not_null):
            gaining.append(new_c)
    return gaining or None


def _validate_inherited_not_null(t: Table, col: Column, parents: list[Column], ctx: Context,
                                 hazards: set[Hazard]) -> list[str]:
    """The parents' ADD gives ``col`` its NOT NULL, NOT VALID where theirs all are: VALIDATE it
    here when the source's is valid (an ADD on the child would refuse: "incompatible NOT VALID
    constraint")."""
    if not col.not_null_valid or any(p.not_null_valid for p in parents):
        return []
    hazards.update((Hazard.BLOCKS_WRITES, Hazard.VALIDATES_ROWS))
    name = col.not_null_name or ddl.default_not_null_name(t.name, col.name)
    return [f"{ddl.alter_table(t, ctx.names)} VALIDATE CONSTRAINT {ident(name)}"]


def _ancestors_dropping_not_null(t: Table, column: str, ctx: Context) -> set[ObjectId]:
    """The columns above ``t`` (parents, theirs in turn) whose NOT NULL the plan drops."""
    out: set[ObjectId] = set()
    queue = list(t.parent_keys)
    while queue:
        key = queue.pop()
        old_p, new_p = ctx.old.tables.get(key), ctx.new.tables.get(key)
        old_c = old_p.column(column) if old_p is not None else None
        new_c = new_p.column(column) if new_p is not None else None
        if old_c is None or new_c is None:
            continue
        if old_c.not_null and not new_c.not_null:
            out.add(column_id(key[0], key[1], column))
        queue += new_p.parent_keys
    return out


def _expression_id(cid: ObjectId) -> ObjectId:
    return ObjectId(Kind.COLUMN, cid.schema, cid.name + " EXPRESSION", cid.parent)


def _loses_dependency(cid: ObjectId, old_t: Table, new_t: Table, ctx: Context) -> bool:
    """Whether the old generated expression of column ``cid`` calls a routine the plan drops or
    reads a column of its table that the plan drops (DROP COLUMN refuses while it is read)."""
    return any(
        (ref.kind in ROUTINE_KINDS and routine_dropped(ref, ctx))
        or (ref.kind == Kind.COLUMN and (ref.schema, ref.parent) == (old_t.schema, old_t.name)
            and new_t.column(ref.name) is None)
        for ref in ctx.old.requires(cid))


def _not_null(old_t: Table, new_t: Table, old: Column, new: Column, ctx: Context, hazards: set[Hazard]) -> list[str]:
    n = ctx.names
    head = ddl.alter_column(new_t, new, n)
    table = ddl.alter_table(new_t, n)
    out: list[str] = []
    shape_changed = old.not_null and new.not_null and (
        old.not_null_no_inherit != new.not_null_no_inherit or (old.not_null_valid and not new.not_null_valid))
    if shape_changed:
        out.append(head + " DROP NOT NULL")
    if new.not_null and (not old.not_null or shape_changed):
        out.append(_set_not_null(new_t, new, n, explicit=_not_null_name_shared(new_t, new, ctx)))
        if new.not_null_valid:
            hazards.update((Hazard.BLOCKS_WRITES, Hazard.VALIDATES_ROWS))
        return out
    if old.not_null and not new.not_null and new.identity is None:
        return [head + " DROP NOT NULL"]
    if (old.not_null and new.not_null and old.not_null_name and new.not_null_name
            and old.not_null_name != new.not_null_name):
        out.append(f"{table} RENAME CONSTRAINT {ident(old.not_null_name)} TO {ident(new.not_null_name)}")
    if old.not_null and new.not_null and not old.not_null_valid and new.not_null_valid:
        name = new.not_null_name or ddl.default_not_null_name(new_t.name, new.name)
        out.append(f"{table} VALIDATE CONSTRAINT {ident(name)}")
        hazards.update((Hazard.BLOCKS_WRITES, Hazard.VALIDATES_ROWS))
    return out


def _alter_identity(t: Table, old: Column, new: Column, ctx: Context) -> list[str]:
    n = ctx.names
    head = ddl.alter_column(t, new, n)
    o, w = old.identity, new.identity
    assert o is not None and w is not None
    out = []
    if o.sequence_name != w.sequence_name:
        out.append(f"ALTER SEQUENCE {n.qual(t.schema, o.sequence_name)} RENAME TO {ident(w.sequence_name)}")
    if o.always != w.always:
        out.append(f"{head} SET GENERATED {'ALWAYS' if w.always else 'BY DEFAULT'}")
    opts = []
    if o.data_type != w.data_type and w.data_type:
        out.append(f"ALTER SEQUENCE {n.qual(t.schema, w.sequence_name)} AS {w.data_type}")
    for attr, kw in (("start", "START WITH"), ("increment", "INCREMENT BY"), ("min_value", "MINVALUE"),
                     ("max_value", "MAXVALUE"), ("cache", "CACHE")):
        if getattr(o, attr) != getattr(w, attr) or (attr in ("min_value", "max_value") and o.data_type != w.data_type):
            opts.append(f"SET {kw} {getattr(w, attr)}")
    if o.cycle != w.cycle:
        opts.append("SET CYCLE" if w.cycle else "SET NO CYCLE")
    if range_narrows(o, w):
        opts.append(f"RESTART WITH {w.start}")
    if opts:
        out.append(head + " " + " ".join(opts))
    return out


def _identity_sequence(t: Table, col: Column) -> set[ObjectId]:
    """The sequence of an identity column, which goes with the column (it is no object of
    the model, but grants and comments name it)."""
    return {ObjectId(Kind.SEQUENCE, t.schema, col.identity.sequence_name)} if col.identity is not None else set()


READ_COLUMNS = frozenset({Kind.VIEW, Kind.MATERIALIZED_VIEW, Kind.RULE})


def drop_and_add(old_t: Table, new_t: Table, old: Column, new: Column, ctx: Context, *,
              after: frozenset[ObjectId] = frozenset()) -> list[Change]:
    n = ctx.names
    cid = column_id(new_t.schema, new_t.name, new.name)
    # Views and rules read whole relations (catalog.build_deps): any of them may use the
    # column, which DROP COLUMN refuses, and theirs does not change - rebuild them around it.
    ctx.invalidated.update(d for d in ctx.old.rdeps.get(old_t.id, ()) if d.kind in READ_COLUMNS)
    ctx.columns_dropped.add(old_t.id)
    return [
        drop(cid, ddl.drop_column(old_t, old, n), requires=ctx.old.requires(cid) - {old_t.id},
             removes={old_t.id} | _identity_sequence(old_t, old), hazards={Hazard.DELETES_DATA},
             rank=rank(Kind.COLUMN)),
        alter(cid, ddl.add_column(new_t, new, n, explicit_names=_not_null_name_shared(new_t, new, ctx)),
              requires=ctx.new.requires(cid) | {new_t.id} | (after - {cid}),
              hazards={Hazard.REWRITES_TABLE}, rank=rank(Kind.COLUMN) + 1,
              hint=(new_t.schema, new_t.name, new.position)),  # re-added in the source's order
    ]
