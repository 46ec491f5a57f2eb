"""Comparators for schemas, extensions, access methods, collations, conversions, transforms, foreign servers, text search dictionaries
and configurations, enums, domains, composite/range types, sequences."""

from __future__ import annotations

import dataclasses

from pgstrata.ddl import types as ddl
from pgstrata.diff.changes import Action, Change, alter, create, drop
from pgstrata.diff.context import Context, column_id, routines_apart
from pgstrata.diff.ranks import OWNED_BY, rank
from pgstrata.diff.table_rebuild import identity_renames, owner_before_link
from pgstrata.diff.type_rebuild import (
    attributes_renamed,
    attributes_retyped_or_dropped,
    composite_alterations,
    composite_must_rebuild,
    domain_must_rebuild,
    enum_extended,
    labels_renamed,
    rebuild_collation,
    rebuild_type,
    replace_with_other_kind,
)
from pgstrata.hazards import Hazard
from pgstrata.model import (
    AccessMethod,
    Collation,
    CompositeType,
    Conversion,
    Domain,
    EnumType,
    Extension,
    ForeignDataWrapper,
    ForeignServer,
    Kind,
    ObjectId,
    RangeType,
    Schema,
    SchemaModel,
    Sequence,
    Table,
    TextSearchConfig,
    TextSearchDictionary,
    Transform,
)
from pgstrata.quoting import ident, literal, qualified

DATA = frozenset({Hazard.DELETES_DATA})


_LATE = frozenset({Kind.ENUM, Kind.DOMAIN, Kind.COMPOSITE, Kind.RANGE, Kind.EXTENSION, Kind.SCHEMA,
                   Kind.TEXT_SEARCH_CONFIGURATION, Kind.TEXT_SEARCH_DICTIONARY, Kind.COLLATION,
                   Kind.FOREIGN_SERVER, Kind.FOREIGN_DATA_WRAPPER, Kind.ACCESS_METHOD})


_TYPES = frozenset({Kind.ENUM, Kind.DOMAIN, Kind.COMPOSITE, Kind.RANGE})


def _kept_dependents(oid: ObjectId, ctx: Context) -> bool:
    """Whether something the plan keeps uses type ``oid`` until the build phase moves it off
    (a column of a kept table, another type): otherwise the type goes in the drop phase,
    before what it is built on may be dropped and made again (a rebuilt enum, a collation)."""
    for dep in ctx.old.rdeps.get(oid, ()):
        if dep.kind is Kind.COLUMN and dep.schema is not None and dep.parent is not None:
            if (dep.schema, dep.parent) in ctx.new.tables and not ctx.table_dropped(dep.schema, dep.parent):
                return True
        elif dep in ctx.new.objects:
            return True
    return False


def _simple(old, new, ctx: Context, render_create, render_drop, *, drop_hazards=frozenset()) -> list[Change]:  # type: ignore[no-untyped-def]
    """Create / drop / drop+create for kinds without in-place alters.

    A type, extension, collation, text search object or server that goes away is dropped
    *late*, after the build phase converted the columns that used it - unless a type of
    another kind (or a table's row type) takes its name, which must be free first."""
    out: list[Change] = []
    n = ctx.names
    taker = _name_taken(old.id, ctx) if old is not None and new is None else None
    if taker is not None:
        replaced = replace_with_other_kind(old, taker, ctx)
        if replaced is not None:
            return replaced
    if old is not None and (new is None or old != new):
        late = new is None and old.id.kind in _LATE and taker is None and (
            old.id.kind not in _TYPES or _kept_dependents(old.id, ctx))
        out.append(drop(old.id, render_drop(old, n), requires=ctx.old.requires(old.id), hazards=drop_hazards,
                        rank=rank(old.id.kind), late=late))
    if new is not None and (old is None or old != new):
        out.append(create(new.id, render_create(new, n), requires=ctx.new.requires(new.id), rank=rank(new.id.kind)))
    return out


_TYPE_KINDS = frozenset({Kind.ENUM, Kind.DOMAIN, Kind.COMPOSITE, Kind.RANGE})


