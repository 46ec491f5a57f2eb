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

import dataclasses
from collections.abc import Iterator

from pgstrata.ddl import types as tddl
from pgstrata.ddl.names import Names
from pgstrata.ddl.tables import alter_column, alter_table
from pgstrata.diff.changes import Change, alter, drop, replace
from pgstrata.diff.context import Context, column_id, default_id, routines_apart
from pgstrata.diff.ranks import rank
from pgstrata.diff.table_rebuild import data_id, key_retyped, order_breaks, renamed_away
from pgstrata.hazards import Hazard
from pgstrata.model import (
    Collation,
    Column,
    CompositeType,
    Domain,
    EnumType,
    Kind,
    ObjectId,
    RangeType,
    Table,
)
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


def rebuild_type(root: ObjectId, ctx: Context) -> list[Change]:
    n = ctx.names
    ids = _closure(root, ctx)
    renamed: dict[ObjectId, str] = {}
    renames: list[str] = []
    # dependents first: a range's constructors are named by their subtype, which must still
    # have its name then
    for oid in reversed(ids):
        renamed[oid] = renamed_away(oid.name)
        renames += _rename_away(oid, ctx)
    creates = [s for oid in ids for s in _create(ctx.new.objects[oid], ctx)]  # type: ignore[arg-type]
    provides: set[ObjectId] = set(ids)
    converts, columns, defaults, loses = _convert_columns(set(renamed), set(renamed), ctx)
    stmts = renames + creates + converts
    provides |= columns
    drops = [_drop_renamed(oid, n) for oid in reversed(ids)]
    ctx.invalidated.update(ids)
    ctx.invalidated.update(_part_comments(ids, ctx))
    ctx.rebuilt_types.update(ids)
    requires: set[ObjectId] = set()
    for oid in ids:
        requires |= ctx.new.requires(oid)
    hazards = {Hazard.REWRITES_TABLE, Hazard.BREAKS_CLIENTS}
    if converts:  # (through text: a value the new type lacks, or its CHECK refuses, fails)
        hazards.add(Hazard.VALIDATES_ROWS)
    if loses:
        hazards.add(Hazard.DELETES_DATA)
    defaults = [*_old_domain_checks(ids, ctx), *defaults]
    copies = _rebuilt_tables_using(renamed, ctx) | _columns_leaving(set(renamed), ctx)
    requires -= set(ids)
    tail = [] if copies else drops

    def split() -> tuple[Change, ...]:
        return _bare_domains_split(root, ids, renames, converts + tail, requires, provides, hazards, ctx)

    made = replace(root, stmts + tail, requires=frozenset(requires), provides=provides, hazards=hazards,
                   rank=rank(root.kind), split=split if _domains_calling_routines(ids, ctx) else None)
    if not copies:
        return [made, *defaults]
    # A table rebuilt with its rows still uses the old types until its old copy is dropped, a
    # column retyped off them until it is.
    old_types = ObjectId(root.kind, root.schema, root.name + " OLD")
    return [made, replace(old_types, drops, requires=copies | {root, _converted_id(root)}, rank=rank(root.kind)),
            *defaults]


def _domains_calling_routines(ids: list[ObjectId], ctx: Context) -> list[Domain]:
    """The rebuilt domains whose default or a CHECK calls a routine (the source's)."""
    return [d for oid in ids if isinstance(d := ctx.new.objects.get(oid), Domain)
            and (d.default is not None or d.checks) and routines_apart(ctx.new.requires(oid))[0]]


