"""Comparators for grants, default privileges, comments and publications."""

from __future__ import annotations

from dataclasses import replace

from pgstrata.ddl import privileges as ddl
from pgstrata.ddl.names import role
from pgstrata.ddl.privileges import grant_target
from pgstrata.diff.changes import Action, Change, alter, create, drop
from pgstrata.diff.context import Context, Graph
from pgstrata.diff.ranks import DEFAULTS_FIRST, rank
from pgstrata.hazards import Hazard
from pgstrata.model import (
    Column,
    Comment,
    DefaultPrivilege,
    Grant,
    Kind,
    ObjectId,
    Owner,
    Publication,
    Sequence,
    owner_id,
)


def _target_gone(ctx: Context, target_id) -> bool:  # type: ignore[no-untyped-def]
    """The target is dropped (or recreated) in this plan, taking its grants/comments with it."""
    return ctx.target_dropped(target_id) or target_id in ctx.recreated


def _revoked(g: Grant) -> bool:
    """A built-in default privilege (EXECUTE/USAGE to PUBLIC) that was revoked."""
    return g.revoked


def compare_grant(old: Grant | None, new: Grant | None, ctx: Context) -> list[Change]:
    n = ctx.names
    if old == new:
        return []
    if (old is not None and _revoked(old)) or (new is not None and _revoked(new)):
        return _compare_revoked(old, new, ctx)
    if old is None and new is not None and _owned_by(ctx.old, new) and not _target_gone(ctx, new.target):
        return []
    if new is None and old is not None and _owned_by(ctx.new, old):
        return []
    if old is not None and new is not None:  # only WITH GRANT OPTION differs
        sql = ddl.grant(new, n) if new.grantable else ddl.revoke(old, n, grant_option_only=True)
        return [alter(new.id, sql, requires=ctx.new.requires(new.id), rank=rank(Kind.GRANT))]
    out: list[Change] = []
    if old is not None and not _target_gone(ctx, old.target):
        out.append(drop(old.id, ddl.revoke(old, n, grant_option_only=old.by_default),
                        requires=ctx.old.requires(old.id), rank=rank(Kind.GRANT),
                        hazards=set() if old.by_default else {Hazard.BREAKS_CLIENTS}, hint=grant_hint(old)))
    if new is not None:
        if old is None:
            out += _owner_entry_after_others(new, ctx)
        out.append(create(new.id, ddl.grant(new, n), requires=ctx.new.requires(new.id), rank=rank(Kind.GRANT),
                          hint=grant_hint(new)))
    return out


def _owner_entry_after_others(g: Grant, ctx: Context) -> list[Change]:
    """REVOKE ALL from the owner of an object the plan creates, before any GRANT on it, where
    the source's ACL holds the owner's entry after another grantee's (the owner revoked its
    privileges and took them back, WITH GRANT OPTION, after granting that role): the first
    GRANT would otherwise put the owner's default entry first (pg_dump prints ACLs in stored
    order).  Made once, with the owner's first privilege."""
    target = g.target
    if not g.by_default or g.grantee == "PUBLIC" or (target in ctx.old.objects and not _target_gone(ctx, target)):
        return []
    grants = [k for k in ctx.new.model.grants if k.target == target and not k.revoked]
    own = sorted(k.privilege for k in grants if k.grantee == g.grantee and k.by_default)
    if not own or own[0] != g.privilege or not any(k.position < g.position for k in grants if k.grantee != g.grantee):
        return []
    cols, on = grant_target(target, ctx.names)
    oid = ObjectId(Kind.GRANT, target.schema, f"ALL on {target.kind.value} {target.name} from {g.grantee}",
                   target.parent)
    return [alter(oid, [f"REVOKE ALL{cols} {on} FROM {role(g.grantee)}"], requires=ctx.new.requires(g.id),
                  rank=rank(Kind.GRANT), hint=(*grant_hint(g)[:4], -1, g.grantee))]


