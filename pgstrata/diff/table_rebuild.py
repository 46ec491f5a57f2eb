"""Rebuild a table in place, keeping its rows, when no ALTER TABLE can reach the new shape.

That is: plain ↔ partitioned, another partition key or access method, or columns whose
order must change (a column added between others, or re-added because it became generated)
— pg_dump, the judge, shows column order.  The table is renamed out of the way, the new one
created, the rows copied (``OVERRIDING SYSTEM VALUE``, identity sequences carried on) and
the old table dropped.  Everything on the table (keys, indexes, statistics, triggers, policies,
grants, comments) and everything that depends on it (views, FKs from other tables) is dropped before
and created again after by the compare driver, which sees the table among
``ctx.dropped_tables``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from pgstrata.ddl import privileges as privileges_ddl
from pgstrata.ddl import routines as routines_ddl
from pgstrata.ddl import tables as tables_ddl
from pgstrata.ddl import types as tddl
from pgstrata.ddl.names import Names
from pgstrata.diff.casts import conversion_may_fail, converted
from pgstrata.diff.changes import Change, alter, drop, id_key, replace
from pgstrata.diff.context import ROUTINE_KINDS, Context, attach_id, calls_routine, table_provides
from pgstrata.diff.ranks import rank
from pgstrata.hazards import Hazard
from pgstrata.model import (
    Column,
    CompositeType,
    Constraint,
    Index,
    Kind,
    ObjectId,
    Owner,
    Policy,
    Sequence,
    Table,
    Trigger,
    owner_id,
)
from pgstrata.quoting import ident, literal


def data_id(t: Table) -> ObjectId:
    """The copy of a rebuilt table's rows: triggers and FKs to it come after."""
    return ObjectId(Kind.TABLE, t.schema, t.name + " DATA")


_AWAY = "__pgstrata_old"
_NAME_BYTES = 63  # NAMEDATALEN - 1


def renamed_away(name: str) -> str:
    """The name an object is renamed to while its replacement takes its own (dropped after).

    Names are at most 63 bytes: a longer one is shortened (never inside a character) and
    told apart by a digest of the whole name, so that it is never the name itself, nor that
    of another long name renamed away."""
    away = name + _AWAY
    if len(away.encode()) <= _NAME_BYTES:
        return away
    tag = "_" + hashlib.md5(name.encode(), usedforsecurity=False).hexdigest()[:8] + _AWAY
    head = name.encode()[: _NAME_BYTES - len(tag)].decode("utf-8", "ignore")
    return head + tag


def sequence_renamed_away(schema: str, name: str, n: Names) -> str:
    """ALTER SEQUENCE … RENAME TO its :func:`renamed_away` name (its replacement takes its own)."""
    return f"ALTER SEQUENCE {n.qual(schema, name)} RENAME TO {ident(renamed_away(name))}"


def needs_drop_add(old: Column, new: Column, server_version: int) -> bool:
    """Whether the column must be dropped and added again (it then goes last)."""
    if new.generated is not None and old.generated is None:
        return True
    if old.generated is not None and old.generated_kind == "v" and new.generated is None:
        return True  # a virtual column has no values to keep: DROP EXPRESSION refuses it
    if old.generated is not None and new.generated is not None:
        if old.generated_kind != new.generated_kind:
            return True
        if old.generated != new.generated and server_version and server_version < 170000:
            return True
    return False


def retyped_columns(old: Table, new: Table) -> set[str]:
    """The columns of a kept table whose type or collation changes."""
    return {c.name for c in new.columns
            if (o := old.column(c.name)) is not None and (o.type, o.collation) != (c.type, c.collation)}


def key_retyped(old: Table, new: Table, changed: AbstractSet[str] = frozenset()) -> bool:
    """Whether a column of the partition key changes type (or is ``changed``: converted for a
    type rebuild): PostgreSQL cannot alter a key column, the table is rebuilt with its rows."""
    if old.partition_key is None or old.partition_key != new.partition_key:
        return False
    return any(mentions(old.partition_key, name) for name in retyped_columns(old, new) | changed)