def _name_taken(oid: ObjectId, ctx: Context) -> ObjectId | None:
    """The source's other type (or table, whose row type) named as type ``oid``, if any."""
    if oid.kind not in _TYPE_KINDS or oid.schema is None:
        return None
    other = ctx.new.types.get(qualified(oid.schema, oid.name))
    return other if other is not None and other != oid else None


def compare_schema(old: Schema | None, new: Schema | None, ctx: Context) -> list[Change]:
    if old is not None and new is not None:
        return []
    return _simple(old, new, ctx, ddl.create_schema, ddl.drop_schema, drop_hazards=DATA)


def _extension_schema(e: Extension, ctx: Context) -> list[str]:
    """An extension's schema the model does not manage (``extensions`` on Supabase) must exist."""
    if e.schema in ("public", "pg_catalog") or any(s.name == e.schema for s in ctx.new.model.schemas):
        return []
    return ["CREATE SCHEMA IF NOT EXISTS " + ctx.names.schema(e.schema)]


def schemas_made_once(changes: tuple[Change, ...]) -> tuple[Change, ...]:
    """The ordered plan with each extension schema's ``CREATE SCHEMA IF NOT EXISTS`` only before
    the first extension that needs it (every extension moved or created there carries one)."""
    made: set[str] = set()
    out = []
    for c in changes:
        if c.id.kind is Kind.EXTENSION:
            kept = tuple(s for s in c.statements if s not in made)
            made.update(s for s in c.statements if s.startswith("CREATE SCHEMA IF NOT EXISTS "))
            c = c if kept == c.statements else dataclasses.replace(c, statements=kept)
        out.append(c)
    return tuple(out)


def compare_extension(old: Extension | None, new: Extension | None, ctx: Context) -> list[Change]:
    if old is not None and new is not None:
        if old.schema == new.schema:
            return []  # (another version is a note: extension_versions)
        if old.relocatable:
            sql = f"ALTER EXTENSION {ident(new.name)} SET SCHEMA {ctx.names.schema(new.schema)}"
            return [alter(new.id, [*_extension_schema(new, ctx), sql], requires=ctx.new.requires(new.id),
                          rank=rank(Kind.EXTENSION))]
        # one without SET SCHEMA (pg_net, pg_cron …) is dropped and made again there, below
    return _simple(old, new, ctx, lambda e, n: [*_extension_schema(e, ctx), *ddl.create_extension(e, n)],
                   ddl.drop_extension, drop_hazards=DATA)


def extension_versions(source: SchemaModel, target: SchemaModel) -> tuple[str, ...]:
    """A note for each extension at another version in the target than in the source.

    Versions are not changed by a plan: an environment can only be updated to a version its
    server has (local stand-ins, a platform's own builds), and never downgraded, so the note
    names the statement for the user to run where it makes sense."""
    before = {e.name: e.version for e in target.extensions}
    return tuple(
        f"extension {e.name} is at version {before[e.name]} in the target and {e.version} in the"
        f" source; versions are not changed by the plan (ALTER EXTENSION {ident(e.name)} UPDATE TO"
        f" {literal(e.version)} would)"
        for e in sorted(source.extensions, key=lambda e: e.name)
        if e.name in before and before[e.name] != e.version)


def compare_collation(old: Collation | None, new: Collation | None, ctx: Context) -> list[Change]:
    if old is not None and new is not None and old != new:
        rebuilt = rebuild_collation(old, new, ctx)
        if rebuilt is not None:
            return rebuilt
    return _simple(old, new, ctx, ddl.create_collation, ddl.drop_collation)


def compare_foreign_data_wrapper(old: ForeignDataWrapper | None, new: ForeignDataWrapper | None,
                                 ctx: Context) -> list[Change]:
    return _in_place(old, new, ctx, (), ddl.alter_foreign_data_wrapper,
                     ddl.create_foreign_data_wrapper, ddl.drop_foreign_data_wrapper)