def _owned_by(graph: Graph, g: Grant) -> bool:
    """Whether the grantee owns the grant's object in ``graph``'s database, when ownership is
    not compared: the owner holds every privilege there anyway, so granting it is a no-op and
    revoking it would take away what the other side's owner has (an object owned by
    supabase_admin that grants postgres ALL, against the same one owned by postgres)."""
    owners = graph.model.object_owners
    if not owners or g.revoked or g.by_default:  # (by_default: the grantee owns it on its side)
        return False
    target = g.target
    if target.kind is Kind.COLUMN:
        target = graph.relations.get((target.schema or "", target.parent or ""), target)
    elif target.kind is Kind.SEQUENCE and target not in owners:  # a serial's or identity's: its table's
        key = (target.schema or "", target.name)
        seq = graph.objects.get(target)
        table = graph.identity_sequences.get(key) or (
            seq.owned_by[0] if isinstance(seq, Sequence) and seq.owned_by else None)
        if table is not None:
            target = graph.relations.get((key[0], table), target)
    return owners.get(target) == g.grantee


def grant_hint(g: Grant) -> tuple[str | int, ...]:
    """Grants of one object together, in ACL order (pg_dump prints ACLs in stored order), a
    grantee's privileges next to each other (merged into one statement afterwards)."""
    t = g.target
    return (t.kind, t.schema or "", t.parent or "", t.name, g.position, g.grantee)  # a StrEnum sorts as its value


def compare_default_privilege(old: DefaultPrivilege | None, new: DefaultPrivilege | None,
                              ctx: Context) -> list[Change]:
    n = ctx.names
    if old == new:
        return []
    out: list[Change] = []
    if old is not None:
        sql = ddl.grant_default(old, n) if old.revoked else ddl.revoke_default(old, n)
        out.append(drop(old.id, sql, requires=ctx.old.requires(old.id), rank=rank(Kind.DEFAULT_PRIVILEGE)))
    if new is not None:
        sql = ddl.revoke_default(new, n) if new.revoked else ddl.grant_default(new, n)
        out.append(create(new.id, sql, requires=ctx.new.requires(new.id), rank=rank(Kind.DEFAULT_PRIVILEGE)))
    return out


def compare_comment(old: Comment | None, new: Comment | None, ctx: Context) -> list[Change]:
    n = ctx.names
    if old == new:
        return []
    if new is not None:
        return [alter(new.id, ddl.comment(new, n), requires=ctx.new.requires(new.id), rank=rank(Kind.COMMENT))]
    assert old is not None
    if _target_gone(ctx, old.target):
        return []
    if (renamed := _not_null_renamed(ctx, old.target)) is not None:
        # RENAME CONSTRAINT takes the comment along: reset under the new name, after it
        moved = Comment(target=renamed, text=old.text)
        if moved.id in ctx.new.objects:
            return []  # the source's own comment there is set instead
        column = ctx.new.not_null_column(renamed)
        return [alter(moved.id, ddl.drop_comment(moved, n), requires={column} if column else set(),
                      rank=rank(Kind.COMMENT))]
    if _sub_object_gone(ctx, old.target):
        return []
    return [drop(old.id, ddl.drop_comment(old, n), requires=ctx.old.requires(old.id), rank=rank(Kind.COMMENT))]


def _not_null_renamed(ctx: Context, target: ObjectId) -> ObjectId | None:
    """The new name of the NOT NULL constraint (PostgreSQL 18) ``target``, when the plan
    renames it in place: its column keeps a NOT NULL of another name."""
    column = ctx.old.not_null_column(target)
    if column is None or column.parent is None:
        return None
    t = ctx.new.tables.get((column.schema or "", column.parent))
    c = t.column(column.name) if t is not None else None
    if c is None or not c.not_null or c.not_null_name in (None, target.name):
        return None
    return target._replace(name=c.not_null_name)