def _bare_domains_split(root: ObjectId, ids: list[ObjectId], renames: list[str], after: list[str],
                        requires: set[ObjectId], provides: set[ObjectId], hazards: set[Hazard],
                        ctx: Context) -> tuple[Change, ...]:
    """The rebuild as three changes the orderer uses only to break a cycle: a CHECK or default
    of a rebuilt domain calling a routine that is itself made again for the new types (its
    argument is the rebuilt composite or domain: PostGraphile's ``check_work_hours(work_hour[])``
    in a domain over ``work_hour[]``).  The types are made with those domains bare; the domains
    get their defaults and CHECKs once the routine exists, before any column uses them
    (PostgreSQL refuses ADD CONSTRAINT on a domain that a column uses inside an array); then the
    columns are converted, which checks their rows."""
    n = ctx.names
    domains = _domains_calling_routines(ids, ctx)
    bare = {d.id: dataclasses.replace(d, default=None, checks=()) for d in domains}
    creates = [s for oid in ids for s in _create(bare.get(oid) or ctx.new.objects[oid], ctx)]  # type: ignore[arg-type]
    called = {r for d in domains for r in routines_apart(ctx.new.requires(d.id))[0]}
    others = {r for oid in ids if oid not in bare for r in ctx.new.requires(oid)}
    head = replace(root, renames + creates, requires=frozenset(requires - (called - others)),
                   provides=frozenset(ids), hazards=hazards, rank=rank(root.kind))
    settings = [s for d in domains for s in (
        ([tddl.domain_default(d, d.default, n)] if d.default is not None else [])
        + [tddl.add_domain_check(d, c, n) for c in d.checks])]
    checks = {ObjectId(Kind.CONSTRAINT, d.schema, c.name, d.name) for d in domains for c in d.checks}
    settings_id = ObjectId(Kind.DOMAIN, root.schema, root.name + " REBUILT SETTINGS")
    return (head,
            alter(settings_id, settings, requires=called | {root}, provides=checks, rank=rank(Kind.DOMAIN)),
            replace(_converted_id(root), after, requires={root, settings_id}, provides=provides - set(ids),
                    hazards=hazards, rank=rank(root.kind)))


def _converted_id(root: ObjectId) -> ObjectId:
    """The id of the columns' conversion when a rebuild is split (_bare_domains_split)."""
    return ObjectId(root.kind, root.schema, root.name + " CONVERTED")


def rebuild_collation(old: Collation, new: Collation, ctx: Context) -> list[Change] | None:
    """A collation that changes while columns use it (DROP COLLATION refuses): renamed out of
    the way, created again, each column that keeps it moved over (``ALTER … TYPE`` of its own
    type ``COLLATE`` the new one), the old one dropped.  Indexes, views and the rest that use
    it are rebuilt around it (``ctx.invalidated``).  None when no column uses it."""
    users = {d for d in ctx.old.rdeps.get(old.id, ()) if d.kind is Kind.COLUMN}
    # a domain declared with it is made again (no ALTER DOMAIN … COLLATE), its columns converted
    domains = sorted((d for d in ctx.old.rdeps.get(old.id, ())
                      if d.kind is Kind.DOMAIN and d in ctx.new.objects), key=lambda d: (d.schema or "", d.name))
    if not users and not domains:
        return None
    n = ctx.names
    stmts = [*_rename_away(old.id, ctx), *tddl.create_collation(new, n)]
    columns: set[ObjectId] = set()
    for t, _, col in _kept_columns(ctx):
        cid = ctx.new.column_id(t.schema, t.name, col.name)
        if cid in users and col.collation is not None and old.id in ctx.new.requires(cid):
            stmts.append(f"{alter_column(t, col, n)} TYPE {col.type} COLLATE {col.collation}")
            columns.add(cid)
    drop_old = _drop_renamed(old.id, n)
    ctx.invalidated.add(old.id)
    hazards = {Hazard.BREAKS_CLIENTS, Hazard.BLOCKS_WRITES}
    if not domains:
        return [replace(old.id, [*stmts, drop_old], requires=ctx.new.requires(new.id), provides=columns,
                        hazards=hazards, rank=rank(Kind.COLLATION))]
    rebuilt = [c for d in domains for c in rebuild_type(d, ctx)]
    old_collation = ObjectId(Kind.COLLATION, old.schema, old.name + " OLD")
    return [replace(old.id, stmts, requires=ctx.new.requires(new.id), provides=columns, hazards=hazards,
                    rank=rank(Kind.COLLATION)),
            *rebuilt,
            replace(old_collation, [drop_old], requires=frozenset({old.id, *(c.id for c in rebuilt)}),
                    rank=rank(Kind.COLLATION))]


