"""Comparators for views, materialized views, functions/procedures/aggregates, event triggers, casts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from pgstrata.ddl import routines as ddl
from pgstrata.ddl import tables as tables_ddl
from pgstrata.ddl import types as tddl
from pgstrata.diff.changes import Action, Change, alter, create, drop
from pgstrata.diff.context import ROUTINE_KINDS, Context, view_provides
from pgstrata.diff.ranks import rank
from pgstrata.diff.table_rebuild import kept_columns_using, renamed_away, row_type_attributes
from pgstrata.hazards import Hazard
from pgstrata.model import (
    Cast,
    Column,
    EventTrigger,
    Function,
    Index,
    Kind,
    ObjectId,
    Operator,
    Table,
    View,
    owner_id,
)
from pgstrata.quoting import ident, qualified


def _pair(old, new, ctx: Context, render_create, render_drop, *, drop_hazards=frozenset()) -> list[Change]:  # type: ignore[no-untyped-def]
    out: list[Change] = []
    if old is not None and old != new:
        hz = set(drop_hazards)
        if new is None and ctx.old.rdeps.get(old.id):
            hz.add(Hazard.BREAKS_CLIENTS)
        out.append(drop(old.id, render_drop(old, ctx.names), requires=ctx.old.requires(old.id), hazards=hz,
                        rank=rank(old.id.kind), late=new is None and ctx.used_until_build(old.id)))
    if new is not None and old != new:
        out.append(create(new.id, render_create(new, ctx.names), requires=ctx.new.requires(new.id),
                          rank=rank(new.id.kind)))
    return out


def compare_view(old: View | None, new: View | None, ctx: Context) -> list[Change]:
    if old == new:
        return []
    if old is not None and new is not None and _same_view(old, new):
        if old.settings == new.settings:
            return []
        return [alter(new.id, ddl.view_settings(old, new, ctx.names), requires=ctx.new.requires(new.id),
                      provides=view_provides(new), rank=rank(new.id.kind))]
    out: list[Change] = []
    replaceable = (
        old is not None and new is not None and not new.materialized and not old.materialized
        and new.columns[: len(old.columns)] == old.columns
        and old.options == new.options and old.check_option == new.check_option
        # a view over a table losing a column (the old body may read it: views depend on
        # whole relations) is dropped before DROP COLUMN, not replaced after it
        and not any(r in ctx.columns_dropped for r in ctx.old.requires(old.id))
    )
    if replaceable and new is not None:
        assert old is not None
        sql = ddl.create_view(new, ctx.names, replace=True) if not _same_view(old, new, defaults=False) else []
        if sql and len(new.columns) > len(old.columns) and _reads_itself(new):
            # (its body reads the columns it gains from itself)
            sql = [*ddl.placeholder_view(new, ctx.names, replace=True), *sql]
        return [alter(new.id, [*sql, *ddl.view_defaults(old, new, ctx.names)], requires=ctx.new.requires(new.id),
                      provides=view_provides(new), rank=rank(new.id.kind),
                      split=_split_view(new, ctx, old=old) if sql else None)]
    users, attributes = _row_type_users(old, new, ctx) if old is not None and new is not None else ([], [])
    if old is not None and (users or attributes):
        assert new is not None
        out += _renamed_away(old, new, users, attributes, ctx)
    elif old is not None:
        hz = {Hazard.BREAKS_CLIENTS} if new is None and ctx.old.rdeps.get(old.id) else set()
        late = new is None and ctx.used_until_build(old.id)
        out.append(drop(old.id, ddl.drop_view(old, ctx.names), requires=ctx.old.requires(old.id), hazards=hz,
                        removes=view_provides(old), rank=rank(old.id.kind), late=late,
                        split=None if old.materialized else _split_view_drop(old, hz, late, ctx)))
    if new is not None:
        split = None if new.materialized else _split_view(new, ctx)
        out.append(create(new.id, _create_view(new, ctx), requires=ctx.new.requires(new.id),
                          provides=view_provides(new), rank=rank(new.id.kind), split=split))
        if new.materialized and new.with_data:
            out.append(_refresh(new, ctx))
    return out


def owners_after_refresh(changes: list[Change]) -> list[Change]:
    """``changes`` with the ALTER … OWNER TO of each materialized view the plan fills moved to
    the final phase, after its REFRESH: PostgreSQL refreshes as the view's owner, who may not
    read what the view's query reads (the role applying the plan made it, and filled it, in the
    source too)."""
    filled = {next(iter(c.requires)): c.id for c in changes
              if c.late and c.action is not Action.DROP and c.id.kind is Kind.MATERIALIZED_VIEW}
    if not filled:
        return changes
    owners = {owner_id(v): (v, data) for v, data in filled.items()}
    return [replace(c, late=True, requires=c.requires | set(owners[c.id])) if c.id in owners else c
            for c in changes]


def _refresh(v: View, ctx: Context) -> Change:
    """A materialized view is made WITH NO DATA and filled last (REFRESH, the plan's final
    phase), as pg_dump does: its query may call a function whose quoted body reads a table
    made later in the plan, a dependency PostgreSQL never records."""
    return alter(ObjectId(Kind.MATERIALIZED_VIEW, v.schema, v.name + " DATA"), ddl.refresh_view(v, ctx.names),
                 requires=frozenset((v.id,)), rank=rank(v.id.kind), late=True)


def _row_type_users(old: View, new: View, ctx: Context) -> tuple[list[tuple[Table, Column]], list[str]]:
    """Columns of the kept tables whose type is the view's row type (postgres-meta's test
    database has one: ``col2 a_view``), and the ALTER TYPE statements that move composite
    types' attributes of it, when the view is made again: PostgreSQL refuses to drop a view
    whose row type a column or an attribute holds.  Not columns of an array of it (ALTER …
    TYPE takes no subquery over their elements): a known gap."""
    names = {qualified(old.schema, old.name), ident(old.name)}
    attributes = row_type_attributes(old.id, names.__contains__, ctx)
    found = [(t, col) for t, col, was in kept_columns_using(old.id, ctx) if was.type in names and col.type == was.type]
    return found, attributes


def _renamed_away(old: View, new: View, users: list[tuple[Table, Column]], attributes: list[str],
                  ctx: Context) -> list[Change]:
    """A view made again while table columns or composite types' attributes hold its row
    type: renamed out of the way instead of dropped (their type goes along), then, once the
    new view exists, the columns moved to its row type field by field by name (as a rebuilt
    table's, see :mod:`table_rebuild`), the attributes retyped, and the old copy dropped.  The
    rename says ``deletes_data`` where the view loses fields, so that ``--safe`` leaves the
    whole change out (the create and the move need it)."""
    n = ctx.names
    away = replace(old, name=renamed_away(old.name))
    kept = {name for name, _ in old.columns}
    fields = [(name, typ, name in kept) for name, typ in new.columns]
    moves = [f"{tables_ddl.alter_column(t, col, n)} TYPE {col.type} USING {tddl.through_row(col.name, col.type, fields)}"
             for t, col in users]
    lost = {Hazard.DELETES_DATA} if kept - {name for name, _ in new.columns} else set()
    return [
        drop(old.id, ddl.rename_view(old, away.name, n), requires=ctx.old.requires(old.id), hazards=lost,
             removes=view_provides(old), rank=rank(old.id.kind)),
        alter(ObjectId(old.id.kind, old.schema, old.name + " ROW TYPE"), [*moves, *attributes, *ddl.drop_view(away, n)],
              requires={new.id}, hazards={Hazard.REWRITES_TABLE, Hazard.BLOCKS_WRITES}, rank=rank(old.id.kind)),
    ]


def _split_view(v: View, ctx: Context, *, old: View | None = None) -> Callable[[], tuple[Change, Change]]:
    """CREATE VIEW (or, from ``old``, CREATE OR REPLACE VIEW) in two, for views that read each
    other (a CREATE OR REPLACE VIEW made the loop; the order uses the pair only to break such a
    cycle): first a placeholder with the view's columns, which needs only their types, then
    the body in place, which needs the other views (pg_dump does the same).  The body's change
    is the view's _RETURN rule: what depends on the view waits for the placeholder only."""
    def pair() -> tuple[Change, Change]:
        requires = ctx.new.requires(v.id)
        make = create if old is None else alter
        head = make(v.id, ddl.placeholder_view(v, ctx.names, replace=old is not None),
                    requires=frozenset(r for r in requires if r.kind not in _READ_BY_BODY),
                    provides=view_provides(v), rank=rank(v.id.kind))
        tail = alter(_body_id(v), [*ddl.create_view(v, ctx.names, replace=True), *ddl.view_defaults(old, v, ctx.names)],
                     requires=requires | {v.id}, rank=rank(v.id.kind))
        return head, tail

    return pair


def _split_view_drop(v: View, hazards: set[Hazard], late: bool,
                     ctx: Context) -> Callable[[], tuple[Change, Change]]:
    """DROP VIEW in two, for views dropped together that read each other (neither goes first):
    the body replaced by the placeholder first, which ends what it reads, then the view once
    the views reading it are gone."""
    def pair() -> tuple[Change, Change]:
        requires = ctx.old.requires(v.id)
        head = drop(_body_id(v), ddl.placeholder_view(v, ctx.names, replace=True), requires=requires,
                    rank=rank(v.id.kind), late=late)
        tail = drop(v.id, ddl.drop_view(v, ctx.names), hazards=hazards, removes=view_provides(v),
                    requires=frozenset(r for r in requires if r.kind not in _READ_BY_BODY),
                    rank=rank(v.id.kind), late=late)
        return head, tail

    return pair


def _body_id(v: View) -> ObjectId:
    """The change of a split view that sets or ends its body: its _RETURN rule."""
    return ObjectId(Kind.RULE, v.schema, "_RETURN", v.name)


#: What a view's body reads, which its placeholder (typed NULL columns) does not need.
_READ_BY_BODY = frozenset({Kind.VIEW, Kind.MATERIALIZED_VIEW, *ROUTINE_KINDS})


def _create_view(v: View, ctx: Context) -> list[str]:
    """CREATE VIEW; for a view that reads itself (``CREATE OR REPLACE VIEW v AS TABLE v``, which
    PostgreSQL accepts once v exists) a placeholder view first, then its body in place."""
    if v.materialized or not _reads_itself(v):
        return ddl.create_view(v, ctx.names, fill=False)
    return [*ddl.placeholder_view(v, ctx.names), *ddl.create_view(v, ctx.names, replace=True),
            *ddl.view_defaults(None, v, ctx.names)]


def _reads_itself(v: View) -> bool:
    # (a self-reference leaves no edge in the model's dependencies: the text is read, only
    # when the view's name appears in it)
    if v.name not in v.definition:
        return False
    from pgstrata.sqlnorm import reads_relation  # pglast costs ~20 ms to import: only when needed

    return reads_relation(v.definition, v.schema, v.name)


def _same_view(old: View, new: View, *, defaults: bool = True) -> bool:
    if (old.columns, old.options, old.check_option, old.materialized, old.with_data) != (
            new.columns, new.options, new.check_option, new.materialized, new.with_data):
        return False
    # a materialized view on another table access method is made again on it (CREATE … USING),
    # the way a table is rebuilt onto one; the settings-only ALTER path would leave it behind
    if (old.access_method or "heap") != (new.access_method or "heap"):
        return False
    if defaults and old.defaults != new.defaults:
        return False
    a, b = old.definition.strip(), new.definition.strip()
    # PostgreSQL 15 prints ``t.col`` where 16+ prints ``col``: compare the parsed queries
    if a == b:
        return True
    from pgstrata.sqlnorm import query_key  # pglast costs ~20 ms to import: only when needed

    return query_key(a) == query_key(b)


def replaced_in_place(old: Function, new: Function) -> bool:
    """Whether CREATE OR REPLACE turns ``old`` into ``new`` (same kind, result and arguments,
    not an aggregate); otherwise the function is dropped and created."""
    return (old.kind, old.result, old.arguments) == (new.kind, new.result, new.arguments) and new.kind != "a"


def routine_dropped(oid: ObjectId, ctx: Context) -> bool:
    """Whether the plan drops routine (or operator) ``oid`` of the target: gone from the source,
    or made again there (a function with another result or arguments, an operator changed)."""
    old, new = ctx.old.objects.get(oid), ctx.new.objects.get(oid)
    if new is None:
        return True
    if isinstance(old, Function) and isinstance(new, Function):
        return not replaced_in_place(old, new)
    return old != new


def compare_function(old: Function | None, new: Function | None, ctx: Context) -> list[Change]:
    if old == new:
        return []
    if old is not None and new is not None and replaced_in_place(old, new):
        return [alter(new.id, ddl.create_function(new, ctx.names), requires=ctx.new.requires(new.id),
                      rank=rank(new.id.kind)), *_recomputed(old, new, ctx)]
    return _pair(old, new, ctx, ddl.create_function, ddl.drop_function)


def _recomputed(old: Function, new: Function, ctx: Context) -> list[Change]:
    """What holds values an IMMUTABLE function computed, when CREATE OR REPLACE changes it in
    place: PostgreSQL trusts it never to, so the entries of the indexes over it (expression,
    partial) would stay as the old body made them and lookups go wrong.  They are rebuilt
    with REINDEX after it (the partitions' own indexes one by one).  (A stored generated
    column calling it keeps its old values as well: recomputing them means rewriting the
    table, which the plan leaves to the user.)"""
    if old.volatility != "i" or new.volatility != "i":
        return []
    out: list[Change] = []
    for dep in sorted(ctx.old.rdeps.get(old.id, ()), key=lambda d: (d.schema or "", d.parent or "", d.name)):
        index = ctx.new.objects.get(dep)
        if dep.kind is not Kind.INDEX or not isinstance(index, Index) or index.is_partitioned \
                or ctx.old.objects.get(dep) != index or ctx.table_dropped(index.schema, index.table):
            continue
        out.append(alter(ObjectId(Kind.INDEX, index.schema, index.name + " REINDEX", index.table),
                         [f"REINDEX INDEX {ctx.names.qual(index.schema, index.name)}"],
                         requires={new.id, dep}, hazards={Hazard.BLOCKS_WRITES}, rank=rank(Kind.INDEX)))
    return out


def parameters_renamed(old_objs: dict[ObjectId, Function], new_objs: dict[ObjectId, Function]) -> dict[ObjectId, ObjectId]:
    """Functions whose parameters the source only renamed: old id → new id (an identity
    names the parameters, PostgreSQL's only their types).  Compared as one function, which
    is dropped and created again (CREATE OR REPLACE refuses to rename a parameter) rather
    than created beside itself and dropped after."""
    gone = [f for oid, f in old_objs.items() if oid not in new_objs]
    if not gone:
        return {}
    # (pglast costs ~0.1 s to import: only when needed)
    from pgstrata.sqlparse import parameter_types

    by_name: dict[tuple[str, str, str], list[Function]] = {}
    for oid, f in new_objs.items():
        if oid not in old_objs:
            by_name.setdefault((f.kind, f.schema, f.name), []).append(f)
    out: dict[ObjectId, ObjectId] = {}
    for f in gone:
        types = None
        for candidate in by_name.get((f.kind, f.schema, f.name), ()):
            types = types or parameter_types(f.identity_args)
            if types is not None and candidate.id not in out.values() and parameter_types(
                    candidate.identity_args) == types:
                out[f.id] = candidate.id
                break
    return out


#: What names a routine by its signature (a grant, a comment, an event trigger's function, an
#: aggregate's, a cast's, an operator's) rather than calling it by name and arguments (a
#: trigger's WHEN does).
_NAMES_SIGNATURE = frozenset({Kind.GRANT, Kind.COMMENT, Kind.OWNER, Kind.EVENT_TRIGGER,
                              Kind.CAST, Kind.OPERATOR, Kind.AGGREGATE})


def overloads_after_callers(changes: list[Change], ctx: Context) -> list[Change]:
    """A function the plan creates beside an overload of its name that a call could mean just
    as well (``f(uuid)`` and ``f(uuid, text DEFAULT NULL)``) comes after what the plan builds
    that calls the other one: PostgreSQL resolves a call in a policy, a view, a default or an
    atomic body when it parses it, and once both exist the text it printed (``f(id)``) is
    ambiguous.  The source got there in that order: the overload came later.  Which one came
    later is not recorded; the one with more parameters (a defaulted one added) is taken
    first, and the other one's callers that then need it anyway are left where they are."""
    made = [i for i, c in enumerate(changes) if c.action is Action.CREATE and c.id.kind is Kind.FUNCTION]
    if not made:
        return changes
    by_name = _functions_by_name(ctx)
    made_functions = [(i, g) for i in made if isinstance(g := ctx.new.objects.get(changes[i].id), Function)
                      and len(by_name.get((g.schema, g.name), ())) > 1]
    if not made_functions:
        return changes
    # (pglast costs ~0.1 s to import: only when needed)
    from pgstrata.sqlparse import input_parameters

    params = {f.id: input_parameters(f.arguments) for _, g in made_functions for f in by_name[(g.schema, g.name)]}
    out = list(changes)
    # Indexes over the build changes, kept up to date as functions gain requirements below (a
    # pass over every change per function made is quadratic in an app with hundreds of them):
    # id → the indexes of the changes that name it in requires (callers, as this pass means
    # them) and → the (id, provides) of the build changes that need it (for _needing).
    callers_of: dict[ObjectId, list[int]] = {}
    needed_by: dict[ObjectId, list[tuple[ObjectId, frozenset[ObjectId]]]] = {}
    for j, c in enumerate(out):
        if c.action is not Action.DROP:
            _index_requires(j, c, c.requires, callers_of, needed_by)
    for i, g in sorted(made_functions, key=lambda p: (-len(params[p[1].id] or ()), p[1].id.name)):
        rivals = {f.id for f in by_name[(g.schema, g.name)]
                  if f.id != g.id and _calls_may_mean_either(params[f.id], params[g.id])}
        callers = {out[j].id for r in rivals for j in callers_of.get(r, ())} - {g.id}
        if callers:
            callers -= _needing(g.id, needed_by)  # (no order serves both)
        if callers:
            added = callers - out[i].requires
            out[i] = replace(out[i], requires=out[i].requires | callers)
            _index_requires(i, out[i], added, callers_of, needed_by)
    return out


def _index_requires(j: int, c: Change, requires: Iterable[ObjectId],
                    callers_of: dict[ObjectId, list[int]],
                    needed_by: dict[ObjectId, list[tuple[ObjectId, frozenset[ObjectId]]]]) -> None:
    """Enter build change ``c`` (at ``j``) under each of ``requires`` in overloads_after_callers'
    indexes: as a caller where it calls by name and arguments."""
    calls = c.id.kind not in _NAMES_SIGNATURE
    for r in requires:
        if calls:
            callers_of.setdefault(r, []).append(j)
        needed_by.setdefault(r, []).append((c.id, c.provides))


def kept_overloads_shadowing(changes: list[Change], ctx: Context, left: set[ObjectId]) -> set[ObjectId]:
    """Functions the plan would keep as they are (not in ``left``: neither dropped nor made)
    beside an overload of their name whose callers the plan makes (a policy made again with
    a function re-typed under it), where a call could mean either: PostgreSQL would find
    those calls ambiguous.  Such a function is to be dropped and made again after them."""
    made = {c.id for c in changes if c.action is Action.CREATE and c.id.kind is Kind.FUNCTION}
    called = {r for c in changes if c.action is not Action.DROP and c.id.kind not in _NAMES_SIGNATURE
              for r in c.requires if r in made}
    if not called:
        return set()
    by_name = _functions_by_name(ctx)
    from pgstrata.sqlparse import input_parameters  # (pglast: only when needed)

    out: set[ObjectId] = set()
    for fid in called:
        f = ctx.new.objects.get(fid)
        if not isinstance(f, Function):
            continue
        for g in by_name.get((f.schema, f.name), ()):
            if (g.id != fid and g.id not in left and g.id in ctx.old.objects
                    and _calls_may_mean_either(input_parameters(f.arguments), input_parameters(g.arguments))):
                out.add(g.id)
    return out


def _functions_by_name(ctx: Context) -> dict[tuple[str, str], list[Function]]:
    """The source's plain and window functions by (schema, name): the overloads of a name."""
    by_name: dict[tuple[str, str], list[Function]] = {}
    for f in ctx.new.model.functions:
        if f.kind in ("f", "w"):
            by_name.setdefault((f.schema, f.name), []).append(f)
    return by_name


def _calls_may_mean_either(a: tuple[tuple[str, bool], ...] | None, b: tuple[tuple[str, bool], ...] | None) -> bool:
    """Whether a call by position fits two functions' input parameters ((type, has a default)
    each) alike: the same first k types, for a k both accept once defaults are left out."""
    if a is None or b is None:
        return False
    fewest = max(sum(1 for _, d in a if not d), sum(1 for _, d in b if not d))
    return any([t for t, _ in a[:k]] == [t for t, _ in b[:k]] for k in range(fewest, min(len(a), len(b)) + 1))


def _needing(oid: ObjectId, needed_by: dict[ObjectId, list[tuple[ObjectId, frozenset[ObjectId]]]]) -> set[ObjectId]:
    """The ids of the build changes that need ``oid`` made first, directly or through others
    (``needed_by``: id → the (id, provides) of the build changes that require it)."""
    seen: set[ObjectId] = set()
    todo = [oid]
    while todo:
        for cid, provides in needed_by.get(todo.pop(), ()):
            if cid not in seen:
                seen.add(cid)
                todo.extend(provides)
    return seen


def compare_event_trigger(old: EventTrigger | None, new: EventTrigger | None, ctx: Context) -> list[Change]:
    return _pair(old, new, ctx, ddl.create_event_trigger, ddl.drop_event_trigger)


def kept_event_triggers_paused(changes: list[Change], ctx: Context) -> list[Change]:
    """The target's event triggers that a non-empty plan keeps as they are, disabled before its
    first statement and set back to their firing state after its last.  Left on, one that
    fires on DDL changes what the plan makes: Supabase's "ensure RLS" idiom (an event trigger
    enabling row level security on every new table) turns RLS on for a table the source has
    without it, and the plan ends unequal to the source.  pg_dump restores event triggers last
    for that reason; those the plan drops or makes are already out of the way (dropped first,
    made last: diff.order), and one disabled in the target does not fire."""
    if not changes:
        return []
    changed = {c.id for c in changes if c.id.kind is Kind.EVENT_TRIGGER}
    out: list[Change] = []
    for et in ctx.old.model.event_triggers:
        oid = et.id
        if oid in changed or et.enabled == "D" or ctx.new.objects.get(oid) != et:
            continue
        # a DROP-phase change of the trigger's id runs first, a build of it last (diff.order)
        out.append(replace(drop(oid, [ddl.event_trigger_state(et.name, "D")], rank=rank(oid.kind)),
                           removes=frozenset(), comment="paused while the plan runs: it fires on DDL",
                           listed=False))
        out.append(replace(alter(oid, [ddl.event_trigger_state(et.name, et.enabled)], rank=rank(oid.kind)),
                           listed=False))
    return out


def compare_cast(old: Cast | None, new: Cast | None, ctx: Context) -> list[Change]:
    return _pair(old, new, ctx, ddl.create_cast, ddl.drop_cast)


def compare_operator(old: Operator | None, new: Operator | None, ctx: Context) -> list[Change]:
    """Dropped and created when anything differs (what uses it is rebuilt around it)."""
    return _pair(old, new, ctx, ddl.create_operator, ddl.drop_operator)