def _sub_object_gone(ctx: Context, target: ObjectId) -> bool:
    """A constraint, trigger or index of a kept table that the target database lacks: it goes
    with its own DROP or with its parent's (a partition's clone of a parent trigger, index or
    key, a constraint inherited from a parent table), taking its comment along."""
    if target.kind not in (Kind.CONSTRAINT, Kind.TRIGGER, Kind.INDEX) or target.parent is None:
        return False
    key = (target.schema or "", target.parent)
    if key not in ctx.old.tables or key not in ctx.new.tables:
        return False
    if target in ctx.new.objects or ctx.new.not_null_column(target) is not None:
        return False
    if target.kind is Kind.INDEX:  # a key's index
        return not any(c.index_name == target.name for c in ctx.new.constraints_of.get(key, ()))
    return True


def compare_owner(old: Owner | None, new: Owner | None, ctx: Context) -> list[Change]:
    """ALTER … OWNER TO where the source's owner is not the one the target has or will have.

    An object the plan creates (or creates again) belongs to the role applying the plan, the
    one that inspected the target; an extract, whose applier is unknown, names every owner
    (as pg_dump does).  No owner in the source (not read, or the object goes) is no change.
    """
    if new is None:
        return []
    if old is None or _target_gone(ctx, old.target):
        if ctx.old.model.role and new.role == ctx.old.model.role:
            return []
    elif old.role == new.role:
        return []
    return [alter(new.id, ddl.owner(new, ctx.names), requires=ctx.new.requires(new.id), rank=rank(Kind.OWNER))]


def owners_kept(changes: list[Change], ctx: Context) -> tuple[list[Change], tuple[str, ...]]:
    """Without ownership compared: what the plan drops and makes again (a view over a retyped
    column, a table rebuilt with its rows, a type rebuilt) goes back to the owner it has in the
    target, instead of staying with the role applying the plan - for a view, whose owner's
    rights it reads tables with, that would change what it shows.  Only where the inspecting
    role may give it (a member of the owner, or a superuser); otherwise a warning says so.
    A function whose parameters the source renamed is made again under its new identity: it
    goes back to the owner of the one it replaces.
    Returns the ALTER … OWNER TO changes and the warnings."""
    owners, applier = ctx.old.model.object_owners, ctx.old.model.role
    if not owners:
        return [], ()
    out: list[Change] = []
    warnings: list[str] = []
    for c in changes:
        if c.action not in (Action.CREATE, Action.REPLACE):
            continue
        owner = owners.get(c.id) or owners.get(ctx.paired_from.get(c.id, c.id))
        if owner is None or owner == applier:
            continue
        if owner in ctx.old.model.settable_owners:
            given = Owner(target=c.id, role=owner)
            out.append(alter(given.id, ddl.owner(given, ctx.names), requires={c.id}, rank=rank(Kind.OWNER)))
        else:
            warnings.append(f"{c.id} is made again and will belong to {applier or 'the applying role'}, "
                            f"not {owner}: the inspecting role cannot give objects to {owner}")
    return out, tuple(warnings)


def compare_publication(old: Publication | None, new: Publication | None, ctx: Context) -> list[Change]:
    """Altered in place (options, member tables and schemas) unless FOR ALL TABLES comes or
    goes: a publication dropped and created again is another one to its subscribers."""
    n = ctx.names
    if old is not None and new is not None and old.all_tables == new.all_tables:
        out = []
        if moved := _members_retyped(old, new, ctx):
            # PostgreSQL refuses to retype a column a member's column list or row filter names:
            # the table leaves the publication first and comes back once its columns changed
            out.append(drop(ObjectId(Kind.PUBLICATION, None, old.name + " MEMBERS"),
                            [ddl.drop_publication_tables(old.name, moved, n)], rank=rank(Kind.PUBLICATION)))
            old = replace(old, tables=tuple(k for k in old.tables if k not in moved),
                          filters=tuple(f for f in old.filters if (f[0], f[1]) not in moved))
        if old != new:
            after = {c for c in ctx.retyped | ctx.converted if (c.schema, c.parent) in moved} if moved else set()
            out.append(alter(new.id, ddl.alter_publication(old, new, n), requires=ctx.new.requires(new.id) | after,
                             rank=rank(Kind.PUBLICATION)))
        return out
    if old == new:
        return []
    out: list[Change] = []
    if old is not None:
        out.append(drop(old.id, ddl.drop_publication(old, n), requires=ctx.old.requires(old.id),
                        rank=rank(Kind.PUBLICATION)))
    if new is not None:
        out.append(create(new.id, ddl.create_publication(new, n), requires=ctx.new.requires(new.id),
                          rank=rank(Kind.PUBLICATION)))
    return out


