"""How a column's values become another type's: in ALTER … TYPE … USING and in the row copy
of a rebuilt table."""

from __future__ import annotations

import re

from pgstrata.diff.context import Context, Graph
from pgstrata.model import Domain, Kind, ObjectId
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
    and a type it has no cast to (another enum, an integer), between built-in types PostgreSQL
    has no cast for (bigint → timestamp), and to or from a row type (a composite's, a table's):
    every type converts to and from text, so the ALTER is valid, and rows whose text does not
    read as the new type stop it (rolled back)."""
    via = "::text[]" if old.endswith("[]") else "::text"
    ob, nb = base_type(old).removesuffix("[]"), base_type(new).removesuffix("[]")
    if old.endswith("[]") != new.endswith("[]"):
        # an array to a scalar or back (text[] → jsonb): no cast but to and from the strings
        return "" if (nb if old.endswith("[]") else ob) in _STRINGS else "::text"
    oid, nid = ctx.old.type_id(old), ctx.new.type_id(new)
    if _enum_beneath(oid, ctx.old):
        return "" if nb in TEXTLIKE else via
    if ob in _STRINGS or nb in _STRINGS:
        return ""  # strings cast to anything
    if _enum_beneath(nid, ctx.new):
        return via  # an enum is cast to from the strings alone (integer roles → an enum)
    if any(t is not None and t.kind in _ROW_KINDS for t in (oid, nid)):
        return via  # a row type casts to nothing else but through its text form
    if oid is not None or nid is not None:
        return ""  # other user types (domains, ranges …) keep their casts
    if any(ob in f and nb in f for f in (*_FAMILIES, *_DIRECT_CASTS)):
        return ""
    return via


def _enum_beneath(tid: ObjectId | None, graph: Graph) -> bool:
    """Whether ``tid`` is an enum, or a domain over one (through domains over domains): casts
    to and from it are the enum's."""
    for _ in range(_DOMAIN_DEPTH):
        if tid is None or tid.kind is Kind.ENUM:
            break
        domain = graph.objects.get(tid) if tid.kind is Kind.DOMAIN else None
        tid = graph.type_id(domain.base_type) if isinstance(domain, Domain) else None
    return tid is not None and tid.kind is Kind.ENUM


_DOMAIN_DEPTH = 16  # (domains over domains: a bound, not a limit any schema reaches)


def converted(column: str, old_type: str, new_type: str, ctx: Context) -> str:
    """Column ``column`` of type ``old_type`` as a value of ``new_type`` (just the column when
    an assignment cast surely exists)."""
    if not needs_using(old_type, new_type):
        return ident(column)
    return f"{ident(column)}{via_text(old_type, new_type, ctx)}::{new_type}"


# (old, new) built-in conversions no value can fail: widening numbers, dates into timestamps …
_NEVER_FAIL = frozenset({
    *((a, b) for i, a in enumerate(("smallint", "integer", "bigint")) for b in ("smallint", "integer", "bigint")[i:]),
    *((a, b) for a in ("smallint", "integer", "bigint") for b in ("numeric", "real", "double precision")),
    ("real", "double precision"),
    *((a, b) for a in ("date", "timestamp without time zone", "timestamp with time zone")
      for b in ("timestamp without time zone", "timestamp with time zone", "date")),
    ("time without time zone", "time with time zone"), ("time with time zone", "time without time zone"),
    ("jsonb", "json"), ("cidr", "inet"),
})
_LENGTHED = frozenset({"character varying", "character", "bit varying", "bit"})
_TYPMOD_NUMBERS = re.compile(r"\((\d+)(?:\s*,\s*(-?\d+))?\)")


def conversion_may_fail(old: str, new: str) -> bool:
    """Whether converting a column of type ``old`` to ``new`` can fail on some stored value
    (a number out of range, a string too long or not a valid value of the new type).  Only
    what surely converts says no: into unbounded text, widening numbers and lengths, dates
    into timestamps; a type pgstrata does not know (a domain, an extension's) may fail."""
    if old == new:
        return False
    while old.endswith("[]") and new.endswith("[]"):
        old, new = old[:-2], new[:-2]
    ob, nb = base_type(old), base_type(new)
    if new.endswith("[]") or (old.endswith("[]") and not (nb == "text" or new == "character varying")):
        return True
    if nb == "text" or new == "character varying":
        return False
    if ob == nb and ob in _LENGTHED | {"numeric"}:
        before, after = _TYPMOD_NUMBERS.search(old), _TYPMOD_NUMBERS.search(new)
        if after is None:
            return False  # unbounded now
        if before is None:
            return True
        if ob == "numeric":  # digits before the point; fewer after it round (999.995 → 1000.00)
            digits = int(after[1]) - int(after[2] or 0), int(before[1]) - int(before[2] or 0)
            return digits[0] < digits[1] or (digits[0] == digits[1] and int(after[2] or 0) < int(before[2] or 0))
        return int(after[1]) < int(before[1]) or (ob == "bit" and after[1] != before[1])
    if (ob == nb and "time" in ob) or ob == nb == "interval":
        return False  # another precision rounds
    if (ob, nb) == ("character", "character varying"):
        return conversion_may_fail(old.replace("character", "character varying", 1), new)
    return (ob, nb) not in _NEVER_FAIL
