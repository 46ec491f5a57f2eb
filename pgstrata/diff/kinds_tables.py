"""Comparator for tables (columns in kinds_columns; constraints and indexes in kinds_relations)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from pgstrata.ddl import routines as rddl
from pgstrata.ddl import tables as ddl
from pgstrata.diff.changes import Action, Change, alter, create, drop
from pgstrata.diff.context import (
    ROUTINE_KINDS,
    Context,
    attach_id,
    calls_routine,
    column_id,
    table_provides,
    used_by_clients,
)
from pgstrata.diff.kinds_columns import compare_columns
from pgstrata.diff.kinds_relations import constraint_taken_by_attach
from pgstrata.diff.ranks import rank
from pgstrata.diff.table_rebuild import (
    key_retyped,
    order_breaks,
    rebuild_table,
    renamed_away,
    sequence_renamed_away,
)
from pgstrata.hazards import Hazard
from pgstrata.model import Column, Constraint, Kind, ObjectId, Policy, Table
from pgstrata.quoting import ident


def sub_ids(ctx: Context, t: Table, *, old: bool) -> set[ObjectId]:
    """Everything that disappears with table ``t`` (columns, constraints, indexes, triggers …)."""
    g = ctx.old if old else ctx.new
    out = set(table_provides(t))
    out.update(g.sub_objects_of().get((t.schema, t.name), ()))
    return out


def parents_of(ctx: Context, t: Table, *, old: bool = False) -> tuple[Table, ...]:
    g = ctx.old if old else ctx.new
    return tuple(g.tables[k] for k in t.parent_keys if k in g.tables)


def partition_checks(t: Table, ctx: Context) -> tuple[Constraint, ...]:
    if t.partition_of is None:
        return ()
    return tuple(c for c in ctx.new.constraints_of.get((t.schema, t.name), [])
                 if c.type == "c" and c.inherited)


def create_table_change(t: Table, ctx: Context) -> Change:
    n = ctx.names
    requires = ctx.new.table_requires(t)
    provides = frozenset((t.id, *ctx.new.table_column_ids(t)))  # table_provides(t), the graph's ids
    checks = partition_checks(t, ctx)
    for check in checks:
        requires |= ctx.new.requires(check.id) - provides
    explicit = (t.schema, t.name) in ctx.rebuilt or _not_null_name_held(t, ctx)
    parents = parents_of(ctx, t)
    later = inherit_after(t, parents, ctx)
    stmts = ddl.create_table(t, n, parents=parents, checks=checks, explicit_names=explicit, inherit_after=later)
    split = None
    if any(c.default is not None and not c.inherited and c.generated is None for c in t.columns):
        # A cycle through a default (function returning this table's rows used as a default) is
        # broken by creating the table without defaults and setting them afterwards; the pair is
        # made only when the orderer meets such a cycle.
        def split() -> tuple[Change, Change]:
            return _split_defaults(t, ctx, parents, checks, requires, provides, explicit=explicit)
    return create(t.id, stmts, requires=requires, provides=provides, rank=rank(t.id.kind), split=split)


def inherit_after(t: Table, parents: tuple[Table, ...], ctx: Context) -> bool:
    """Whether inheritance child ``t`` is made on its own and given its parents after
    (``ALTER TABLE … INHERIT``, ``inherit_change``): its columns are all its own, in an order
    INHERITS would not keep, or with a NOT VALID NOT NULL of its own where a parent has one
    (INHERITS would give it the parent's, and PostgreSQL refuses a second one on the column).
    Only when the child holds each of its parents' CHECKs as its own, as INHERIT requires."""
    if any(c.inherited for c in t.columns) or not (
            ddl.inherits_reorders(t, parents) or _own_not_valid_not_null(t, parents)):
        return False
    return _own_copies_of_parent_checks(t, parents, ctx) is not None


def _own_copies_of_parent_checks(t: Table, parents: tuple[Table, ...], ctx: Context) -> list[ObjectId] | None:
    """The child's own CHECKs named as its parents' inheritable ones (None: one it lacks)."""
    own = {c.name: c.id for c in ctx.new.constraints_of.get((t.schema, t.name), [])
           if c.type == "c" and not c.inherited}
    names = {c.name for p in parents for c in ctx.new.constraints_of.get((p.schema, p.name), [])
             if c.type == "c" and not c.no_inherit}
    return None if names - own.keys() else [own[name] for name in sorted(names)]


def inherit_change(t: Table, ctx: Context) -> list[Change]:
    """``ALTER TABLE … INHERIT`` of a child made on its own (``inherit_after``), once its own
    copies of its parents' CHECKs exist (and its NOT NULLs, made with the table)."""
    parents = parents_of(ctx, t)
    if not inherit_after(t, parents, ctx):
        return []
    checks = _own_copies_of_parent_checks(t, parents, ctx) or []
    req = {t.id, *(p.id for p in parents), *checks}
    return [alter(ObjectId(Kind.TABLE, t.schema, t.name + " INHERIT"), ddl.inherit_parents(t, ctx.names),
                  requires=frozenset(req), rank=rank(Kind.CONSTRAINT))]


def _own_not_valid_not_null(t: Table, parents: tuple[Table, ...]) -> bool:
    """Whether a column of child ``t`` has a NOT VALID NOT NULL of its own where a parent's
    column has a NOT NULL too (``ADD NOT NULL a NOT VALID``, then ``INHERIT``)."""
    return any(c.not_null and not c.not_null_valid and not c.not_null_inherited_only
               and any((pc := p.column(c.name)) is not None and pc.not_null for p in parents)
               for c in t.columns)


def _not_null_name_held(t: Table, ctx: Context) -> bool:
    """Whether another table (or a domain) of ``t``'s schema holds, on either side, a constraint
    named as one of ``t``'s NOT NULLs: PostgreSQL would then give the unnamed NOT NULL another
    name (``…_not_null1``), so CREATE TABLE names them (a partitioned table renamed away leaves
    its partitions holding the NOT NULL names it had, after the table's old name)."""
    shared = ctx.shared_constraint_names()  # (t holds its own NOT NULLs' names in the source)
    return bool(shared) and any(col.not_null and col.not_null_name and (t.schema, col.not_null_name) in shared
                                for col in t.columns)


def _split_defaults(t: Table, ctx: Context, parents: tuple[Table, ...], checks: tuple[Constraint, ...],
                    requires: frozenset[ObjectId], provides: frozenset[ObjectId], *,
                    explicit: bool = False) -> tuple[Change, Change]:
    """CREATE TABLE without the defaults, and ALTER TABLE … SET DEFAULT for them."""
    n = ctx.names
    defaulted = [c for c in t.columns if c.default is not None and not c.inherited and c.generated is None]
    bare = dataclasses.replace(t, columns=tuple(_without_default(c) for c in t.columns))
    head_req = set(ctx.new.deps.get(t.id, set()))
    for c in t.columns:
        if c.default is None or c.inherited:
            head_req |= ctx.new.deps.get(column_id(t.schema, t.name, c.name), set())
    head = create(t.id, ddl.create_table(bare, n, parents=parents, checks=checks, explicit_names=explicit,
                                         inherit_after=inherit_after(t, parents, ctx)),
                  requires=frozenset(head_req) - provides, provides=provides, rank=rank(t.id.kind))
    tail_stmts = [f"{ddl.alter_column(t, c, n)} SET DEFAULT {c.default}" for c in defaulted]
    tail = alter(ObjectId(Kind.COLUMN, t.schema, "(defaults)", t.name), tail_stmts,
                 requires=requires | {t.id}, rank=rank(Kind.COLUMN))
    return head, tail


def attach_change(t: Table, ctx: Context) -> Change:
    """ATTACH PARTITION once the partition's own keys and indexes exist: PostgreSQL then attaches
    them to the parent's (instead of creating its own), and clones the parent's FKs."""
    assert t.partition_of is not None
    parent = ctx.new.tables.get(t.partition_of)
    req: set[ObjectId] = set(table_provides(t))
    for key in ((t.schema, t.name), t.partition_of):
        for c in ctx.new.constraints_of.get(key, []):
            # (a key attached by the ATTACH comes after; a CHECK of the parent's is renamed before)
            if ((c.type in "pux" and not constraint_taken_by_attach(c, ctx))
                    or (c.type == "c" and c.inherited and key != t.partition_of)):
                req.add(c.id)
        for i in ctx.new.indexes_of.get(key, []):
            if key == t.partition_of or i.parent_index is not None:
                req.add(i.id)  # (the partition's own stand-alone indexes come after: see compare_index)
    if parent is not None:
        req.add(parent.id)
    return alter(attach_id(t.schema, t.name), [ddl.attach_partition(t, ctx.names)], requires=req,
                 rank=rank(Kind.INDEX) + 1,
                 hazards={Hazard.VALIDATES_ROWS} if _attach_checks_rows(t, ctx) else set())


def _attach_checks_rows(t: Table, ctx: Context) -> bool:
    """Whether ATTACH PARTITION checks rows already there: the table's own (it held rows before
    the plan), or those of a default partition of the parent that stays (rows it holds that
    belong to the new partition make the ATTACH fail: rows are not moved between partitions)."""
    if (t.schema, t.name) in ctx.old.tables:
        return True
    assert t.partition_of is not None
    return t.partition_bound != "DEFAULT" and any(
        p.partition_bound == "DEFAULT" and not ctx.table_dropped(p.schema, p.name)
        for p in ctx.old.children.get(t.partition_of, []))


def detach_change(old: Table, ctx: Context) -> Change:
    """DETACH PARTITION in the drop phase: before the parent goes (its rows stay), before any
    of the parent's keys and indexes is dropped (the partition's own stay with it), and before
    the partition's inherited keys and attached indexes are dropped (its own once detached)."""
    assert old.partition_of is not None
    req = {old.id}
    req.update(c.id for c in ctx.old.constraints_of.get((old.schema, old.name), []) if c.inherited)
    req.update(i.id for i in ctx.old.indexes_of.get((old.schema, old.name), []) if i.parent_index is not None)
    if (parent := ctx.old.tables.get(old.partition_of)) is not None:
        req.add(parent.id)
        req.update(c.id for c in ctx.old.constraints_of.get(old.partition_of, []))  # (its copies stay)
        req.update(i.id for i in ctx.old.indexes_of.get(old.partition_of, []))
    return drop(attach_id(old.schema, old.name), [ddl.detach_partition(old, ctx.names)],
                requires=frozenset(req), rank=rank(Kind.TABLE))


def no_inherit_change(old: Table, parent: tuple[str, str], ctx: Context) -> Change:
    """NO INHERIT from a parent the child leaves, in the drop phase, kept or dropped: DROP
    TABLE refuses a parent that still has children, and the columns and CHECKs the child
    inherited are its own once it has left (kinds_relations.own_once_parent_left), so it
    leaves before any of them is dropped (DROP CONSTRAINT refuses an inherited CHECK) and
    before the parent drops its own (they would go from the child too)."""
    req = {old.id}
    req.update(c.id for c in ctx.old.constraints_of.get((old.schema, old.name), []) if c.inherited)
    req.update(column_id(old.schema, old.name, c.name) for c in old.columns if c.inherited)
    if (p := ctx.old.tables.get(parent)) is not None:
        req.add(p.id)
        req.update(c.id for c in ctx.old.constraints_of.get(parent, []))
        req.update(column_id(p.schema, p.name, c.name) for c in p.columns)
    oid = ObjectId(Kind.TABLE, old.schema, f"{old.name} NO INHERIT {parent[0]}.{parent[1]}")
    return drop(oid, [f"{ddl.alter_table(old, ctx.names)} NO INHERIT {ctx.names.qual(*parent)}"],
                requires=frozenset(req), rank=rank(Kind.TABLE))


def _without_default(c: Column) -> Column:
    if c.default is None or c.inherited or c.generated is not None:
        return c
    return dataclasses.replace(c, default=None)


def drop_table_change(t: Table, ctx: Context) -> Change:
    n = ctx.names
    hazards = {Hazard.DELETES_DATA}
    if used_by_clients(table_provides(t), ctx):
        hazards.add(Hazard.BREAKS_CLIENTS)
    subs = sub_ids(ctx, t, old=True)
    parts = _dropped_partitions(t, ctx)
    for part in parts:  # they go with it (see _compare_table)
        subs |= sub_ids(ctx, part, old=True)
    statements = ddl.drop_table(t, n)
    if t.partition_of is not None and not ctx.table_dropped(*t.partition_of):
        # A foreign key onto the parent depends on each partition (and narrowed models may
        # not show it): DETACH, which checks the rows still referenced, lets it go.
        statements = [ddl.detach_partition(t, n), *statements]
    requires: set[ObjectId] = set()
    for oid in subs:
        requires |= ctx.old.drop_requires(oid)
    requires -= subs
    split = _split_drop(t, parts, subs, statements, hazards, ctx)
    return drop(t.id, statements, requires=frozenset(requires), removes=subs, hazards=hazards,
                rank=rank(t.id.kind), split=split, late=ctx.used_until_build(t.id))


def _names_away(t: Table, ctx: Context) -> list[Change]:
    """For a table dropped late (a kept column holds its row type until the build phase): its
    keys', indexes' and sequences' names that the source gives other relations of its schema,
    renamed out of the way in the drop phase.  A table renamed keeps those names, and the new
    one is made with them (``addresses_id_seq``, ``addresses_pkey``) before the old one goes."""
    n = ctx.names
    taken = set(ctx.new.relations) | set(ctx.new.identity_sequences)
    taken |= {(s.schema, s.name) for s in ctx.new.model.sequences}
    taken |= {(i.schema, i.name) for i in ctx.new.model.indexes}
    taken |= {(c.schema, c.name) for c in ctx.new.model.constraints if c.type in "pux"}
    name = n.qual(t.schema, t.name)
    statements = [f"ALTER TABLE {name} RENAME CONSTRAINT {ident(c.name)} TO {ident(renamed_away(c.name))}"
                  for c in ctx.old.constraints_of.get((t.schema, t.name), [])
                  if c.type in "pux" and not c.inherited and (t.schema, c.name) in taken]
    keys = {c.name for c in ctx.old.constraints_of.get((t.schema, t.name), []) if c.type in "pux"}
    statements += [f"ALTER INDEX {n.qual(i.schema, i.name)} RENAME TO {ident(renamed_away(i.name))}"
                   for i in ctx.old.indexes_of.get((t.schema, t.name), [])
                   if i.name not in keys and (i.schema, i.name) in taken]
    # (an identity sequence once, though it may be among the owned ones too: rebuild_table)
    sequences = {(t.schema, c.identity.sequence_name) for c in t.columns if c.identity is not None}
    sequences |= {(s.schema, s.name) for s in ctx.old.owned_sequences(t.schema, t.name)}
    statements += [sequence_renamed_away(schema, seq, n) for schema, seq in sorted(sequences & taken)]
    if not statements:
        return []
    return [dataclasses.replace(drop(ObjectId(Kind.TABLE, t.schema, t.name + " NAMES AWAY"), statements,
                                     rank=rank(Kind.TABLE)), removes=frozenset())]


def _split_drop(t: Table, parts: list[Table], subs: set[ObjectId], statements: list[str],
                hazards: set[Hazard], ctx: Context) -> Callable[[], tuple[Change, Change]] | None:
    """The drop of ``t`` in two, for when tables dropped together depend on each other (the
    order uses it only to break a cycle, so the pair is made then): first what may refer to
    other objects - the foreign keys of the table and of its partitions (the partitions' own;
    the clones of a partitioned table's go with its DROP CONSTRAINT), and the policies (they
    read other tables, call functions that take the table's row) - then the table with the
    rest."""
    n = ctx.names
    fks = [c for table in (t, *parts) for c in ctx.old.constraints_of.get((table.schema, table.name), [])
           if c.type == "f" and (c.ref_schema, c.ref_table) != (t.schema, t.name)
           and not (c.inherited and table is t)]  # t's own clones go with its parent's FK
    first = [f"ALTER TABLE {n.qual(c.schema, c.table)} DROP CONSTRAINT {ident(c.name)}"
             for c in fks if not c.inherited]
    first_ids = [c.id for c in fks]
    defaulted: list[ObjectId] = []  # columns whose default calls a routine (dropped too)
    for table in (t, *parts):
        for oid in ctx.old.sub_objects_of().get((table.schema, table.name), ()):
            if oid.kind is Kind.POLICY and isinstance(policy := ctx.old.objects.get(oid), Policy):
                first += rddl.drop_policy(policy, n)
                first_ids.append(oid)
        # CHECKs and defaults calling a function whose body reads the table (BEGIN ATOMIC)
        for c in ctx.old.constraints_of.get((table.schema, table.name), []):
            if c.type == "c" and not c.inherited and calls_routine(ctx.old.drop_requires(c.id)):
                first += ddl.drop_constraint(c, n)
                first_ids.append(c.id)
        for col, cid in zip(table.columns, ctx.old.table_column_ids(table), strict=True):
            if (col.default is not None and col.generated is None and not col.inherited
                    and calls_routine(ctx.old.drop_requires(cid))):
                first.append(f"{ddl.alter_column(table, col, n)} DROP DEFAULT")
                defaulted.append(cid)
    if not first:
        return None

    def pair() -> tuple[Change, Change]:
        removed = set(first_ids)
        needs: set[ObjectId] = set()
        for oid in removed:
            needs |= ctx.old.drop_requires(oid)
        for oid in defaulted:
            needs |= {r for r in ctx.old.drop_requires(oid) if r.kind in ROUTINE_KINDS}
        rest: set[ObjectId] = set()
        for oid in subs - removed:
            found = ctx.old.drop_requires(oid)
            rest |= {r for r in found if r.kind not in ROUTINE_KINDS} if oid in defaulted else found
        head_id = first_ids[0] if first_ids else ObjectId(Kind.COLUMN, t.schema, "(defaults)", t.name)
        head = drop(head_id, first, requires=frozenset(needs - subs), removes=removed,
                    rank=rank(head_id.kind))
        tail = drop(t.id, statements, requires=frozenset(rest - subs), removes=subs - removed,
                    hazards=hazards, rank=rank(t.id.kind))
        return head, tail

    return pair


def _dropped_partitions(t: Table, ctx: Context) -> list[Table]:
    """The partitions below ``t`` (recursively) that the source does not keep: DROP TABLE of
    the parent drops them (a foreign key onto the parent depends on each partition, so
    they cannot go before it)."""
    return ctx.old.heirs(t, lambda c: c.partition_of is not None and (c.schema, c.name) not in ctx.new.tables)


def must_rebuild(old: Table, new: Table, server_version: int = 0) -> bool:
    """Differences no ALTER TABLE can make: the table is rebuilt (rows kept, see table_rebuild)."""
    becomes_inherited = new.partition_of is None and any(
        c.inherited and (oc := old.column(c.name)) is not None and not oc.inherited for c in new.columns)
    return (
        becomes_inherited
        or old.kind != new.kind
        or old.partition_key != new.partition_key
        or (old.access_method or "heap") != (new.access_method or "heap")
        or old.foreign_server != new.foreign_server  # a foreign table cannot change server
        or order_breaks(old, new, server_version)
        or key_retyped(old, new)
    )


def replica_identity_change(old: Table | None, new: Table, ctx: Context) -> list[Change]:
    """REPLICA IDENTITY USING INDEX, once the index exists."""
    if new.replica_identity != "i" or new.replica_identity_index is None:
        return []
    if old is not None and (old.replica_identity, old.replica_identity_index) == (
        new.replica_identity, new.replica_identity_index
    ):
        return []
    idx = ObjectId(Kind.INDEX, new.schema, new.replica_identity_index, new.name)
    return [alter(ObjectId(Kind.TABLE, new.schema, new.name + " REPLICA IDENTITY"),
                  [ddl.replica_identity_index(new, ctx.names)], requires={new.id, idx}, rank=rank(Kind.INDEX) + 1)]


def replica_identity_remade(changes: list[Change], ctx: Context) -> list[Change]:
    """REPLICA IDENTITY USING INDEX again on a table that stays, when the plan makes again the
    index or key constraint it uses (same name; dropped first, maybe with a partitioned parent's
    key): dropping it leaves the table no replica identity, and the table's own comparison sees
    no change to make."""
    out: list[Change] = []
    have: set[ObjectId] | None = None
    created: set[ObjectId] = set()
    for key, t in sorted(ctx.new.tables.items()):
        if t.replica_identity != "i" or t.replica_identity_index is None or key in ctx.dropped_tables:
            continue
        before = ctx.old.tables.get(key)
        if before is None or (before.replica_identity, before.replica_identity_index) != ("i", t.replica_identity_index):
            continue  # replica_identity_change sets it
        if have is None:  # (once: thousands of tables may keep a replica identity index)
            have = {c.id for c in changes}
            created = {c.id for c in changes if c.action is Action.CREATE}
        rid = ObjectId(Kind.TABLE, t.schema, t.name + " REPLICA IDENTITY")
        idx = ObjectId(Kind.INDEX, t.schema, t.replica_identity_index, t.name)
        con = ObjectId(Kind.CONSTRAINT, t.schema, t.replica_identity_index, t.name)
        made = {oid for oid in (idx, con) if oid in created}
        if rid in have or not made:  # (made again: so it was dropped, maybe with a parent's key)
            continue
        out.append(alter(rid, [ddl.replica_identity_index(t, ctx.names)], requires={t.id, *made},
                         rank=rank(Kind.INDEX) + 1))
    return out


def compare_table(old: Table | None, new: Table | None, ctx: Context) -> list[Change]:
    if old is None and new is None:
        return []
    if new is not None:
        return _compare_table(old, new, ctx) + replica_identity_change(
            None if old is None or (old.schema, old.name) in ctx.dropped_tables else old, new, ctx)
    return _compare_table(old, new, ctx)


def _compare_table(old: Table | None, new: Table | None, ctx: Context) -> list[Change]:
    if old is None and new is None:
        return []
    if new is None:
        assert old is not None
        if old.partition_of is not None and old.partition_of in ctx.dropped_tables:
            return []  # goes with its parent (dropped; or rebuilt, after the rows were copied)
        dropped = drop_table_change(old, ctx)
        return [*_names_away(old, ctx), dropped] if dropped.late else [dropped]
    attach = [attach_change(new, ctx)] if (new.schema, new.name) in ctx.attaching else []
    if old is None:
        return [create_table_change(new, ctx), *attach, *inherit_change(new, ctx)]
    if (old.schema, old.name) in ctx.dropped_tables:  # rebuilt, rows kept
        create = create_table_change(new, ctx)
        detach = [detach_change(old, ctx)] if (old.schema, old.name) in ctx.detached else []
        # a parent it leaves that the plan drops goes in the drop phase, not after the old copy:
        # the names it holds (keys, sequences) may be made again meanwhile (a parent renamed)
        detach += [no_inherit_change(old, p, ctx) for p in old.inherits if p not in ctx.new.tables]
        return [*detach, *rebuild_table(old, new, create, ctx, frozenset(sub_ids(ctx, old, old=True))), *attach,
                *inherit_change(new, ctx)]
    return alter_table(old, new, ctx) + attach


def alter_table(old: Table, new: Table, ctx: Context) -> list[Change]:
    n = ctx.names
    out: list[Change] = []
    head = ddl.alter_table(new, n)
    req = ctx.new.requires(new.id)
    r = rank(Kind.TABLE)
    if (old.schema, old.name) in ctx.detached:
        out.append(detach_change(old, ctx))
    stmts: list[str] = []
    if old.persistence != new.persistence:
        stmts.append(f"{head} SET {'UNLOGGED' if new.persistence == 'u' else 'LOGGED'}")
    if set(old.options) != set(new.options):
        # RESET everything, then SET in the source's order: PostgreSQL keeps options in the
        # order they were set, and pg_dump prints them in that order.
        if old.options:
            stmts.append(f"{head} RESET ({', '.join(o.split('=', 1)[0] for o in old.options)})")
        if new.options:
            stmts.append(f"{head} SET ({', '.join(new.options)})")
    if old.of_type != new.of_type and not (new.of_type is None and (new.schema, new.name) in ctx.untyped):
        stmts.append(f"{head} {'OF ' + new.of_type if new.of_type else 'NOT OF'}")
    if new.kind == "f" and (items := ddl.option_changes(old.foreign_options, new.foreign_options)):
        stmts.append(f"ALTER FOREIGN TABLE {n.qual(new.schema, new.name)} OPTIONS ({', '.join(items)})")
    out += [no_inherit_change(old, p, ctx) for p in old.inherits if p not in new.inherits]
    if stmts:
        out.append(alter(new.id, stmts, requires=req, rank=r))
    out += compare_columns(old, new, ctx)
    post: list[str] = []
    for p in new.inherits:
        if p not in old.inherits:
            post.append(f"{head} INHERIT {n.qual(*p)}")
    post += ddl.table_flags(old, new, n)
    if post:
        cols = {column_id(new.schema, new.name, c.name) for c in new.columns}
        parents = {p.id for p in parents_of(ctx, new)}
        # INHERIT requires the child to hold the parent's CHECKs already (it merges them)
        checks = {c.id for c in ctx.new.constraints_of.get((new.schema, new.name), [])
                  if c.type == "c" and not c.inherited}
        out.append(alter(ObjectId(Kind.TABLE, new.schema, new.name + " (settings)"), post,
                         requires=req | cols | parents | checks | {new.id}, rank=r + 1))
    return out