def _members_retyped(old: Publication, new: Publication, ctx: Context) -> list[tuple[str, str]]:
    """The tables of both sides' publication with a column list or row filter (in the
    target) whose columns a plan retypes in place or converts for a type rebuild."""
    changed = {(c.schema, c.parent) for c in ctx.retyped | ctx.converted | ctx.retyped_along}
    return [key for key in old.tables
            if key in changed and key in new.tables and old.table_filter(key) != ((), None)]


def _compare_revoked(old: Grant | None, new: Grant | None, ctx: Context) -> list[Change]:
    """Revoked defaults: creating one is a REVOKE, dropping one GRANTs the default back."""
    n = ctx.names
    out: list[Change] = []
    if old is not None and old != new and not _target_gone(ctx, old.target):
        sql = ddl.grant(old, n) if _revoked(old) else ddl.revoke(old, n)
        out.append(drop(old.id, sql, requires=ctx.old.requires(old.id), rank=rank(Kind.GRANT)))
    if new is not None and old != new:
        sql = ddl.revoke(new, n) if _revoked(new) else ddl.grant(new, n)
        out.append(create(new.id, sql, requires=ctx.new.requires(new.id), rank=rank(Kind.GRANT),
                          hint=grant_hint(new)))
    return out


def reorder_grants(changes: list[Change], ctx: Context) -> list[Change]:
    """Re-grant an object's privileges when its ACL order must change.

    GRANT appends a grantee's entry to the ACL and pg_dump prints entries in stored order, so
    when the source's order of grantees is not the target's with new grantees appended, the
    object's non-default grants are revoked and granted again in the source's order.  Needs
    ``Grant.position`` from the catalog; without it (all 0) nothing is reordered.
    """
    # (a grant to the role owning the object on the other side is held there: not reordered)
    old_grants = [g for g in ctx.old.model.grants if not g.revoked and not _owned_by(ctx.new, g)]
    new_grants = [g for g in ctx.new.model.grants if not g.revoked and not _owned_by(ctx.old, g)]

    def order_of(grants: list[Grant]) -> dict[ObjectId, list[str]]:
        out: dict[ObjectId, list[tuple[int, str]]] = {}
        for g in grants:
            out.setdefault(g.target, []).append((g.position, g.grantee))
        return {t: list(dict.fromkeys(name for _, name in sorted(v))) for t, v in out.items()}

    if not any(g.position for g in new_grants):
        return changes
    old_order, new_order = order_of(old_grants), order_of(new_grants)
    # objects dropped and created again (a function whose result type changes): theirs are new
    dropped = {c.id for c in changes if c.action is Action.DROP}
    redo: set[ObjectId] = set()
    for target, names in new_order.items():
        before = [g for g in old_order.get(target, []) if g in names]
        if target in ctx.recreated or target in dropped or ctx.target_dropped(target):
            continue
        if names[: len(before)] != before:
            redo.add(target)
    if not redo:
        return changes
    # (the built-in PUBLIC privileges revoked or granted back are no ACL entries to reorder)
    out = [c for c in changes if not (c.id.kind is Kind.GRANT and (g := _grant_of(c, ctx)) is not None
                                      and g.target in redo and not g.revoked)]
    n = ctx.names
    for g in sorted((g for g in old_grants if g.target in redo), key=lambda g: g.id.name):
        out.append(drop(g.id, ddl.revoke(g, n), requires=ctx.old.requires(g.id), rank=rank(Kind.GRANT)))
    for g in (g for g in new_grants if g.target in redo):
        out.append(create(g.id, ddl.grant(g, n), requires=ctx.new.requires(g.id), rank=rank(Kind.GRANT),
                          hint=grant_hint(g)))
    return out


