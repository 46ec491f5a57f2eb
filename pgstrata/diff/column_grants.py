"""Column privileges a table-level REVOKE takes with it, granted again.

``REVOKE UPDATE ON TABLE t FROM r`` also revokes ``r``'s UPDATE on every column of ``t`` (the
same for ``REVOKE GRANT OPTION FOR``), so where the plan revokes a table-level privilege of a
table that stays, the column grants of the same grantee and privilege that the source has and
the plan does not create are granted again after it.  Column grants the plan creates anyway
already run in the build phase, after the drop phase's REVOKEs.
"""

from __future__ import annotations

from pgstrata.ddl import privileges as ddl
from pgstrata.diff.changes import Action, Change, create
from pgstrata.diff.context import Context
from pgstrata.diff.kinds_privileges import grant_hint
from pgstrata.diff.ranks import rank
from pgstrata.model import Grant, Kind, ObjectId

_TABLES = frozenset({Kind.TABLE, Kind.VIEW, Kind.MATERIALIZED_VIEW, Kind.FOREIGN_TABLE})


def regrant_column_privileges(changes: list[Change], ctx: Context) -> list[Change]:
    # (schema, table, grantee, privilege) → the changes that revoke it at table level
    revoked: dict[tuple[str | None, str, str, str], set[ObjectId]] = {}
    for c in changes:
        if c.id.kind is not Kind.GRANT or c.action is Action.CREATE:
            continue
        old = ctx.old.objects.get(c.id)
        if not isinstance(old, Grant) or old.revoked or old.target.kind not in _TABLES:
            continue
        new = ctx.new.objects.get(c.id)
        if c.action is Action.DROP or (isinstance(new, Grant) and old.grantable and not new.grantable):
            t = old.target
            revoked.setdefault((t.schema, t.name, old.grantee, old.privilege), set()).add(c.id)
    if not revoked:
        return changes
    created = {c.id for c in changes if c.id.kind is Kind.GRANT and c.action is Action.CREATE}
    regrant = []
    for g in ctx.new.model.grants:
        t = g.target
        if t.kind is not Kind.COLUMN or g.revoked or g.id in created or g.id not in ctx.old.objects:
            continue
        assert t.parent is not None
        after = revoked.get((t.schema, t.parent, g.grantee, g.privilege))
        if after is not None:
            regrant.append(create(g.id, ddl.grant(g, ctx.names),
                                  requires=ctx.new.requires(g.id) | after, rank=rank(Kind.GRANT),
                                  hint=grant_hint(g)))
    if not regrant:
        return changes
    again = {c.id for c in regrant}
    return [c for c in changes if c.id not in again] + regrant