def regenerated(old: Table, new: Table, changed: AbstractSet[str], own: AbstractSet[str] = frozenset()) -> set[str]:
    """The generated columns dropped and added again (they then go last) around a type change
    of the columns ``changed``: PostgreSQL refuses to retype a column a generated column uses,
    and a generated column's own conversion with USING (``own``: those a type rebuild converts)."""
    return {c.name for c in new.columns
            if c.generated is not None and (o := old.column(c.name)) is not None and o.generated is not None
            and (c.name in own or any(mentions(c.generated, r) for r in changed if r != c.name))}


def mentions(text: str, column: str) -> bool:
    """Whether ``column``, quoted as PostgreSQL prints it, is a whole token of an expression
    or partition key PostgreSQL printed (not part of another name, quoted or qualified)."""
    return re.search(r'(?<![\w$."])' + re.escape(ident(column)) + r'(?![\w$"])', text) is not None


def order_breaks(old: Table, new: Table, server_version: int, *, detached: bool = False,
                 converting: AbstractSet[str] = frozenset(), own: AbstractSet[str] = frozenset()) -> bool:
    """Whether ALTER TABLE would leave the columns in another order than the source's.
    A partition or inheritance child takes its parent's columns, unless it is ``detached``
    (a partition detached and attached again: its columns are its own meanwhile).
    ``converting``/``own``: columns a type rebuild converts, and the generated ones among them."""
    if not detached and (old.partition_of or new.partition_of
                         or any(c.inherited for c in (*old.columns, *new.columns))):
        return False
    again = regenerated(old, new, retyped_columns(old, new) | converting, own)
    kept, readded = [], set()
    for c in old.columns:
        nc = new.column(c.name)
        if nc is None:
            continue
        if needs_drop_add(c, nc, server_version) or c.name in again:
            readded.add(c.name)
        else:
            kept.append(c.name)
    # ALTER TABLE keeps the kept columns in place and appends the added ones, then the ones
    # dropped and added again (kinds_columns: a rank after the added ones)
    added = [c.name for c in new.columns if old.column(c.name) is None]
    names = [c.name for c in new.columns]
    return names != kept + added + [name for name in names if name in readded]


