"""Rows → grants and default privileges.

Both are stated relative to PostgreSQL's built-in default (``acldefault``): a NULL acl is the
default and yields nothing, every privilege in a non-NULL acl beyond the default is a
``Grant`` (a default one held WITH GRANT OPTION too, marked ``by_default``), and a default
privilege missing from a non-NULL acl (the EXECUTE of PUBLIC on a function, the USAGE of
PUBLIC on a type, one the owner revoked from itself) is a ``Grant`` with ``revoked=True``:
"REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC" is kept.  Global default privileges (no schema)
replace the built-in default the same way; per-schema ones add to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from pgstrata.catalog.context import Context, id_key
from pgstrata.catalog.rows import DefaultPrivilegeRow, GrantRow
from pgstrata.model import DefaultPrivilege, Grant


def build_grants(rows: Sequence[GrantRow], ctx: Context) -> tuple[Grant, ...]:
    out = []
    for row in rows:
        target = ctx.target(row.classid, row.objid, row.column_name)
        if target is None:
            continue
        out.append(Grant(
            target=target, grantee=row.grantee, privilege=row.privilege,
            grantable=row.grantable, revoked=row.revoked, position=row.position,
            by_default=row.by_default and not row.revoked,
        ))
    return tuple(sorted(out, key=lambda g: id_key(g.id)))


def build_default_privileges(
    rows: Sequence[DefaultPrivilegeRow], ctx: Context
) -> tuple[DefaultPrivilege, ...]:
    out = [
        DefaultPrivilege(
            role=row.role,
            schema=ctx.optional_schema(row.schema),
            object_type=row.object_type,
            grantee=row.grantee,
            privilege=row.privilege,
            grantable=row.grantable,
            revoked=row.revoked,
            position=row.position,
        )
        for row in rows
    ]
    return tuple(sorted(out, key=lambda d: id_key(d.id)))