def _kept_columns(ctx: Context) -> Iterator[tuple[Table, Table, Column]]:
    """(source table, target table, source column) for every column a type or collation change
    moves over in place: of a table both sides have and the plan keeps, not inherited from a
    parent (moved through it), not of a partition that stays attached (moved through its
    partitioned parent, unless detached meanwhile)."""
    for t in sorted(ctx.new.model.tables, key=lambda t: (t.schema, t.name)):
        old_t = ctx.old.tables.get((t.schema, t.name))
        if old_t is None or ctx.table_dropped(t.schema, t.name):
            continue
        if t.partition_of is not None and (t.schema, t.name) not in ctx.attaching:
            continue
        for col in t.columns:
            if not (col.inherited and t.partition_of is None):
                yield t, old_t, col


def _convert_columns(old_types: set[ObjectId], new_types: set[ObjectId],
                     ctx: Context) -> tuple[list[str], set[ObjectId], list[Change], bool]:
    """The statements that convert, through text, every kept column whose type was one of
    ``old_types`` and is one of ``new_types``, those columns' ids (noted in ``ctx.converted``),
    the changes that drop their defaults before and set them again after (on their own: a
    default may call a function that is made again for the new type), and whether a typed
    table loses a column (an attribute the new type lacks) on the way."""
    n = ctx.names
    stmts: list[str] = []
    columns: set[ObjectId] = set()
    defaults: list[Change] = []
    # A typed table (CREATE TABLE … OF) whose type is rebuilt: PostgreSQL refuses ALTER COLUMN
    # TYPE on it and DROP TYPE of the renamed type under it, so it is taken off the old type
    # (NOT OF) before its columns are converted and put on the new one (OF) after.
    untyped: list[Table] = []
    for t in sorted(ctx.new.model.tables, key=lambda t: (t.schema, t.name)):
        old_t = ctx.old.tables.get((t.schema, t.name))
        if (old_t is not None and not ctx.table_dropped(t.schema, t.name) and old_t.of_type is not None
                and ctx.old.type_id(old_t.of_type) in old_types):
            untyped.append(t)
            ctx.untyped.add((t.schema, t.name))
            stmts.append(f"{alter_table(t, n)} NOT OF")
    # A table's columns are converted by one ALTER TABLE: a CHECK comparing two of them (say
    # current_level >= floor_level) is checked again once both have their new type.
    retyped: dict[tuple[str, str], tuple[Table, list[str], list[str]]] = {}
    for t, old_t, col in _kept_columns(ctx):
        if ctx.new.type_id(col.type) not in new_types:
            continue
        old_c = old_t.column(col.name)
        if old_c is None or ctx.old.type_id(old_c.type) not in old_types:
            continue
        cid = column_id(t.schema, t.name, col.name)
        if col.generated is not None and old_c.generated is not None:  # no USING for those:
            ctx.converted_generated.setdefault((t.schema, t.name), set()).add(col.name)
            continue  # dropped and added again (kinds_columns.compare_columns)
        head = alter_column(t, col, n)
        if old_c.default is not None:  # before anything it calls is dropped
            defaults.append(drop(default_id(cid), [head + " DROP DEFAULT"], requires=ctx.old.requires(cid),
                                 rank=rank(Kind.COLUMN)))
        table = retyped.setdefault((t.schema, t.name), (t, [], []))
        table[1].append(f"ALTER COLUMN {ident(col.name)} TYPE {col.type} USING {_converted(col.name, col.type, ctx)}")
        # (ALTER COLUMN TYPE puts the storage and compression back to the new type's own)
        if col.storage:
            table[2].append(f"{head} SET STORAGE {col.storage}")
        if col.compression:
            table[2].append(f"{head} SET COMPRESSION {col.compression}")
        if col.default is not None and col.generated is None:
            defaults.append(alter(default_id(cid), [f"{head} SET DEFAULT {col.default}"],
                                  requires=ctx.new.requires(cid) | {cid}, rank=rank(Kind.COLUMN)))
        columns.add(cid)
    for t, clauses, after in retyped.values():
        stmts.append(f"{alter_table(t, n)} " + ", ".join(clauses))
        stmts += after
    loses = False
    for t in untyped:  # the attributes the new type gains or loses, then OF it
        old_t = ctx.old.tables[(t.schema, t.name)]
        head = alter_table(t, n)
        gone = [c for c in old_t.columns if t.column(c.name) is None]
        loses = loses or bool(gone)
        stmts += [f"{head} DROP COLUMN {ident(c.name)}" for c in gone]
        added = []
        for c in t.columns:
            spelled = c.type + (f" COLLATE {c.collation}" if c.collation else "")
            o = old_t.column(c.name)
            if o is None:
                added.append(f"{head} ADD COLUMN {ident(c.name)} {spelled}")
            elif column_id(t.schema, t.name, c.name) not in columns and (o.type, o.collation) != (c.type, c.collation):
                # a type's attribute retyped (not converted through text above)
                stmts.append(f"{alter_column(t, c, n)} TYPE {spelled} USING {ident(c.name)}::{c.type}")
        stmts += added
        if t.of_type is not None and t.of_type == old_t.of_type:
            stmts.append(f"{head} OF {t.of_type}")
    ctx.converted |= columns
    return stmts, columns, defaults, loses