def _grant_of(c: Change, ctx: Context) -> Grant | None:
    """The grant a change is about (of the source, else of the target)."""
    g = ctx.new.objects.get(c.id) or ctx.old.objects.get(c.id)
    return g if isinstance(g, Grant) else None


# The default-privilege object type (pg_default_acl.defaclobjtype) of each kind with an ACL.
_DEFAULTS_TYPE = {
    Kind.TABLE: "r", Kind.VIEW: "r", Kind.MATERIALIZED_VIEW: "r", Kind.FOREIGN_TABLE: "r",
    Kind.SEQUENCE: "S", Kind.FUNCTION: "f", Kind.PROCEDURE: "f", Kind.AGGREGATE: "f",
    Kind.ENUM: "T", Kind.DOMAIN: "T", Kind.COMPOSITE: "T", Kind.RANGE: "T", Kind.SCHEMA: "n",
}


_PUBLIC = ObjectId(Kind.SCHEMA, None, "public")


def creation_acl_changes(changes: list[Change], ctx: Context) -> list[Change]:
    """Undo what default privileges grant to the objects the plan creates, where the source's
    objects do not have it.

    PostgreSQL gives a new object the default privileges of the role creating it
    (``ALTER DEFAULT PRIVILEGES``; on Supabase: ALL to anon, authenticated and service_role
    in ``public``), while the model holds each object's privileges relative to the built-in
    default.  The creating role is the one that inspected the target (it applies the plan);
    for an extract, whose target is empty, the source's.  The default privileges in effect
    while objects are created are the target's that the plan keeps (the plan revokes the
    others before creating anything and adds the source's new ones after), for an extract the
    source's own (a fresh database for it, e.g. a Supabase project, has the same).  A REVOKE
    of a privilege the object does not have is a no-op, so the script stays right where the
    default privileges differ.
    """
    creator = ctx.old.model.role or ctx.new.model.role
    if not creator:
        return changes
    defaults = [d for d in ctx.new.model.default_privileges if d.role == creator]
    if ctx.old.model.role:
        kept = {d: d for d in ctx.old.model.default_privileges}  # with the target's positions
        defaults = [kept[d] for d in defaults if d in kept]
    if not defaults:
        return changes
    by_type: dict[tuple[str, str | None], list[DefaultPrivilege]] = {}
    for d in defaults:
        if d.grantee != creator:
            by_type.setdefault((d.object_type, d.schema), []).append(d)
    held: dict[ObjectId, dict[tuple[str, str], Grant]] = {}
    for g in ctx.new.model.grants:
        held.setdefault(g.target, {})[(g.grantee, g.privilege)] = g
    identity_sequences: dict[tuple[str, str], list[ObjectId]] = {}
    for (schema, sequence), table in ctx.new.identity_sequences.items():
        identity_sequences.setdefault((schema, table), []).append(ObjectId(Kind.SEQUENCE, schema, sequence))
    extra: list[Change] = []
    seen: set[ObjectId] = set()  # (an identity sequence is named by its table's change and its column's)
    for c in changes:
        for oid in _created(c, ctx, identity_sequences):
            if oid in seen:
                continue
            seen.add(oid)
            if oid == _PUBLIC and not ctx.old.model.role:
                # an extract's CREATE SCHEMA IF NOT EXISTS public makes nothing (initdb did):
                # no default privileges are given to it, its ACL is only granted on
                continue
            objtype = _DEFAULTS_TYPE[oid.kind]
            given = by_type.get((objtype, None), []) + (
                by_type.get((objtype, oid.schema), []) if oid.kind is not Kind.SCHEMA else [])
            if given:
                extra += _undo_defaults(oid, given, held.get(oid, {}), c.id, ctx)
    if not extra:
        return changes
    return _grants_after(changes, extra, ctx) + extra