def rebuild_table(old: Table, new: Table, create: Change, ctx: Context, subs: frozenset[ObjectId]) -> list[Change]:
    n = ctx.names
    name = n.qual(new.schema, new.name)
    tmp = renamed_away(new.name)
    tmp_q = n.qual(old.schema, tmp)
    pre: list[str] = []
    owned = [s for s in ctx.old.owned_sequences(old.schema, old.name)
             if (s.schema, s.name) not in ctx.old.identity_sequences]
    taken = _identity_names_taken(owned, new, ctx)
    for s in owned:
        pre.append(f"ALTER SEQUENCE {n.qual(s.schema, s.name)} OWNED BY NONE")
        if s.name in taken:  # (the old table's default follows it: it goes by OID)
            pre.append(sequence_renamed_away(s.schema, s.name, n))
    constraints = ctx.old.constraints_of.get((old.schema, old.name), [])
    detached = (old.schema, old.name) in ctx.detached  # (kinds_tables.detach_change): its keys are its own now
    early: list[Change] = []  # (in the drop phase: dropped_early)
    for c in constraints:  # (its foreign keys went in the drop phase: kinds_relations)
        if c.type in "pux" and (detached or not c.inherited):
            stmt = f"ALTER TABLE {name} DROP CONSTRAINT {ident(c.name)}"
            if dropped_early(c.id, ctx):
                early.append(_early_drop(c.id, stmt, ctx))
            else:
                pre.append(stmt)
    for i in ctx.old.indexes_of.get((old.schema, old.name), []):
        stmt = f"DROP INDEX {n.qual(i.schema, i.name)}"
        if calls_app_routine(i, ctx):
            early.append(_early_drop(i.id, stmt, ctx))
        elif i.parent_index is None or detached:
            pre.append(stmt)
    for oid in ctx.old.sub_objects_of().get((old.schema, old.name), ()):  # their names are taken
        if oid.kind is Kind.STATISTICS and oid.schema is not None:  # again on the new table
            stmt = f"DROP STATISTICS {n.qual(oid.schema, oid.name)}"
            if dropped_early(oid, ctx):
                early.append(_early_drop(oid, stmt, ctx))
            else:
                pre.append(stmt)
    identities = [c for c in old.columns if c.identity is not None]
    renames = []
    for c in identities:
        assert c.identity is not None
        renames.append(sequence_renamed_away(old.schema, c.identity.sequence_name, n))
    for oid in ctx.old.sub_objects_of().get((old.schema, old.name), ()):  # (see the old copy's drop below)
        if isinstance(pol := ctx.old.objects.get(oid), Policy) and _uses_rebuilt(ctx, oid, (old.schema, old.name)):
            pre += routines_ddl.drop_policy(pol, n)
    kw = "FOREIGN TABLE" if old.kind == "f" else "TABLE"
    pre.append(f"ALTER {kw} {name} RENAME TO {ident(tmp)}")
    cols = [c.name for c in new.columns
            if c.generated is None and (oc := old.column(c.name)) is not None and oc.generated is None]
    remote = old.kind == "f" or new.kind == "f"  # rows that live elsewhere are not copied
    # What the copy leaves behind is gone with the old table: a column the source does not
    # have (or has under another name), or every local row when the table becomes foreign.
    hazards = {Hazard.REWRITES_TABLE}
    if new.kind == "f" and old.kind != "f" or any(
            c.generated is None and c.name not in cols for c in old.columns):
        hazards.add(Hazard.DELETES_DATA)
    # The old identity sequences make way first: a sequence of the same name may be created
    # before the table (kinds_types.compare_sequence requires this change then).
    out = [alter(identity_renames(old), renames, rank=rank(Kind.SEQUENCE))] if renames else []
    if old.of_type is not None and (type_id := ctx.old.type_id(old.of_type)) is not None:
        # A typed table's old copy only holds the rows until they are copied: taken off its
        # type in the drop phase, so that the plan may drop the type (made again with other
        # attributes, say one in the middle - why the table is rebuilt) before the copy goes.
        out.append(drop(ObjectId(Kind.TABLE, old.schema, old.name + " NOT OF"), [f"ALTER {kw} {name} NOT OF"],
                        requires={type_id}, rank=rank(Kind.TABLE)))
    head = replace(new.id, pre + list(create.statements), requires=create.requires | {c.id for c in out},
                   provides=table_provides(new), removes=subs, rank=rank(Kind.TABLE),
                   hazards=hazards | {Hazard.BREAKS_CLIENTS})
    if create.split is not None:  # (a cycle through a default: created without, set after)
        renames_done = {c.id for c in out}

        def split() -> tuple[Change, Change]:
            pair = create.split_pair()
            assert pair is not None
            first, rest = pair
            return dataclasses.replace(head, statements=tuple(pre) + first.statements,
                                       requires=first.requires | renames_done, split=None), rest
        head = dataclasses.replace(head, split=split)
    col_list = ", ".join(ident(c) for c in cols)
    overriding = " OVERRIDING SYSTEM VALUE" if _has_identity(new, ctx) else ""
    values = ", ".join(_copied(old, new, c, ctx) for c in cols)
    only = "" if old.kind == "p" else "ONLY "  # a partitioned table's rows are in its partitions
    copy = [f"INSERT INTO {name} ({col_list}){overriding} SELECT {values} FROM {only}{tmp_q}"] \
        if cols and not remote else []
    for c in identities:
        nc = new.column(c.name)
        if nc is not None and nc.identity is not None and c.identity is not None:
            old_seq = n.qual(old.schema, renamed_away(c.identity.sequence_name))
            copy.append(f"SELECT pg_catalog.setval({literal(n.qual(new.schema, nc.identity.sequence_name))}, "
                        f"last_value, is_called) FROM {old_seq}")
    copy += _row_type_columns(old, new, ctx)
    copy += row_type_attributes(old.id, lambda typ: ctx.old.type_id(typ) == old.id, ctx)
    copy.append(f"DROP {kw} {tmp_q}")
    requires: set[ObjectId] = set()
    for s in owned:  # (detached before the rename: the old copy's drop would take it along)
        now = ctx.new.objects.get(s.id)
        if s.name in taken:  # the identity sequence that took its name carries it on
            away = n.qual(s.schema, renamed_away(s.name))
            copy.append(f"SELECT pg_catalog.setval({literal(n.qual(s.schema, s.name))}, last_value, is_called) "
                        f"FROM {away}")
            copy.append(f"DROP SEQUENCE {away}")
        elif now is None:  # the source has no such sequence: gone with the old copy
            copy.append(f"DROP SEQUENCE {n.qual(s.schema, s.name)}")
        elif (isinstance(now, Sequence) and now.owned_by is not None and now.owned_by[0] == new.name
              and new.column(now.owned_by[1]) is not None):  # owned as the source says
            first, after = owner_before_link(s.id, new.id, ctx)
            copy += first
            requires |= after
            copy.append(f"ALTER SEQUENCE {n.qual(s.schema, s.name)} OWNED BY {name}.{ident(now.owned_by[1])}")
    children = ctx.new.children.get((new.schema, new.name), [])
    # the old copy goes after its inheritance children's old copies (rebuilt with it: compare)
    requires |= {new.id} | {attach_id(p.schema, p.name) if p.partition_of is not None else data_id(p)
                           for p in children if p.partition_of is not None or (p.schema, p.name) in ctx.rebuilt}
    # another rebuilt table's old copy whose objects use this one is dropped first: those go
    # with that copy, not before it, and would block this DROP (policies using another rebuilt
    # table are dropped before the rename instead, which also breaks a cycle of two)
    key = (old.schema, old.name)
    for other in _rebuilt_subs_users(ctx, key):
        if other != key and other in ctx.new.tables and not _subs_use(ctx, key, other) and not _kin(ctx, key, other):
            requires.add(data_id(ctx.new.tables[other]))
    if cols and not remote and _copy_may_fail(old, new, cols, ctx):
        hazards.add(Hazard.VALIDATES_ROWS)
    tail = alter(data_id(new), copy, requires=requires, rank=rank(Kind.INDEX) + 2, hazards=hazards)
    return [*early, *out, head, tail]