def compare_foreign_server(old: ForeignServer | None, new: ForeignServer | None,
                           ctx: Context) -> list[Change]:
    return _in_place(old, new, ctx, ("wrapper", "type"), ddl.alter_foreign_server,
                     ddl.create_foreign_server, ddl.drop_foreign_server)


def compare_access_method(old: AccessMethod | None, new: AccessMethod | None, ctx: Context) -> list[Change]:
    # no ALTER ACCESS METHOD exists: made again (after the tables using it moved off, late)
    return _simple(old, new, ctx, ddl.create_access_method, ddl.drop_access_method)


def compare_transform(old: Transform | None, new: Transform | None, ctx: Context) -> list[Change]:
    # CREATE OR REPLACE TRANSFORM would do, but a drop and a create say the same
    return _simple(old, new, ctx, ddl.create_transform, ddl.drop_transform)


def compare_conversion(old: Conversion | None, new: Conversion | None, ctx: Context) -> list[Change]:
    # no ALTER CONVERSION changes its encodings, function or DEFAULT: made again
    return _simple(old, new, ctx, ddl.create_conversion, ddl.drop_conversion)


def compare_text_search_dictionary(old: TextSearchDictionary | None, new: TextSearchDictionary | None,
                                   ctx: Context) -> list[Change]:
    return _in_place(old, new, ctx, ("template",), ddl.alter_text_search_dictionary,
                     ddl.create_text_search_dictionary, ddl.drop_text_search_dictionary)


def compare_text_search_config(old: TextSearchConfig | None, new: TextSearchConfig | None,
                               ctx: Context) -> list[Change]:
    return _in_place(old, new, ctx, ("parser",), ddl.alter_text_search_config,
                     ddl.create_text_search_config, ddl.drop_text_search_config)


def _in_place(old, new, ctx: Context, fixed: tuple[str, ...], render_alter, render_create,  # type: ignore[no-untyped-def]
              render_drop) -> list[Change]:
    """Altered in place while the ``fixed`` fields (what no ALTER can change) stay the same;
    dropped and created otherwise."""
    if old is not None and new is not None and all(getattr(old, f) == getattr(new, f) for f in fixed):
        if old == new:
            return []
        return [alter(new.id, render_alter(old, new, ctx.names), requires=ctx.new.requires(new.id),
                      rank=rank(new.id.kind))]
    return _simple(old, new, ctx, render_create, render_drop)


def compare_range(old: RangeType | None, new: RangeType | None, ctx: Context) -> list[Change]:
    if old is not None and new is not None and old != new and (
            _used_by_columns(old.id, ctx) or _used_by_types(old.id, ctx)):
        return rebuild_type(new.id, ctx)  # a range type has no ALTER for its definition
    return _simple(old, new, ctx, ddl.create_range, lambda r, n: ddl.drop_type(r.schema, r.name, n),
                   drop_hazards=DATA)


# ----------------------------------------------------------------------------- enums


def compare_enum(old: EnumType | None, new: EnumType | None, ctx: Context) -> list[Change]:
    n = ctx.names
    if old is None or new is None:
        return _simple(old, new, ctx, ddl.create_enum, lambda e, n: ddl.drop_type(e.schema, e.name, n),
                       drop_hazards=DATA)
    if old.labels == new.labels:
        return []
    if (renamed := labels_renamed(old, new)) is not None:
        return [alter(new.id, [ddl.rename_enum_value(new, frm, to, n) for frm, to in renamed],
                      requires=ctx.new.requires(new.id), rank=rank(Kind.ENUM))]
    if enum_extended(old, new):
        stmts = []
        present = list(old.labels)
        for i, label in enumerate(new.labels):
            if label in present:
                continue
            before = next((x for x in new.labels[i + 1 :] if x in present), None)
            after = None if before is not None else new.labels[i - 1]
            stmts.append(ddl.add_enum_value(new, label, before=before, after=after, n=n))
            present.append(label)
        return [alter(new.id, stmts, transactional=False, hazards={Hazard.NON_TRANSACTIONAL},
                      requires=ctx.new.requires(new.id), rank=rank(Kind.ENUM))]
    return rebuild_type(new.id, ctx)