# How the changes undoing a created object's default privileges are named (they follow it).
_DEFAULTS_UNDONE = "default privileges of "


# What ``queries/unsupported.sql`` calls the privileges of an extension's own objects that
# differ from those its script gave.
EXTENSION_PRIVILEGES = "privileges on an extension's"


def defaults_before_extensions(changes: list[Change], ctx: Context) -> list[Change]:
    """For an extract: the default privileges first, before an extension whose own objects'
    privileges differ from those its script gave (what the ``unsupported`` rows report), as
    they were in force when the source made it (PostGraphile's kitchen sink: ``ALTER DEFAULT
    PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC`` before ``CREATE EXTENSION``).  No
    catalog records it (pg_init_privs holds the script's grants), so an extension whose
    objects' privileges are as its script gave them is made as before: the default
    privileges then come last, as pg_dump sets them."""
    source = ctx.new.model
    if ctx.old.model.role or not source.role:
        return changes
    changed = {(u.schema, u.name.split("(", 1)[0]) for u in source.unsupported
               if u.what.startswith(EXTENSION_PRIVILEGES)}
    extensions = {e.id: e for e in source.extensions if any((e.schema, m) in changed for m in e.members)}
    if not extensions:
        return changes
    made = {c.id for c in changes if c.id.kind is Kind.DEFAULT_PRIVILEGE and c.action is Action.CREATE}
    needs = {
        e_id: frozenset(d.id for d in source.default_privileges
                        if d.id in made and d.role == source.role and d.schema in (None, e.schema))
        for e_id, e in extensions.items()}
    first = frozenset().union(*needs.values())
    if not first:
        return changes
    out = []
    for c in changes:
        if c.id in first and c.action is Action.CREATE:
            c = replace(c, rank=DEFAULTS_FIRST)
        elif c.id in needs and c.action is Action.CREATE:
            c = replace(c, requires=c.requires | needs[c.id])
        out.append(c)
    return out


def _created(c: Change, ctx: Context, identity_sequences: dict[tuple[str, str], list[ObjectId]]) -> list[ObjectId]:
    """The objects with an ACL that change ``c`` creates: a CREATE's object, what a REPLACE
    makes afresh (a table rebuilt with its rows, the types of a type rebuild), and the
    sequences of a created table's identity columns or of a column that becomes one."""
    if c.id.kind is Kind.COLUMN:
        return _identity_sequence_made(c, ctx)
    if c.action is Action.CREATE:
        made = [c.id]
    elif c.action is Action.REPLACE:
        made = sorted(c.provides)
    else:
        return []
    out = []
    for oid in made:
        if oid.kind not in _DEFAULTS_TYPE or oid not in ctx.new.objects:
            continue
        out.append(oid)
        if oid.kind is Kind.TABLE and oid.schema is not None:
            out += identity_sequences.get((oid.schema, oid.name), [])
    return out


def _identity_sequence_made(c: Change, ctx: Context) -> list[ObjectId]:
    """The sequence a column change makes: ``ADD GENERATED … AS IDENTITY`` on a column of a
    table that stays (or a column added with it) creates one, which gets the default
    privileges on sequences like any other."""
    col = ctx.new.objects.get(c.id)
    if c.action is Action.DROP or not isinstance(col, Column) or col.identity is None or c.id.schema is None:
        return []
    key = (c.id.schema, col.identity.sequence_name)
    if ctx.old.identity_sequences.get(key) == c.id.parent:
        return []  # the target's column already has it
    return [ObjectId(Kind.SEQUENCE, c.id.schema, col.identity.sequence_name)]


