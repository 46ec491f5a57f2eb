"""Why an inheritance child or a partition is rebuilt with its rows, or detached and attached
again, although no column of it changes type: what PostgreSQL cannot change in place between
a column, CHECK or NOT NULL that is the table's own and one it only inherits (PostgreSQL 18
names and flags NOT NULLs too), a partition's key attached to a plain index of its parent,
and the column order a table keeps once it leaves its parents.
Each predicate gives the tables (schema, name) that need it; ``compare`` adds them to
``ctx.rebuilt`` (or, for a partition, detaches it: ``inherited_not_null_renamed``,
``key_index_held_by_parent``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pgstrata.diff.context import Context, Graph
from pgstrata.diff.table_rebuild import order_breaks
from pgstrata.model import Column, Constraint, Index, Table


def inherited_not_null_renamed(before: Table, after: Table, ctx: Context) -> bool:
    """PostgreSQL 18: whether a partition's NOT NULL inherited from its parent's, on both sides,
    is named otherwise in the source (a table made on its own and attached keeps
    ``<partition>_<column>_not_null``, PARTITION OF takes the parent's name).  PostgreSQL
    refuses to rename an inherited constraint: the partition is detached (its NOT NULLs its own
    then), renamed, attached again."""
    def parent_column(t: Table, g: Graph, name: str) -> Column | None:
        parent = g.tables.get(t.partition_of) if t.partition_of else None
        return parent.column(name) if parent is not None else None

    for col in after.columns:
        was, pc_old, pc_new = before.column(col.name), parent_column(before, ctx.old, col.name), \
            parent_column(after, ctx.new, col.name)
        if (was is not None and pc_old is not None and pc_new is not None and pc_old.not_null and pc_new.not_null
                and was.not_null and col.not_null and was.not_null_name and col.not_null_name
                and was.not_null_name != col.not_null_name):
            return True
    return False


def plain_parent_index(c: Constraint, g: Graph) -> Index | None:
    """The plain index of the partitioned parent (no key of its) that partition key ``c``'s
    index is attached to (``ALTER INDEX parent_idx ATTACH PARTITION part_pkey``)."""
    return g.index_of_parent(c.schema, c.table, c.index_parent)


def key_index_held_by_parent(before: Table, ctx: Context) -> bool:
    """Whether a partition's key whose index is attached to a plain index of its parent goes,
    changes, or outlives that index: PostgreSQL has no DETACH for an index and refuses to
    drop either one while attached (but DROP INDEX … CASCADE, which drops the key), so the
    partition is detached (its key its own then) and attached again (ATTACH PARTITION attaches
    its key's index to the parent's index of that shape, if the source's parent has one)."""
    key = (before.schema, before.name)
    for c in ctx.old.constraints_of.get(key, []):
        if (parent := plain_parent_index(c, ctx.old)) is None:
            continue
        now = next((k for k in ctx.new.constraints_of.get(key, []) if k.name == c.name), None)
        if now != c or ctx.new.objects.get(parent.id) != parent:
            return True
    return False


def reordered_off_parents(ctx: Context) -> set[tuple[str, str]]:
    """The inheritance children that leave all their parents (NO INHERIT) and whose columns,
    their own from then on, would end in another order than the source's: rebuilt."""
    version = ctx.server_version
    return {key for key, new in ctx.new.tables.items()
            if key not in ctx.rebuilt and new.partition_of is None and not new.inherits
            and (old := ctx.old.tables.get(key)) is not None and old.inherits and old.partition_of is None
            and order_breaks(old, new, version, detached=True)}


def leaves_every_parent_having(old: Table, new: Table, has: Callable[[tuple[str, str]], bool]) -> bool:
    """Whether inheritance child ``old`` (``new`` in the source) leaves every parent that
    ``has`` something (a column, a CHECK): what it inherited of that is its own once it has
    left (NO INHERIT, in the drop phase: kinds_tables.no_inherit_change)."""
    having = [p for p in old.inherits if has(p)]
    return bool(having) and all(p not in new.inherits for p in having)


def parent_columns_gained(ctx: Context) -> set[tuple[str, str]]:
    """The inheritance children (not partitions) that gain a parent whose columns they only
    inherit in the source, where the target's child lacks them (a table declared with
    ``user_id`` alone becoming ``(user_id int) INHERITS (file)``: PostGraphile's kitchen sink)
    or holds them as its own, or will once it has left the parents it inherits them from (a
    child moved from one parent to another, the column moved along): ``INHERIT`` refuses a
    child without its parent's columns and merges a column the child has, which stays the
    child's own; no ALTER makes it inherited only.  The child is rebuilt with its rows.
    (The other way, a child leaving a parent it only inherited columns from, drops them once
    it has left: kinds_columns._own_once_left.)"""
    out: set[tuple[str, str]] = set()
    for key, old, new in _kept_children(ctx):
        if old.partition_of is not None:
            continue
        gained = [p for k in new.inherits if k not in old.inherits and (p := ctx.new.tables.get(k)) is not None]
        kept = [p for k in new.inherits if k in old.inherits and (p := ctx.old.tables.get(k)) is not None]
        for col in new.columns:
            if not (col.inherited and gained and any(p.column(col.name) for p in gained)):
                continue
            was = old.column(col.name)
            if was is None or not was.inherited or not any(p.column(col.name) for p in kept):
                out.add(key)
                break
    return out


def made_local_under_parent(ctx: Context) -> set[tuple[str, str]]:
    """The inheritance children (not partitions) a column of which, inherited only, is the
    child's own too in the source while a parent still has it (a table made on its own and
    then ``INHERIT``-ed, against one made with ``INHERITS``): no ALTER makes an inherited
    column local (``NO INHERIT`` would make them all local), so the child is rebuilt with its
    rows, the column listed in its CREATE TABLE."""
    out: set[tuple[str, str]] = set()
    for key, old, new in _kept_children(ctx):
        parents = [p for k in new.parent_keys if (p := ctx.new.tables.get(k)) is not None]
        for col in new.columns:
            was = old.column(col.name)
            if (was is not None and was.inherited and not col.inherited
                    and any(p.column(col.name) is not None for p in parents)):
                out.add(key)
                break
    return out


def checks_made_inherited_only(ctx: Context) -> set[tuple[str, str]]:
    """The inheritance children (not partitions) whose CHECK, their own and inherited too in
    the target (declared in the child's CREATE TABLE as well, merged), is inherited only in
    the source: PostgreSQL refuses DROP CONSTRAINT of an inherited CHECK and INHERIT requires
    the child to hold the parent's CHECKs, so the child is rebuilt with its rows."""
    out: set[tuple[str, str]] = set()
    for key, _, _ in _kept_children(ctx):
        own = {c.name for c in ctx.old.constraints_of.get(key, []) if c.type == "c" and not c.inherited}
        if any(c.type == "c" and c.inherited and c.name in own for c in ctx.new.constraints_of.get(key, [])):
            out.add(key)
    return out


def not_nulls_made_inherited_only(ctx: Context) -> set[tuple[str, str]]:
    """PostgreSQL 18: the inheritance children (not partitions) whose NOT NULL on an inherited
    column is their own too in the target (SET NOT NULL on the child) and inherited only in
    the source: DROP NOT NULL refuses an inherited constraint and NO INHERIT would make the
    column itself the child's own, so the child is rebuilt with its rows."""
    out: set[tuple[str, str]] = set()
    for key, old, new in _kept_children(ctx):
        for col in new.columns:
            was = old.column(col.name)
            if (was is not None and was.not_null_local and col.inherited and col.not_null
                    and not col.not_null_local):
                out.add(key)
                break
    return out


def _kept_children(ctx: Context) -> Iterator[tuple[tuple[str, str], Table, Table]]:
    """(key, target's table, source's table) of the inheritance children (not partitions) on
    both sides that the source still has inherit and that nothing rebuilds already."""
    for key, new in ctx.new.tables.items():
        old = ctx.old.tables.get(key)
        if old is not None and new.partition_of is None and new.parent_keys and key not in ctx.rebuilt:
            yield key, old, new