def _converted(column: str, new_type: str, ctx: Context) -> str:
    """How a column's values move to its rebuilt type: through text, or attribute by attribute
    for a composite whose attributes change (its old text form has other fields)."""
    tid = ctx.new.type_id(new_type)
    new, old = ctx.new.objects.get(tid) if tid else None, ctx.old.objects.get(tid) if tid else None
    if (isinstance(new, CompositeType) and isinstance(old, CompositeType) and not new_type.endswith("]")
            and [a.name for a in new.attributes] != [a.name for a in old.attributes]):
        before = {a.name for a in old.attributes}
        return tddl.through_row(column, new_type, [(a.name, a.type, a.name in before) for a in new.attributes])
    return tddl.through_text(column, new_type)


def _old_domain_checks(ids: list[ObjectId], ctx: Context) -> list[Change]:
    """The CHECKs and defaults of the rebuilt domains, taken off the old ones in the drop
    phase (the new ones have them from the source): they may call a function the plan drops
    there (one whose signature changes), which the old domain, dropped last, would hold."""
    n = ctx.names
    out: list[Change] = []
    for oid in ids:
        d = ctx.old.objects.get(oid)
        if not isinstance(d, Domain) or not (d.checks or d.default is not None):
            continue
        stmts = [tddl.drop_domain_check(d, c.name, n) for c in d.checks]
        if d.default is not None:
            stmts.append(tddl.domain_default(d, None, n))
        checks = {ObjectId(Kind.CONSTRAINT, d.schema, c.name, d.name) for c in d.checks}  # after their comments
        out.append(drop(old_checks_id(oid), stmts, requires=ctx.old.requires(oid), removes=checks,
                        rank=rank(Kind.DOMAIN)))
    return out


def old_checks_id(oid: ObjectId) -> ObjectId:
    """The id of the change taking a rebuilt domain's CHECKs and default off the old one."""
    return ObjectId(Kind.DOMAIN, oid.schema, oid.name + " OLD CHECKS")


