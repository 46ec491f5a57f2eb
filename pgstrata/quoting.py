"""The one place where names and literals become SQL text.

Everything that renders SQL goes through :func:`ident`, :func:`qualified` and
:func:`literal`; they follow PostgreSQL's own ``quote_ident()`` and
``quote_literal()`` rules so output is byte-identical to what the server would
produce, without a round trip.
"""

from __future__ import annotations

import re

from pgstrata.keywords import NEEDS_QUOTE_KEYWORDS as _NEEDS_QUOTE_KEYWORDS

_SAFE = re.compile(r"^[a-z_][a-z0-9_]*$")
# Quoted spellings already made: an extract of 10,000 tables quotes ~600,000 names, most of
# them many times over.  Bounded: emptied when it grows past _CACHE_LIMIT names.
_QUOTED: dict[str, str] = {}
_CACHE_LIMIT = 200_000


def ident(name: str) -> str:
    """Quote one identifier exactly as PostgreSQL's ``quote_ident()`` does."""
    quoted = _QUOTED.get(name)
    if quoted is None:
        if _SAFE.match(name) and name not in _NEEDS_QUOTE_KEYWORDS:
            quoted = name
        else:
            quoted = '"' + name.replace('"', '""') + '"'
        if len(_QUOTED) >= _CACHE_LIMIT:
            _QUOTED.clear()
        _QUOTED[name] = quoted
    return quoted


def qualified(schema: str | None, name: str) -> str:
    """``schema.name`` with both parts quoted; just ``name`` when schema is None."""
    if schema is None:
        return ident(name)
    return ident(schema) + "." + ident(name)


def literal(value: str | None) -> str:
    """Quote a string literal like ``quote_nullable()``: E'' form when backslashes occur."""
    if value is None:
        return "NULL"
    body = value.replace("'", "''")
    if "\\" in body:
        return "E'" + body.replace("\\", "\\\\") + "'"
    return "'" + body + "'"


def dollar_quote(body: str, *, tag_hint: str = "") -> str:
    """Wrap a function body in a dollar quote whose tag does not occur in the body."""
    tag = tag_hint
    n = 0
    while f"${tag}$" in body:
        n += 1
        tag = f"{tag_hint}{n}" if tag_hint else f"q{n}"
    return f"${tag}${body}${tag}$"