# ----------------------------------------------------------------------------- domains & composites


def _used_by_columns(oid: ObjectId, ctx: Context) -> bool:
    """Whether a column uses type ``oid``, directly or through the types built on it (a
    composite's attribute, a domain, a range): ALTER TYPE looks through them."""
    seen, frontier = {oid}, [oid]
    while frontier:
        for d in ctx.old.rdeps.get(frontier.pop(), ()):
            if d.kind is Kind.COLUMN:
                return True
            if d.kind in _TYPE_KINDS and d not in seen:
                seen.add(d)
                frontier.append(d)
    return False


def _used_by_types(oid: ObjectId, ctx: Context) -> bool:
    """Whether another type is built on type ``oid`` (DROP TYPE refuses then)."""
    return any(d.kind in _TYPE_KINDS for d in ctx.old.rdeps.get(oid, ()))


def _domain_split(made: Change, d: Domain, ctx: Context) -> Change:
    """``made`` (CREATE DOMAIN) with a split the orderer uses only to break a cycle through the
    domain's default or a CHECK calling a routine that reads a table with a column of the
    domain (BEGIN ATOMIC): the domain made bare, its default and CHECKs once the routine exists."""
    def split() -> tuple[Change, ...]:
        n = ctx.names
        bare = dataclasses.replace(d, default=None, checks=())
        head = create(d.id, ddl.create_domain(bare, n), rank=rank(Kind.DOMAIN),
                      requires=routines_apart(made.requires)[1])
        settings = ([ddl.domain_default(d, d.default, n)] if d.default is not None else []) + [
            ddl.add_domain_check(d, c, n) for c in d.checks]
        tail = alter(ObjectId(Kind.DOMAIN, d.schema, d.name + " SETTINGS"), settings,
                     requires=made.requires | {d.id}, rank=rank(Kind.DOMAIN))
        return head, tail

    return dataclasses.replace(made, split=split)


def _domain_drop_split(dropped: Change, d: Domain, ctx: Context) -> Change:
    """``dropped`` (DROP DOMAIN) with a split for the same cycle the other way: the domain's
    default and CHECKs off first (before the routine they call is dropped), the domain after
    the tables using it."""
    def split() -> tuple[Change, ...]:
        n = ctx.names
        settings = ([ddl.domain_default(d, None, n)] if d.default is not None else []) + [
            ddl.drop_domain_check(d, c.name, n) for c in d.checks]
        routines, rest = routines_apart(dropped.requires)
        head = drop(ObjectId(Kind.DOMAIN, d.schema, d.name + " SETTINGS"), settings, rank=rank(Kind.DOMAIN),
                    requires=routines, late=dropped.late)
        tail = dataclasses.replace(dropped, split=None, requires=rest)
        return head, tail

    return dataclasses.replace(dropped, split=split)


