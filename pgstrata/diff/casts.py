"""How a column's values become another type's: in ALTER … TYPE … USING and in the row copy
of a rebuilt table."""

from __future__ import annotations

import re

from pgstrata.diff.context import Context
from pgstrata.model import Kind
from pgstrata.quoting import ident

_TYPMOD = re.compile(r"\(.*\)")
TEXTLIKE = {"text", "character varying", "varchar"}


def base_type(type_text: str) -> str:
    """A type's name without its modifiers (``numeric(10,2)`` → ``numeric``)."""
    return _TYPMOD.sub("", type_text).strip()


_FAMILIES = (
    frozenset({"smallint", "integer", "bigint", "numeric", "real", "double precision"}),
    frozenset({"text", "character varying", "varchar", "character", "bpchar"}),
    frozenset({"timestamp without time zone", "timestamp with time zone"}),
)


def needs_using(old: str, new: str) -> bool:
    """USING col::type unless an assignment cast surely exists (same type or same family)."""
    ob, nb = base_type(old), base_type(new)
    if ob == nb and old.endswith("[]") == new.endswith("[]"):
        return False
    return not any(ob in f and nb in f for f in _FAMILIES)


# Built-in types with a direct cast between them beyond _FAMILIES (pg_cast); any type casts
# to and from the string types (I/O conversion).
_DIRECT_CASTS = (
    frozenset({"json", "jsonb"}),
    frozenset({"date", "timestamp without time zone", "timestamp with time zone"}),
    frozenset({"time without time zone", "time with time zone", "interval"}),
    frozenset({"integer", "boolean"}),
    frozenset({"inet", "cidr"}),
    frozenset({"bit", "bit varying", "integer", "bigint"}),
    frozenset({"money", "numeric", "integer", "bigint"}),
)
_STRINGS = frozenset({"text", "character varying", "varchar", "character", "bpchar", "name"})
_ROW_KINDS = frozenset({Kind.COMPOSITE, Kind.TABLE, Kind.FOREIGN_TABLE})  # (a table's row type)


def via_text(old: str, new: str, ctx: Context) -> str:
    """``::text`` (``::text[]``) where the old type has no cast to the new one: between an enum
    and a type it has no cast to (another enum), between built-in types PostgreSQL has no cast
    for (bigint → timestamp), and to or from a row type (a composite's, a table's): every type
    converts to and from text, so the ALTER is valid, and rows whose text does not read as the
    new type stop it (rolled back)."""
    via = "::text[]" if old.endswith("[]") else "::text"
    ob, nb = base_type(old).removesuffix("[]"), base_type(new).removesuffix("[]")
    if old.endswith("[]") != new.endswith("[]"):
        # an array to a scalar or back (text[] → jsonb): no cast but to and from the strings
        return "" if (nb if old.endswith("[]") else ob) in _STRINGS else "::text"
    oid, nid = ctx.old.type_id(old), ctx.new.type_id(new)
    if oid is not None and oid.kind is Kind.ENUM:
        return "" if nb in TEXTLIKE else via
    if ob in _STRINGS or nb in _STRINGS:
        return ""  # strings cast to anything
    if any(t is not None and t.kind in _ROW_KINDS for t in (oid, nid)):
        return via  # a row type casts to nothing else but through its text form
    if oid is not None or nid is not None:
        return ""  # other user types (domains, ranges …) keep their casts
    if any(ob in f and nb in f for f in (*_FAMILIES, *_DIRECT_CASTS)):
        return ""
    return via


def converted(column: str, old_type: str, new_type: str, ctx: Context) -> str:
    """Column ``column`` of type ``old_type`` as a value of ``new_type`` (just the column when
    an assignment cast surely exists)."""
    if not needs_using(old_type, new_type):
        return ident(column)
    return f"{ident(column)}{via_text(old_type, new_type, ctx)}::{new_type}"