def _part_comments(ids: list[ObjectId], ctx: Context) -> set[ObjectId]:
    """The comments on parts of the rebuilt types (a composite's attributes, a domain's
    constraints): they go with the old type and are made again on the new one."""
    parts = {(oid.schema, oid.name) for oid in ids}
    return {c.id for c in ctx.old.model.comments
            if c.target.kind in (Kind.COLUMN, Kind.CONSTRAINT) and (c.target.schema, c.target.parent) in parts}


def replace_with_other_kind(old: TypeObj, new_id: ObjectId, ctx: Context) -> list[Change] | None:
    """A type the source replaces by one of another kind under the same name (a domain
    becoming an enum), while columns use it: the old type renamed away first, the columns
    converted through text once the new one exists, the old one dropped last.  None when no
    column is converted (a plain drop, then create, does)."""
    n = ctx.names
    converts, columns, defaults, loses = _convert_columns({old.id}, {new_id}, ctx)
    if not converts:
        return None
    convert_id = ObjectId(old.id.kind, old.schema, old.name + " CONVERT")
    hazards = {Hazard.REWRITES_TABLE, Hazard.BREAKS_CLIENTS, Hazard.VALIDATES_ROWS}
    if loses:
        hazards.add(Hazard.DELETES_DATA)
    return [drop(old.id, _rename_away(old.id, ctx), requires=ctx.old.requires(old.id), rank=rank(old.id.kind)),
            replace(convert_id, converts, requires=frozenset({new_id}), provides=columns,
                    hazards=hazards, rank=rank(new_id.kind)),
            drop(ObjectId(old.id.kind, old.schema, renamed_away(old.name)), [_drop_renamed(old.id, n)],
                 requires={convert_id}, rank=rank(old.id.kind), late=True), *defaults]


def _keyword(oid: ObjectId) -> str:
    return {Kind.DOMAIN: "DOMAIN", Kind.COLLATION: "COLLATION"}.get(oid.kind, "TYPE")


def _rename_away(oid: ObjectId, ctx: Context) -> list[str]:
    """Type (or collation) ``oid`` of the target renamed out of its replacement's way (a range
    type with what PostgreSQL made with it; a domain's NOT NULL constraint, PostgreSQL 17+,
    whose default name the new domain's would otherwise avoid: ``d_not_null1``)."""
    n = ctx.names
    assert oid.schema is not None
    away = n.qual(oid.schema, renamed_away(oid.name))
    out = [f"ALTER {_keyword(oid)} {n.qual(oid.schema, oid.name)} RENAME TO {ident(renamed_away(oid.name))}"]
    old_obj = ctx.old.objects.get(oid)
    if isinstance(old_obj, RangeType):
        out += _range_companions_renamed(old_obj, n)
    if isinstance(old_obj, Domain) and old_obj.not_null and ctx.server_version >= 170000:
        name = tddl.domain_not_null_name(old_obj)
        out.append(f"ALTER DOMAIN {away} RENAME CONSTRAINT {ident(name)} TO {ident(renamed_away(name))}")
    return out


def _drop_renamed(oid: ObjectId, n: Names) -> str:
    assert oid.schema is not None
    return f"DROP {_keyword(oid)} {n.qual(oid.schema, renamed_away(oid.name))}"


def _range_companions_renamed(r: RangeType, n: Names) -> list[str]:
    """What PostgreSQL made with range type ``r`` and the new one would make again under the
    same names, renamed out of the way (they go when the renamed range is dropped): the
    multirange type and the constructor functions that take no argument of a renamed type
    (``r(subtype, subtype[, text])``, ``multirange()``)."""
    out = [f"ALTER FUNCTION {n.qual(r.schema, r.name)}({args}) RENAME TO {ident(renamed_away(r.name))}"
           for args in (f"{r.subtype}, {r.subtype}", f"{r.subtype}, {r.subtype}, text")]
    if r.multirange_name:
        renamed = ident(renamed_away(r.multirange_name))
        # (a multirange named into another schema has its constructors in the range's)
        out += [f"ALTER TYPE {n.qual(r.multirange_schema or r.schema, r.multirange_name)} RENAME TO {renamed}",
                f"ALTER FUNCTION {n.qual(r.schema, r.multirange_name)}() RENAME TO {renamed}"]
    return out