def calls_app_routine(i: Index, ctx: Context) -> bool:
    """Whether index ``i`` of a rebuilt table's old copy calls a routine of the application
    (an expression or partial index): it is dropped in the drop phase, before that routine may
    be dropped there (gone from the source, made again with another signature, or because its
    argument is the rebuilt table's row type), rather than just before the rename.  Kept, it
    would hold the routine until the old copy goes, after the new table's index already
    called the routine's name (ambiguous beside a new overload with a default argument).
    A partition's attached index goes with its parent's, unless the partition is detached:
    DETACH PARTITION comes first (kinds_tables.detach_change requires the indexes this drop
    removes), its index is then its own."""
    return (i.parent_index is None or (i.schema, i.table) in ctx.detached) and _calls_routine(i.id, ctx)


def dropped_early(oid: ObjectId, ctx: Context) -> bool:
    """Whether ``oid``, on a rebuilt table's old copy, goes in the drop phase: an index of
    :func:`calls_app_routine`, or an exclusion constraint or extended statistics over an
    expression calling a routine of the application (the same reasons)."""
    obj = ctx.old.objects.get(oid)
    if isinstance(obj, Index):
        return calls_app_routine(obj, ctx)
    if isinstance(obj, Constraint):
        return obj.type == "x" and (not obj.inherited or (obj.schema, obj.table) in ctx.detached) \
            and _calls_routine(oid, ctx)
    return oid.kind is Kind.STATISTICS and _calls_routine(oid, ctx)


def _early_drop(oid: ObjectId, stmt: str, ctx: Context) -> Change:
    """``stmt``, dropping ``oid`` off a rebuilt table's old copy in the drop phase."""
    return drop(old_copy_id(oid), [stmt], removes={oid}, requires=ctx.old.drop_requires(oid), rank=rank(oid.kind))


def old_copy_id(oid: ObjectId) -> ObjectId:
    """The id of the change that takes ``oid`` off a rebuilt table's old copy on its own."""
    return ObjectId(oid.kind, oid.schema, oid.name + " OLD COPY", oid.parent)


def _calls_routine(oid: ObjectId, ctx: Context) -> bool:
    return calls_routine(ctx.old.deps.get(oid, ()))