def _grants_after(changes: list[Change], fixups: list[Change], ctx: Context) -> list[Change]:
    """``changes`` with the grants on each object that has privilege fix-ups (and the column
    grants of such a table) required to run after them: REVOKE ALL … FROM a grantee takes its
    column privileges too, and the source's ACL order is granted after the fix-ups."""
    after: dict[tuple[str | None, str | None], set[ObjectId]] = {}
    for f in fixups:
        for oid in f.requires:  # the object (and, for an identity sequence, its table)
            after.setdefault(_acl_owner(oid), set()).add(f.id)
    out = []
    for c in changes:
        g = ctx.new.objects.get(c.id) if c.id.kind is Kind.GRANT and c.action is not Action.DROP else None
        if isinstance(g, Grant) and (ids := after.get(_acl_owner(g.target))) is not None:
            c = replace(c, requires=c.requires | ids)
        out.append(c)
    return out


def _acl_owner(target: ObjectId) -> tuple[str | None, str | None]:
    """(schema, name) of the object whose ACL a grant on ``target`` is part of or under: a
    column's table, a schema (no schema), any other object itself."""
    if target.kind is Kind.COLUMN:
        return target.schema, target.parent
    if target.kind is Kind.SCHEMA:
        return None, target.name
    return target.schema, target.name


def _undo_defaults(oid: ObjectId, given: list[DefaultPrivilege], held: dict[tuple[str, str], Grant],
                   created_by: ObjectId, ctx: Context) -> list[Change]:
    """The REVOKEs (and GRANTs of built-in privileges a default revoked) that bring a newly
    created ``oid`` from its default privileges to the source's, one change per grantee.

    ACL entries keep their place when privileges are granted or revoked and a new grantee's
    entry is appended, and pg_dump prints them in that order: where the grantees the object
    keeps from its default privileges would not come first and in the source's order, all
    their privileges are revoked, and the object's grants give them again in order.
    """
    n = ctx.names
    revoke: dict[str, list[str]] = {}
    grant_option: dict[str, list[str]] = {}
    grant_back: dict[str, list[str]] = {}
    reorder = _default_order_differs(given, held)
    for d in sorted(given, key=lambda d: (d.grantee, d.privilege)):
        g = held.get((d.grantee, d.privilege))
        if d.revoked:  # a built-in privilege (EXECUTE/USAGE to PUBLIC) the defaults take away
            if g is None or not g.revoked:
                grant_back.setdefault(d.grantee, []).append(d.privilege)
        elif reorder or g is None or g.revoked:
            revoke.setdefault(d.grantee, []).append(d.privilege)
        elif d.grantable and not g.grantable:
            grant_option.setdefault(d.grantee, []).append(d.privilege)
    _, on = grant_target(oid, n)
    out: list[Change] = []
    for what, by_grantee in (("revoke", revoke), ("revoke grant option", grant_option), ("grant", grant_back)):
        for grantee, privileges in by_grantee.items():
            listed = ", ".join(privileges)
            if what == "grant":
                sql = f"GRANT {listed} {on} TO {role(grantee)}"
            elif what == "revoke":
                everything = reorder or not any(k[0] == grantee and not g.revoked for k, g in held.items())
                sql = f"REVOKE {'ALL' if everything else listed} {on} FROM {role(grantee)}"
            else:
                sql = f"REVOKE GRANT OPTION FOR {listed} {on} FROM {role(grantee)}"
            cid = ObjectId(Kind.GRANT, oid.schema,
                           f"{_DEFAULTS_UNDONE}{oid.kind.value} {oid.name}: {what} {grantee}", oid.parent)
            out.append(create(cid, [sql], requires=frozenset({oid, created_by}), rank=rank(Kind.GRANT),
                              hint=(oid.kind, oid.schema or "", oid.parent or "", oid.name, -1)))
    return out


