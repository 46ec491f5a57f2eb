"""The default privileges a fresh Supabase project starts with, revoked by an extract where the
source has revoked them.

An extract is the plan from an empty database, so it only grants: it writes the source's
default privileges and leaves alone those the database it is loaded onto already has.  A fresh
Supabase project has ``ALTER DEFAULT PRIVILEGES FOR ROLE postgres|supabase_admin IN SCHEMA
public GRANT ALL ON TABLES|SEQUENCES|FUNCTIONS TO postgres, anon, authenticated,
service_role``; where the source (a Supabase project: one with default privileges of
``supabase_admin``) lacks some of them — ``alter default privileges in schema public revoke
execute on functions from anon`` — its extract revokes them, in the drop phase, before
anything is created, so that the objects it creates get the source's default privileges (which
is what the privilege fix-ups of created objects assume).  On a database without these default
privileges the REVOKEs change nothing; other sources get none.

Any fresh database's ``public`` schema also starts with ``USAGE`` (before PostgreSQL 15, ``USAGE``
and ``CREATE``) for PUBLIC as the entry after its owner's, revoked where the source's has less (a
hardened schema); a GRANT to PUBLIC then upgrades that entry in place, so where the source lists
another grantee before PUBLIC (an old-style ``GRANT ALL ON SCHEMA public TO postgres; GRANT
ALL ON SCHEMA public TO PUBLIC``) the extract revokes it first and grants in the source's order
(:func:`stock_public_usage_revoke`).  It also carries the comment 'standard public schema', removed
where the source's ``public`` has none (:func:`stock_public_comment_removal`).

That comment is the database's, not the application's: where a comparison maps the ``public``
of one side onto a schema of another name (``dev#public`` against the seed's ``qa`` schema), it
is left out of the comparison (:func:`without_stock_public`), so a schema made with ``CREATE
SCHEMA qa`` does not gain "standard public schema".  PUBLIC's USAGE stays compared: without it
the app's roles cannot use ``qa`` as they use ``public``.

Likewise the comment ``CREATE EXTENSION`` gives one of pgstrata's local stand-ins (it starts
with :data:`~pgstrata.supabase.standins.STANDIN_MARKER`) is the stand-in's, not the application's:
an extension whose comment on either side is one is compared without its comments
(:func:`without_standin_comments`), so that a plan from a local project never writes "pgstrata
stand-in: …" onto the real extension of a hosted one, nor the real comment onto the stand-in
(which is how a local database knows its stand-ins).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from pgstrata.ddl.privileges import drop_comment, revoke, revoke_default
from pgstrata.diff.changes import Change, alter, drop
from pgstrata.diff.context import Context
from pgstrata.diff.ranks import rank
from pgstrata.model import Comment, DefaultPrivilege, Grant, Kind, ObjectId, SchemaModel
from pgstrata.supabase.standins import STANDIN_MARKER

PLATFORM_ADMIN = "supabase_admin"
_ROLES = ("postgres", PLATFORM_ADMIN)
_GRANTEES = ("postgres", "anon", "authenticated", "service_role")
_SCHEMA = "public"
_STOCK_COMMENT = "standard public schema"  # initdb's, on every new database's public


def _privileges(object_type: str, server_version: int) -> tuple[str, ...]:
    if object_type == "S":
        return ("SELECT", "UPDATE", "USAGE")
    if object_type == "f":
        return ("EXECUTE",)
    table = ("DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE")
    return (*table, "MAINTAIN") if server_version >= 170000 else table


def is_supabase_project(model: SchemaModel) -> bool:
    return any(d.role == PLATFORM_ADMIN for d in model.default_privileges)


def platform_default_revokes(ctx: Context) -> list[Change]:
    """For an extract (the target was not inspected) of a Supabase project's ``public``: one
    REVOKE per role, object type and grantee of the platform's default privileges the source
    does not have."""
    source = ctx.new.model
    if ctx.old.model.role or not is_supabase_project(source) or _SCHEMA not in {s.name for s in source.schemas}:
        return []
    has = {d.id for d in source.default_privileges if not d.revoked}
    out = []
    for role in _ROLES:
        for object_type in ("r", "S", "f"):
            everything = _privileges(object_type, source.server_version)
            for grantee in _GRANTEES:
                missing = [p for p in everything
                           if DefaultPrivilege(role, _SCHEMA, object_type, grantee, p).id not in has]
                if not missing:
                    continue
                listed = "ALL" if len(missing) == len(everything) > 1 else ", ".join(missing)
                d = DefaultPrivilege(role, _SCHEMA, object_type, grantee, listed)
                out.append(drop(d.id, revoke_default(d, ctx.names), rank=rank(Kind.DEFAULT_PRIVILEGE)))
    return out


def _extracted_public(ctx: Context) -> ObjectId | None:
    """The ``public`` schema's id, when the plan is an extract (from an empty model, which has
    no role) and the source has ``public``; else None."""
    if ctx.old.model.role or _SCHEMA not in {s.name for s in ctx.new.model.schemas}:
        return None
    return ObjectId(Kind.SCHEMA, None, _SCHEMA)


def _stock_public_privileges(server_version: int) -> tuple[str, ...]:
    """What a new database's ``public`` grants PUBLIC: USAGE, and before PostgreSQL 15 CREATE too
    (a model of no known version is taken as of a current server)."""
    return ("USAGE", "CREATE") if 0 < server_version < 150000 else ("USAGE",)


def stock_public_usage_revoke(ctx: Context) -> list[Change]:
    """For an extract: the ``public`` schema of a new database grants USAGE (before PostgreSQL
    15, USAGE and CREATE) to PUBLIC.  REVOKE what the source's does not grant (a hardened
    schema: ``REVOKE CREATE ON SCHEMA public FROM PUBLIC``, the advice before 15), or all of
    it where the source lists another grantee before PUBLIC (the grants then append in the
    source's order)."""
    if (target := _extracted_public(ctx)) is None:
        return []
    grants = [g for g in ctx.new.model.grants if g.target == target and not g.revoked]
    public = {g.privilege: g.position for g in grants if g.grantee == "PUBLIC"}
    stock = _stock_public_privileges(ctx.server_version)
    first = min((public[p] for p in stock if p in public), default=None)
    after_another = first is not None and any(
        g.position < first for g in grants if g.grantee != "PUBLIC" and g.position)
    gone = [p for p in stock if after_another or p not in public]
    return [drop(g.id, revoke(g, ctx.names), rank=rank(Kind.GRANT))
            for g in (Grant(target=target, grantee="PUBLIC", privilege=p) for p in gone)]


def stock_public_comment_removal(ctx: Context) -> list[Change]:
    """For an extract: the ``public`` schema of a new database has initdb's comment.  Remove it
    when the source's has none (``COMMENT ON SCHEMA public IS NULL``, which pg_dump shows as
    ``IS ''``).  After the schema's CREATE … IF NOT EXISTS: a template's schema may be new."""
    if (target := _extracted_public(ctx)) is None:
        return []
    if any(c.target == target for c in ctx.new.model.comments):
        return []
    stock = Comment(target=target, text=_STOCK_COMMENT)
    return [alter(stock.id, drop_comment(stock, ctx.names), requires={target}, rank=rank(Kind.COMMENT))]


def without_stock_public(source: SchemaModel, target: SchemaModel) -> tuple[SchemaModel, SchemaModel]:
    """Both models without initdb's comment on a physical ``public`` that the other side has
    under another physical name (see the module docstring)."""
    physical = [{logical: name for logical, name in m.schema_map} for m in (source, target)]
    mapped = {ObjectId(Kind.SCHEMA, None, logical)
              for logical in {s.name for s in source.schemas} & {s.name for s in target.schemas}
              if (physical[0].get(logical, logical) == _SCHEMA) != (physical[1].get(logical, logical) == _SCHEMA)}
    if not mapped:
        return source, target
    return _without_comments(source, target, lambda c: c.target in mapped and c.text == _STOCK_COMMENT)


def without_standin_comments(source: SchemaModel, target: SchemaModel) -> tuple[SchemaModel, SchemaModel]:
    """Both models without the comments on an extension that is a stand-in on either side (see
    the module docstring)."""
    standins = {c.target for m in (source, target) for c in m.comments
                if c.target.kind == Kind.EXTENSION and c.text.startswith(STANDIN_MARKER)}
    if not standins:
        return source, target
    return _without_comments(source, target, lambda c: c.target in standins)


def _without_comments(source: SchemaModel, target: SchemaModel,
                      left_out: Callable[[Comment], bool]) -> tuple[SchemaModel, SchemaModel]:
    """Both models without the comments ``left_out`` says."""
    return tuple(dataclasses.replace(m, comments=tuple(  # type: ignore[return-value]
        c for c in m.comments if not left_out(c))) for m in (source, target))