def compare_domain(old: Domain | None, new: Domain | None, ctx: Context) -> list[Change]:
    n = ctx.names
    if old is None or new is None:
        out = _simple(old, new, ctx, ddl.create_domain, ddl.drop_domain, drop_hazards=DATA)
        if new is not None and (new.default is not None or new.checks):
            out = [_domain_split(c, new, ctx) if c.id == new.id and c.action is Action.CREATE else c for c in out]
        if old is not None and (old.default is not None or old.checks):
            out = [_domain_drop_split(c, old, ctx) if c.id == old.id and c.action is Action.DROP else c for c in out]
        return out
    if domain_must_rebuild(old, new):
        return rebuild_type(new.id, ctx)
    if old == new:
        return []
    name = n.qual(new.schema, new.name)
    drops, stmts = [], []
    old_checks = {c.name: c for c in old.checks}
    new_checks = {c.name: c for c in new.checks}
    dropped_checks: set[ObjectId] = set()
    for cname, check in old_checks.items():
        nc = new_checks.get(cname)
        if nc is None or ddl.check_body(nc) != ddl.check_body(check) or (check.validated and not nc.validated):
            drops.append(ddl.drop_domain_check(old, cname, n))
            dropped_checks.add(ObjectId(Kind.CONSTRAINT, old.schema, cname, old.name))
            if nc is not None:  # added again below: its comment is set again after (dependents)
                ctx.recreated.add(ObjectId(Kind.CONSTRAINT, old.schema, cname, old.name))
    if old.default != new.default:
        if old.default is not None:
            drops.append(ddl.domain_default(old, None, n))
        if new.default is not None:
            stmts.append(ddl.domain_default(new, new.default, n))
    if old.not_null != new.not_null:
        if new.not_null and new.not_null_name:
            stmts.append(f"ALTER DOMAIN {name} ADD CONSTRAINT {ident(new.not_null_name)} NOT NULL")
        else:
            stmts.append(f"ALTER DOMAIN {name} {'SET' if new.not_null else 'DROP'} NOT NULL")
    elif new.not_null and old.not_null_name != new.not_null_name:
        stmts.append(f"ALTER DOMAIN {name} RENAME CONSTRAINT {ident(ddl.domain_not_null_name(old))}"
                     f" TO {ident(ddl.domain_not_null_name(new))}")
    for cname, nc in new_checks.items():
        oc = old_checks.get(cname)
        if oc is None or ddl.check_body(nc) != ddl.check_body(oc) or (oc.validated and not nc.validated):
            stmts.append(ddl.add_domain_check(new, nc, n))
        elif nc.validated and not oc.validated:
            stmts.append(f"ALTER DOMAIN {name} VALIDATE CONSTRAINT {ident(cname)}")
    # What goes comes off in the drop phase: a CHECK or default may call a function the plan
    # drops there (one whose signature changes).
    out = [drop(ObjectId(Kind.DOMAIN, old.schema, old.name + " CHECKS"), drops, requires=ctx.old.requires(old.id),
                removes=dropped_checks, rank=rank(Kind.DOMAIN))] if drops else []
    if stmts:
        out.append(alter(new.id, stmts, requires=ctx.new.requires(new.id), rank=rank(Kind.DOMAIN),
                         provides={ObjectId(Kind.CONSTRAINT, new.schema, c.name, new.name) for c in new.checks}))
    return out


def compare_composite(old: CompositeType | None, new: CompositeType | None, ctx: Context) -> list[Change]:
    if old is None or new is None:
        return _simple(old, new, ctx, ddl.create_composite, lambda c, n: ddl.drop_type(c.schema, c.name, n),
                       drop_hazards=DATA)
    if old == new:
        return []
    used = _used_by_columns(old.id, ctx)
    if composite_must_rebuild(old, new, used=used):
        return rebuild_type(new.id, ctx)  # ALTER TYPE cannot retype an attribute a column uses
    stmts = composite_alterations(old, new, ctx.names.qual(new.schema, new.name))
    typed = any(ctx.old.type_id(t.of_type) == old.id for t in ctx.old.tables.values() if t.of_type)
    if stmts and typed:
        stmts = [s + " CASCADE" for s in stmts]  # typed tables follow (kinds_columns.compare_columns)
    if stmts is None:  # attributes would end up in another order: a type no column uses is made again
        if _used_by_types(old.id, ctx):
            return rebuild_type(new.id, ctx)  # (with the types built on it)
        return _simple(old, new, ctx, ddl.create_composite, lambda c, n: ddl.drop_type(c.schema, c.name, n),
                       drop_hazards=DATA)
    if attributes_retyped_or_dropped(old, new):
        ctx.attributes_altered.add(old.id)
    new_names = {a.name for a in new.attributes}  # a dropped attribute's values in columns go
    dropped = (used or typed) and attributes_renamed(old, new) is None and any(a.name not in new_names for a in old.attributes)
    return [alter(new.id, stmts, requires=ctx.new.requires(new.id), rank=rank(Kind.COMPOSITE),
                  hazards={Hazard.DELETES_DATA} if dropped else set())]


# ----------------------------------------------------------------------------- sequences