def _columns_leaving(types: set[ObjectId], ctx: Context) -> frozenset[ObjectId]:
    """The kept columns retyped off the rebuilt types (to text, say): the old types are
    dropped once those are retyped."""
    out = set()
    for t, old_t, col in _kept_columns(ctx):
        old_c = old_t.column(col.name)
        if old_c is not None and ctx.old.type_id(old_c.type) in types and ctx.new.type_id(col.type) not in types:
            out.add(column_id(t.schema, t.name, col.name))
    return frozenset(out)


def _rebuilt_tables_using(renamed: dict[ObjectId, str], ctx: Context) -> frozenset[ObjectId]:
    """The row copies (table_rebuild.data_id) of the tables rebuilt with a column of a renamed
    type, or typed (CREATE TABLE … OF) by one."""
    return frozenset(data_id(t) for t in (ctx.old.tables[key] for key in ctx.rebuilt)
                     if any(ctx.old.type_id(c.type) in renamed for c in t.columns)
                     or t.of_type is not None and ctx.old.type_id(t.of_type) in renamed)


def enum_extended(old: EnumType, new: EnumType) -> bool:
    """Whether ``new`` only adds labels to ``old`` (ALTER TYPE … ADD VALUE, no rebuild)."""
    return (old.labels != new.labels and labels_renamed(old, new) is None
            and _is_subsequence(old.labels, new.labels))


def enum_must_rebuild(old: EnumType, new: EnumType) -> bool:
    """Whether labels are removed or reordered (ALTER TYPE can only add and rename them)."""
    return not _is_subsequence(old.labels, new.labels) and labels_renamed(old, new) is None


def labels_renamed(old: EnumType, new: EnumType) -> list[tuple[str, str]] | None:
    """(old label, new label) pairs when labels were renamed in place and nothing else
    changed (same count; each new label at a changed position is not an old one).  Renaming
    keeps the rows that hold the old label; a rebuild could not convert them."""
    if len(old.labels) != len(new.labels) or old.labels == new.labels:
        return None
    renamed = [(o, n) for o, n in zip(old.labels, new.labels, strict=True) if o != n]
    return renamed if all(n not in old.labels for _, n in renamed) else None


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(x in it for x in short)


def domain_must_rebuild(old: Domain, new: Domain) -> bool:
    """Whether the base type or collation changes (no ALTER DOMAIN can)."""
    return old.base_type != new.base_type or old.collation != new.collation


def composite_alterations(old: CompositeType, new: CompositeType, name: str) -> list[str] | None:
    """The ALTER TYPE statements that turn ``old`` into ``new`` with its attributes in the
    same order (values kept: allowed while columns use the type, but for ALTER ATTRIBUTE …
    TYPE), or None when none can.  Attributes renamed in place (same positions and types,
    new names not taken) are renamed; others dropped and added, which puts them last."""
    renamed = attributes_renamed(old, new)
    if renamed is not None:
        return [f"ALTER TYPE {name} RENAME ATTRIBUTE {ident(frm)} TO {ident(to)}" for frm, to in renamed]
    old_names = {a.name for a in old.attributes}
    new_names = {a.name for a in new.attributes}
    kept = [a.name for a in old.attributes if a.name in new_names]
    if kept + [a.name for a in new.attributes if a.name not in old_names] != [a.name for a in new.attributes]:
        return None
    old_attrs = {a.name: a for a in old.attributes}
    stmts = [f"ALTER TYPE {name} DROP ATTRIBUTE {ident(a.name)}" for a in old.attributes if a.name not in new_names]
    for a in new.attributes:
        o = old_attrs.get(a.name)
        coll = f" COLLATE {a.collation}" if a.collation else ""
        if o is None:
            stmts.append(f"ALTER TYPE {name} ADD ATTRIBUTE {ident(a.name)} {a.type}{coll}")
        elif (o.type, o.collation) != (a.type, a.collation):
            stmts.append(f"ALTER TYPE {name} ALTER ATTRIBUTE {ident(a.name)} TYPE {a.type}{coll}")
    return stmts