def _identity_names_taken(owned: list[Sequence], new: Table, ctx: Context) -> set[str]:
    """The names of the old table's serial sequences that an identity column of the rebuilt
    table takes for its own sequence (a serial column made identity, say): CREATE TABLE makes
    that sequence, so the serial one is renamed out of the way first and dropped after the copy."""
    names = {c.identity.sequence_name for c in new.columns if c.identity is not None}
    return {s.name for s in owned if s.schema == new.schema and s.name in names and ctx.new.objects.get(s.id) is None}


def _copy_may_fail(old: Table, new: Table, cols: list[str], ctx: Context) -> bool:
    """Whether a copied row may not fit the new table: a column converted to a type some of
    its values may not convert to, NOT NULL where the old column had none, or a CHECK, key or
    foreign key the old table did not have."""
    for name in cols:
        o, c = old.column(name), new.column(name)
        assert o is not None and c is not None
        if conversion_may_fail(o.type, c.type) or (c.not_null and not o.not_null):
            return True
    before = {(k.name, k.type, k.definition) for k in ctx.old.constraints_of.get((old.schema, old.name), [])}
    return any((k.name, k.type, k.definition) not in before
               for k in ctx.new.constraints_of.get((new.schema, new.name), []) if k.type in "cfpux")


def _kin(ctx: Context, a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether one of tables ``a`` and ``b`` inherits from (or is a partition of) the other, as
    the target has them: their old copies are ordered by that (children first)."""
    def below(upper: tuple[str, str], lower: tuple[str, str]) -> bool:
        t = ctx.old.tables.get(upper)
        return t is not None and any((h.schema, h.name) == lower for h in ctx.old.heirs(t, lambda _: True))
    return below(a, b) or below(b, a)


def _subs_use(ctx: Context, user: tuple[str, str], used: tuple[str, str]) -> bool:
    """Whether an object on table ``user`` (as the target has it), other than a policy, depends
    on table ``used`` or one of its columns."""
    return used in _sub_tables(ctx, user)


def _sub_tables(ctx: Context, user: tuple[str, str]) -> frozenset[tuple[str, str]]:
    """The tables what sits on table ``user`` (as the target has it), but its policies, uses;
    made once per table (``Context.subs_use``)."""
    if (tables := ctx.subs_use.get(user)) is None:
        tables = ctx.subs_use[user] = frozenset(
            t for sub in ctx.old.sub_objects_of().get(user, ()) if sub.kind is not Kind.POLICY
            for t in _tables_used(ctx, sub))
    return tables


def _rebuilt_subs_users(ctx: Context, used: tuple[str, str]) -> list[tuple[str, str]]:
    """The rebuilt tables ``user`` for which ``_subs_use(ctx, user, used)`` holds (one pass over
    them all, the first time: a plan may rebuild thousands of tables)."""
    if ctx.rebuilt_subs_users is None:
        users: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for user in sorted(ctx.rebuilt):
            for table in _sub_tables(ctx, user):
                users.setdefault(table, []).append(user)
        ctx.rebuilt_subs_users = users
    return ctx.rebuilt_subs_users.get(used, [])


def _tables_used(ctx: Context, oid: ObjectId) -> set[tuple[str, str]]:
    """The tables ``oid`` (as the target has it) depends on, or on one of their columns."""
    return {(ref.schema, ref.name if ref.kind is Kind.TABLE else ref.parent or "")
            for ref in ctx.old.deps.get(oid, ())
            if ref.schema is not None and ref.kind in (Kind.TABLE, Kind.COLUMN)}


def _uses_rebuilt(ctx: Context, oid: ObjectId, own: tuple[str, str]) -> bool:
    """Whether ``oid`` (as the target has it) uses a table rebuilt by this plan, other than ``own``."""
    return any(other != own and other in ctx.rebuilt and other in ctx.new.tables for other in _tables_used(ctx, oid))


def _has_identity(t: Table | None, ctx: Context) -> bool:
    """Whether ``t`` has an identity column, its own or (a partition, PostgreSQL 17+) its
    parent's: a partition attached to a parent with one has it too, and copying its rows back
    then needs OVERRIDING SYSTEM VALUE."""
    seen: set[tuple[str, str]] = set()
    while t is not None and (t.schema, t.name) not in seen:
        if any(c.identity for c in t.columns):
            return True
        seen.add((t.schema, t.name))
        t = ctx.new.tables.get(t.partition_of) if t.partition_of is not None else None
    return False


def owner_before_link(seq: ObjectId, table: ObjectId, ctx: Context) -> tuple[list[str], set[ObjectId]]:
    """What must come before ``ALTER SEQUENCE seq OWNED BY`` a column of ``table``, owners compared:
    PostgreSQL links only a sequence and a table of one owner.  The table's OWNER TO change
    (required) goes first, then the sequence is handed to that role (a linked sequence's own
    owner is not read: it follows its table's).  Nothing without owners."""
    o = ctx.new.objects.get(owner_id(table))
    if not isinstance(o, Owner):
        return [], set()
    return privileges_ddl.owner(Owner(target=seq, role=o.role), ctx.names), {o.id}


def _row_type_columns(old: Table, new: Table, ctx: Context) -> list[str]:
    """Columns of the kept tables whose type is the rebuilt table's row type (its dependents
    in the graph): the old copy took that type along when it was renamed, so they move to the
    new table's row type, field by field by name (the columns may have moved), before the old
    copy is dropped."""
    fields = [(c.name, c.type, old.column(c.name) is not None) for c in new.columns]
    found = [(t, col) for t, col, was in kept_columns_using(old.id, ctx)
             if not col.type.endswith("]")  # (an array of it: a known gap, see through_row)
             and ctx.old.type_id(was.type) == old.id and ctx.new.type_id(col.type) == new.id]
    return [f"{tables_ddl.alter_column(t, col, ctx.names)} TYPE {col.type} "
            f"USING {tddl.through_row(col.name, col.type, fields)}" for t, col in found]


def kept_columns_using(oid: ObjectId, ctx: Context) -> list[tuple[Table, Column, Column]]:
    """(table, column, its copy in the target) for each column that depends on ``oid`` in the
    target and stays where it is: not a dropped table's, a partition's or an inherited one;
    in table and column order."""
    found: list[tuple[Table, Column, Column]] = []
    for dep in ctx.old.rdeps.get(oid, ()):
        if dep.kind is not Kind.COLUMN or dep.schema is None or dep.parent is None:
            continue
        t, before = ctx.new.tables.get((dep.schema, dep.parent)), ctx.old.tables.get((dep.schema, dep.parent))
        if t is None or before is None or ctx.table_dropped(t.schema, t.name) or t.partition_of is not None:
            continue
        col, was = t.column(dep.name), before.column(dep.name)
        if col is not None and was is not None and not col.inherited:
            found.append((t, col, was))
    return sorted(found, key=lambda f: (f[0].schema, f[0].name, f[1].position))


def row_type_attributes(relation: ObjectId, is_row_type: Callable[[str], bool], ctx: Context) -> list[str]:
    """Attributes of the kept composite types whose type is ``relation``'s row type, or an
    array of it (``is_row_type`` tells a type's text without ``[]``), when the relation is
    made again under its name: postgres-meta's test database has ``CREATE TYPE
    composite_type_with_record_attribute AS (todo todos)``.  The old copy, renamed away, took
    the type along; the attributes move to the new row type before it is dropped.  A composite
    holds no values (no USING); one a table's column holds refuses the ALTER: a known gap."""
    out = []
    for dep in sorted(ctx.old.rdeps.get(relation, ()), key=id_key):
        now, before = ctx.new.objects.get(dep), ctx.old.objects.get(dep)
        if dep.kind is not Kind.COMPOSITE or not isinstance(now, CompositeType) \
                or not isinstance(before, CompositeType):
            continue
        was = {a.name: a.type for a in before.attributes}
        name = ctx.names.qual(now.schema, now.name)
        # (a quoted name ends with its quote: stripping brackets leaves it whole)
        out += [f"ALTER TYPE {name} ALTER ATTRIBUTE {ident(a.name)} TYPE {a.type}" for a in now.attributes
                if a.type == was.get(a.name) and is_row_type(a.type.rstrip("[]"))]
    return out


_RELEASABLE = frozenset({Kind.COLUMN, Kind.CONSTRAINT, Kind.POLICY, Kind.TRIGGER})
# What an old copy's policy reads that, dropped in the drop phase, takes the policy off it
# first: a view or a column (made again, or retyped in place), a table the plan drops (whose
# drop would otherwise wait, late, for the old copy - with foreign keys onto the rebuilt table
# that hold the key the rebuild drops before renaming the old copy away).
_POLICY_RELEASED_BY = frozenset({Kind.VIEW, Kind.MATERIALIZED_VIEW, Kind.COLUMN, Kind.TABLE, Kind.FOREIGN_TABLE})


def releasable(obj: object) -> bool:
    """Whether ``obj``, on a rebuilt table's old copy, is taken off it when a routine it uses is
    dropped in the drop phase (:func:`release_old_copy`): a CHECK, policy or trigger of the
    table's own (a column's default or generated expression is, too)."""
    return (isinstance(obj, Constraint) and obj.type == "c" and not obj.inherited) \
        or isinstance(obj, Policy) or (isinstance(obj, Trigger) and not obj.inherited)


def release_old_copy(dep: ObjectId, dropped: ObjectId, ctx: Context) -> list[Change]:
    """What the old copy of a table rebuilt with its rows has that uses a routine dropped in
    the drop phase (dropped for good, or to be made again: a function whose body reads the
    table), taken off the old copy first: its default, generated expression, CHECK, policy or
    trigger; or its policy that reads a view dropped (or made again) in the drop phase, a
    table the plan drops, or a column whose type changes in place (ALTER … TYPE refuses a
    column a policy reads).  The old
    copy lives until its rows are copied in the build phase; the new table gets its own."""
    if dep.kind not in _RELEASABLE or dep.schema is None or dep.parent is None \
            or (dep.schema, dep.parent) not in ctx.rebuilt:
        return []
    if dropped.kind not in ROUTINE_KINDS and not (dep.kind is Kind.POLICY and dropped.kind in _POLICY_RELEASED_BY):
        return []
    n = ctx.names
    t = ctx.old.tables[(dep.schema, dep.parent)]
    obj = ctx.old.objects.get(dep)
    if dep.kind is Kind.COLUMN:
        col = t.column(dep.name)
        if col is None or col.inherited or (col.default is None and col.generated is None):
            return []
        if col.generated is not None and col.generated_kind == "v":
            return []  # (PostgreSQL 18 lets a virtual column call built-in functions only)
        # a generated column keeps its values as a plain one; the copy leaves it out anyway
        stmts = [tables_ddl.alter_column(t, col, n) + (" DROP DEFAULT" if col.generated is None else " DROP EXPRESSION")]
    elif not releasable(obj):
        return []
    elif isinstance(obj, Constraint):
        stmts = tables_ddl.drop_constraint(obj, n)
    elif isinstance(obj, Policy):
        stmts = routines_ddl.drop_policy(obj, n)
    else:
        assert isinstance(obj, Trigger)
        stmts = routines_ddl.drop_trigger(obj, n)
    # (before the drop of anything else it uses too: released here for one of them, it is not
    # met again when the plan drops another - a policy reading a converted column and calling
    # a function the plan drops)
    return [drop(old_copy_id(dep), stmts,
                 requires={dropped} | ctx.old.drop_requires(dep), rank=rank(dep.kind))]


def identity_renames(t: Table) -> ObjectId:
    """The renaming of a rebuilt table's identity sequences out of the way."""
    return ObjectId(Kind.SEQUENCE, t.schema, t.name + " IDENTITY RENAME")


def _copied(old: Table, new: Table, column: str, ctx: Context) -> str:
    """A column's value in the row copy: through text when its type is rebuilt too (the old
    copy still has the renamed type; type_rebuild drops it after the copy), converted as an
    in-place type change would when the source changes its type."""
    old_c, new_c = old.column(column), new.column(column)
    assert old_c is not None and new_c is not None
    if ctx.old.type_id(old_c.type) in ctx.invalidated:
        return tddl.through_text(column, new_c.type)
    if old_c.type != new_c.type:
        return converted(column, old_c.type, new_c.type, ctx)  # as ALTER … TYPE … USING would
    return ident(column)