def owners_after_defaults_undone(changes: list[Change]) -> list[Change]:
    """A created object's new owner (ALTER … OWNER TO: compared, or the owner it goes back to)
    given after what undoes its creator's default privileges, not before as other grants.
    Those are the creator's grants: a REVOKE from the role the object then belongs to (an
    RPC owned by ``authenticated``, which Supabase's default privileges grant ALL) would take
    the owner's own privileges, which ALTER … OWNER TO gave it from the creator's; before it,
    it takes only what the defaults granted, and the owner gets the creator's entry."""
    undone: dict[ObjectId, set[ObjectId]] = {}
    for c in changes:
        if c.id.kind is Kind.GRANT and c.id.name.startswith(_DEFAULTS_UNDONE):
            for target in c.requires:
                undone.setdefault(owner_id(target), set()).add(c.id)
    if not undone:
        return changes
    return [replace(c, requires=c.requires | undone[c.id]) if c.id.kind is Kind.OWNER and c.id in undone else c
            for c in changes]


def _default_order_differs(given: list[DefaultPrivilege], held: dict[tuple[str, str], Grant]) -> bool:
    """Whether the grantees a new object keeps from its default privileges (in the order it
    gets them: global entries, then the schema's) followed by the grantees granted afterwards
    are not in the source's ACL order."""
    source = list(dict.fromkeys(g.grantee for g in sorted(held.values(), key=lambda g: g.position)
                                if not g.revoked))
    if len(source) < 2 or not any(g.position for g in held.values()):
        return False
    kept = set(source)
    first = [d.grantee for d in sorted(given, key=lambda d: (d.schema is not None, d.position))
             if not d.revoked and d.grantee in kept]
    first = list(dict.fromkeys(first))
    return first + [g for g in source if g not in first] != source


def merge_adjacent_grants(changes: tuple[Change, ...]) -> tuple[Change, ...]:
    """One GRANT (REVOKE) per object and grantee where the plan has one per privilege, run after
    run: ``GRANT SELECT, UPDATE, USAGE ON SEQUENCE s TO anon`` reads like pg_dump, not three
    statements.  Only neighbours in the ordered plan are merged, so the order stays the same."""
    out: list[Change] = []
    last = None  # the key of out[-1] (a merge keeps it)
    for c in changes:
        key = _grant_key(c)
        if key is not None and key == last:
            out[-1] = _merged(out[-1], c)
        else:
            out.append(c)
            last = key
    return tuple(out)


def _grant_parts(c: Change) -> tuple[str, str, str] | None:
    """(verb, privileges, the rest from " ON ") of a one-privilege-list GRANT/REVOKE change."""
    if c.id.kind is not Kind.GRANT or len(c.statements) != 1 or c.comment:
        return None
    verb, _, tail = c.statements[0].partition(" ")
    if verb not in ("GRANT", "REVOKE") or tail.startswith("GRANT OPTION FOR "):
        return None
    privileges, sep, rest = tail.partition(" ON ")
    if not sep or privileges.startswith("ALL") or not c.id.name.startswith(privileges + " on "):
        return None  # (identities name their privileges first: the merged one does too)
    return verb, privileges, rest


def _grant_key(c: Change) -> tuple[object, ...] | None:
    parts = _grant_parts(c)
    if parts is None:
        return None
    return (parts[0], parts[2], c.action, c.hazards, c.transactional, c.rank, c.phase)


def _merged(a: Change, b: Change) -> Change:
    pa, pb = _grant_parts(a), _grant_parts(b)
    assert pa is not None and pb is not None
    privileges = pa[1] + ", " + pb[1]
    oid = a.id._replace(name=privileges + a.id.name[len(pa[1]):])
    return replace(a, id=oid, statements=(f"{pa[0]} {privileges} ON {pa[2]}",),
                   requires=a.requires | b.requires, provides=a.provides | b.provides,
                   removes=a.removes | b.removes)