def attributes_renamed(old: CompositeType, new: CompositeType) -> list[tuple[str, str]] | None:
    """(old name, new name) of the attributes renamed in place, when that is all that differs
    (same positions, types and collations; no new name taken by another attribute)."""
    if [(a.type, a.collation) for a in old.attributes] != [(a.type, a.collation) for a in new.attributes]:
        return None
    old_names = {a.name for a in old.attributes}
    renamed = [(o.name, a.name) for o, a in zip(old.attributes, new.attributes, strict=True) if o.name != a.name]
    return renamed if all(to not in old_names for _, to in renamed) else None


def attributes_retyped_or_dropped(old: CompositeType, new: CompositeType) -> bool:
    """Whether turning ``old`` into ``new`` in place retypes or drops one of its attributes
    (not a rename in place): PostgreSQL refuses both while a view, a rule, a policy, a
    trigger or a SQL-standard body reads the attribute."""
    if attributes_renamed(old, new) is not None:
        return False
    new_attrs = {a.name: a for a in new.attributes}
    return any((n := new_attrs.get(a.name)) is None or (n.type, n.collation) != (a.type, a.collation)
               for a in old.attributes)


def composite_must_rebuild(old: CompositeType, new: CompositeType, *, used: bool) -> bool:
    """Whether a composite type some column uses (``used``) must be rebuilt: an attribute
    kept under its name changes type, or the attributes cannot keep their order."""
    if not used:
        return False
    new_attrs = {a.name: a for a in new.attributes}
    retyped = any((n := new_attrs.get(a.name)) is not None and (n.type, n.collation) != (a.type, a.collation)
                  for a in old.attributes)
    return retyped or composite_alterations(old, new, "") is None


def keyed_by_rebuilt_types(ctx: Context) -> set[tuple[str, str]]:
    """Tables rebuilt with their rows (table_rebuild, which copies such columns through text)
    for a type this plan rebuilds (or one built on it): partitioned tables whose partition
    key uses it (PostgreSQL cannot change a key column's type), and tables whose generated
    columns over it, dropped and added again, would end in another column order."""
    roots: list[ObjectId] = []
    for old_obj in (*ctx.old.model.enums, *ctx.old.model.domains, *ctx.old.model.composites, *ctx.old.model.ranges):
        new_obj = ctx.new.objects.get(old_obj.id)
        if new_obj is None or new_obj == old_obj:
            continue
        if (isinstance(old_obj, RangeType)  # (any change: a range has no ALTER for its definition)
                or isinstance(old_obj, EnumType) and isinstance(new_obj, EnumType) and enum_must_rebuild(old_obj, new_obj)
                or isinstance(old_obj, Domain) and isinstance(new_obj, Domain) and domain_must_rebuild(old_obj, new_obj)
                or isinstance(old_obj, CompositeType) and isinstance(new_obj, CompositeType)
                and composite_must_rebuild(old_obj, new_obj, used=any(
                    d.kind is Kind.COLUMN for d in ctx.old.rdeps.get(old_obj.id, ())))):
            roots.append(old_obj.id)
    if not roots:
        return set()
    types = {oid for root in roots for oid in _closure(root, ctx)}
    out = set()
    for key, t in ctx.old.tables.items():
        if (new_t := ctx.new.tables.get(key)) is None:
            continue
        converting = {c.name for c in t.columns if ctx.old.type_id(c.type) in types}
        if not converting:
            continue
        if key_retyped(t, new_t, converting) or order_breaks(t, new_t, ctx.server_version, converting=converting,
                          own={c.name for c in t.columns if c.name in converting and c.generated is not None}):
            out.add(key)
    return out

