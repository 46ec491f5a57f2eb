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


def ident(name: str) -> str:
    """Quote one identifier exactly as PostgreSQL's ``quote_ident()`` does."""
    if _SAFE.match(name) and name not in _NEEDS_QUOTE_KEYWORDS:
        return name
    return '"' + name.replace('"', '""') + '"'


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
