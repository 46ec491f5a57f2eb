"""Comparators for grants, default privileges, comments and publications."""

from __future__ import annotations

from pgstrata.ddl import privileges as ddl
from pgstrata.diff.changes import Change, alter, create, drop
from pgstrata.diff.context import Context
from pgstrata.diff.ranks import rank
from pgstrata.hazards import Hazard
from pgstrata.model import Comment, DefaultPrivilege, Grant, Kind, ObjectId, Publication


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
    if old is not None and new is not None:  # only WITH GRANT OPTION differs
        sql = ddl.grant(new, n) if new.grantable else ddl.revoke(old, n, grant_option_only=True)
        return [alter(new.id, sql, requires=ctx.new.requires(new.id), rank=rank(Kind.GRANT))]
    out: list[Change] = []
    if old is not None and not _target_gone(ctx, old.target):
        out.append(drop(old.id, ddl.revoke(old, n), requires=ctx.old.requires(old.id), rank=rank(Kind.GRANT),
                        hazards={Hazard.BREAKS_CLIENTS}))
    if new is not None:
        out.append(create(new.id, ddl.grant(new, n), requires=ctx.new.requires(new.id), rank=rank(Kind.GRANT),
                          hint=grant_hint(new)))
    return out


def grant_hint(g: Grant) -> tuple[str | int, ...]:
    """Grants of one object together, in ACL order (pg_dump prints ACLs in stored order)."""
    t = g.target
    return (t.kind, t.schema or "", t.parent or "", t.name, g.position)  # a StrEnum sorts as its value


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
    return [drop(old.id, ddl.drop_comment(old, n), requires=ctx.old.requires(old.id), rank=rank(Kind.COMMENT))]


def compare_publication(old: Publication | None, new: Publication | None, ctx: Context) -> list[Change]:
    """Altered in place (options, member tables and schemas) unless FOR ALL TABLES comes or
    goes: a publication dropped and created again is another one to its subscribers."""
    n = ctx.names
    if old == new:
        return []
    if old is not None and new is not None and old.all_tables == new.all_tables:
        return [alter(new.id, ddl.alter_publication(old, new, n), requires=ctx.new.requires(new.id),
                      rank=rank(Kind.PUBLICATION))]
    out: list[Change] = []
    if old is not None:
        out.append(drop(old.id, ddl.drop_publication(old, n), requires=ctx.old.requires(old.id),
                        rank=rank(Kind.PUBLICATION)))
    if new is not None:
        out.append(create(new.id, ddl.create_publication(new, n), requires=ctx.new.requires(new.id),
                          rank=rank(Kind.PUBLICATION)))
    return out


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
    def order_of(grants: tuple[Grant, ...]) -> dict[ObjectId, list[str]]:
        out: dict[ObjectId, list[tuple[int, str]]] = {}
        for g in grants:
            if not g.revoked:
                out.setdefault(g.target, []).append((g.position, g.grantee))
        return {t: list(dict.fromkeys(name for _, name in sorted(v))) for t, v in out.items()}

    if not any(g.position for g in ctx.new.model.grants):
        return changes
    old_order, new_order = order_of(ctx.old.model.grants), order_of(ctx.new.model.grants)
    redo: set[ObjectId] = set()
    for target, names in new_order.items():
        before = [g for g in old_order.get(target, []) if g in names]
        if target in ctx.recreated or ctx.target_dropped(target):
            continue
        if names[: len(before)] != before:
            redo.add(target)
    if not redo:
        return changes
    out = [c for c in changes if not (c.id.kind is Kind.GRANT and _grant_target(c, ctx) in redo)]
    n = ctx.names
    for g in sorted((g for g in ctx.old.model.grants if g.target in redo and not g.revoked),
                    key=lambda g: g.id.name):
        out.append(drop(g.id, ddl.revoke(g, n), requires=ctx.old.requires(g.id), rank=rank(Kind.GRANT)))
    for g in (g for g in ctx.new.model.grants if g.target in redo and not g.revoked):
        out.append(create(g.id, ddl.grant(g, n), requires=ctx.new.requires(g.id), rank=rank(Kind.GRANT),
                          hint=grant_hint(g)))
    return out


def _grant_target(c: Change, ctx: Context) -> ObjectId | None:
    g = ctx.new.objects.get(c.id) or ctx.old.objects.get(c.id)
    return g.target if isinstance(g, Grant) else None
