"""Rebuild types that cannot change in place (an enum losing or reordering labels, …).

PostgreSQL cannot remove an enum label, change a domain's base type or change a
composite type used by a column.  The rebuild renames every affected type (the
root and the domains, composite and range types built on it) out of the way,
creates the new definitions, converts each column through its text form
(``USING col::text::new_type``), restores the column defaults and drops the
renamed types.  Objects whose definitions mention the old types (views,
functions, indexes, check constraints …) are rebuilt around it by the
compare driver, which sees the root ids in ``ctx.invalidated``.
"""

from __future__ import annotations

from pgstrata.ddl import types as tddl
from pgstrata.ddl.tables import alter_column
from pgstrata.diff.changes import Change, replace
from pgstrata.diff.context import Context, column_id
from pgstrata.diff.ranks import rank
from pgstrata.hazards import Hazard
from pgstrata.model import CompositeType, Domain, EnumType, Kind, ObjectId, RangeType
from pgstrata.quoting import ident

TypeObj = EnumType | Domain | CompositeType | RangeType
_TYPE_KINDS = (Kind.ENUM, Kind.DOMAIN, Kind.COMPOSITE, Kind.RANGE)


def _closure(root: ObjectId, ctx: Context) -> list[ObjectId]:
    """The root and every type built on it (old graph), dependencies first."""
    out = [root]
    frontier = [root]
    while frontier:
        current = frontier.pop(0)
        for dep in sorted(ctx.old.rdeps.get(current, ()), key=lambda o: (o.kind.value, o.schema or "", o.name)):
            if dep.kind in _TYPE_KINDS and dep not in out and dep in ctx.new.objects:
                out.append(dep)
                frontier.append(dep)
    return out


def _create(obj: TypeObj, ctx: Context) -> list[str]:
    n = ctx.names
    if isinstance(obj, EnumType):
        return tddl.create_enum(obj, n)
    if isinstance(obj, Domain):
        return tddl.create_domain(obj, n)
    if isinstance(obj, CompositeType):
        return tddl.create_composite(obj, n)
    return tddl.create_range(obj, n)


def rebuild_type(root: ObjectId, ctx: Context) -> Change:
    n = ctx.names
    ids = _closure(root, ctx)
    renamed: dict[ObjectId, str] = {}
    stmts: list[str] = []
    for oid in ids:
        assert oid.schema is not None
        tmp = (oid.name + "__pgstrata_old")[:63]
        renamed[oid] = tmp
        kw = "DOMAIN" if oid.kind is Kind.DOMAIN else "TYPE"
        stmts.append(f"ALTER {kw} {n.qual(oid.schema, oid.name)} RENAME TO {ident(tmp)}")
    for oid in ids:
        stmts += _create(ctx.new.objects[oid], ctx)  # type: ignore[arg-type]
    provides: set[ObjectId] = set(ids)
    for t in sorted(ctx.new.model.tables, key=lambda t: (t.schema, t.name)):
        old_t = ctx.old.tables.get((t.schema, t.name))
        if old_t is None or ctx.table_dropped(t.schema, t.name):
            continue
        for col in t.columns:
            if ctx.new.type_id(col.type) not in renamed or (col.inherited and t.partition_of is None):
                continue
            old_c = old_t.column(col.name)
            if old_c is None or ctx.old.type_id(old_c.type) not in renamed:
                continue
            if t.partition_of is not None:
                continue  # converted through the partitioned parent
            head = alter_column(t, col, n)
            dims = "[]" * col.type.count("[]")
            base = col.type[: len(col.type) - len(dims)] if dims else col.type
            if old_c.default is not None:
                stmts.append(head + " DROP DEFAULT")
            stmts.append(f"{head} TYPE {col.type} USING {ident(col.name)}::text{dims}::{base}{dims}")
            if col.default is not None and col.generated is None:
                stmts.append(f"{head} SET DEFAULT {col.default}")
            provides.add(column_id(t.schema, t.name, col.name))
            ctx.converted.add(column_id(t.schema, t.name, col.name))
    for oid in reversed(ids):
        assert oid.schema is not None
        kw = "DOMAIN" if oid.kind is Kind.DOMAIN else "TYPE"
        stmts.append(f"DROP {kw} {n.qual(oid.schema, renamed[oid])}")
    ctx.invalidated.update(ids)
    requires: set[ObjectId] = set()
    for oid in ids:
        requires |= ctx.new.requires(oid)
    return replace(root, stmts, requires=frozenset(requires) - set(ids), provides=provides,
                   hazards={Hazard.REWRITES_TABLE, Hazard.BREAKS_CLIENTS}, rank=rank(root.kind))