def _owner_column_gone(s: Sequence, ctx: Context) -> bool:
    assert s.owned_by is not None
    table, column = s.owned_by
    if ctx.table_dropped(s.schema, table):
        return True
    t = ctx.new.tables.get((s.schema, table))
    return t is None or t.column(column) is None


def _owner_changing_persistence(old: Sequence, new: Sequence, ctx: Context) -> Table | None:
    """The table that owns ``old`` throughout the plan and turns LOGGED or UNLOGGED in place.

    ALTER TABLE … SET LOGGED / UNLOGGED gives the sequences the table owns its own persistence
    (PostgreSQL 15+), so after it the sequence is what the table became, whatever it was: a
    logged ``CREATE SEQUENCE … OWNED BY`` of an unlogged table is set back afterwards."""
    if old.owned_by is None or new.owned_by != old.owned_by:
        return None  # released in the drop phase, or owned only from the end of the plan
    key = (old.schema, old.owned_by[0])
    before, after = ctx.old.tables.get(key), ctx.new.tables.get(key)
    if before is None or after is None or ctx.table_dropped(*key) or before.persistence == after.persistence:
        return None
    return after


def compare_sequence(old: Sequence | None, new: Sequence | None, ctx: Context) -> list[Change]:
    n = ctx.names
    out: list[Change] = []
    if old is not None and (old.schema, old.name) in ctx.old.identity_sequences:
        old = None
    if new is not None and (new.schema, new.name) in ctx.new.identity_sequences:
        new = None
    if old is not None and new is None:
        if old.owned_by is not None and _owner_column_gone(old, ctx):
            return []  # goes with its table or column
        return [drop(old.id, ddl.drop_sequence(old, n), requires=ctx.old.requires(old.id), rank=rank(Kind.SEQUENCE))]
    if new is None:
        return []
    if old is None:
        req = ctx.new.requires(new.id)
        owner = ctx.old.identity_sequences.get((new.schema, new.name))
        if owner is not None and (new.schema, owner) in ctx.rebuilt:  # its name is taken until then
            req = req | {identity_renames(ctx.old.tables[(new.schema, owner)])}
        out.append(create(new.id, ddl.create_sequence(new, n), requires=req, rank=rank(Kind.SEQUENCE)))
    else:
        owner = _owner_changing_persistence(old, new, ctx)
        # with such an owner, the sequence's persistence is the table's once that has changed
        stmts = ddl.alter_sequence(old if owner is None else dataclasses.replace(
            old, persistence=new.persistence), new, n)
        if stmts:
            out.append(alter(new.id, stmts, requires=ctx.new.requires(new.id), rank=rank(Kind.SEQUENCE)))
        if owner is not None and owner.persistence != new.persistence:
            out.append(alter(ObjectId(Kind.SEQUENCE, new.schema, new.name + " persistence"),
                             ddl.sequence_persistence(new, n), requires={new.id, owner.id},
                             rank=rank(Kind.SEQUENCE)))
    if old is not None and old.owned_by is not None and new.owned_by != old.owned_by:
        # Released first, in the drop phase: a drop of its owner (table or column) takes it along.
        owner = ObjectId(Kind.TABLE, old.schema, old.owned_by[0])
        out.append(drop(ObjectId(Kind.SEQUENCE, old.schema, old.name + " OWNED BY NONE"),
                        ddl.sequence_owned_by(dataclasses.replace(old, owned_by=None), n),
                        requires={old.id, owner, column_id(old.schema, *old.owned_by)}, rank=OWNED_BY))
    if new.owned_by is not None and new.owned_by != (old.owned_by if old else None):
        req: set[ObjectId] = {new.id, column_id(new.schema, *new.owned_by)}
        stmts = ddl.sequence_owned_by(new, n)
        if (t := ctx.new.tables.get((new.schema, new.owned_by[0]))) is not None:
            req.add(t.id)
            first, after = owner_before_link(new.id, t.id, ctx)
            stmts, req = first + stmts, req | after
        out.append(alter(ObjectId(Kind.SEQUENCE, new.schema, new.name + " OWNED BY"), stmts,
                         requires=req, rank=OWNED_BY))
    return out
