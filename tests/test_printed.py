"""catalog.printed.faithful: IN lists PostgreSQL prints as converted arrays, written back as IN lists."""

from __future__ import annotations

import pytest

from pgstrata.catalog.printed import faithful

VARCHAR = "character varying"
TYPES = {"status": "character varying(20)", "kind": VARCHAR, "s": VARCHAR, "t": "character varying(3)",
         "VALUE": "character varying(10)", "n": "integer", "c": "character(2)"}


@pytest.mark.parametrize(("printed", "expected"), [
    (f"CHECK (status::text = ANY (ARRAY['owned'::{VARCHAR}, 'lent'::{VARCHAR}]::text[]))",
     f"CHECK (status IN ('owned'::{VARCHAR}, 'lent'::{VARCHAR}))"),
    (f"CHECK (kind::text <> ALL (ARRAY['späm'::{VARCHAR}]::text[]))",
     f"CHECK (kind NOT IN ('späm'::{VARCHAR}))"),
    (f"CHECK (VALUE::text = ANY (ARRAY['free'::{VARCHAR}]::text[]))", f"CHECK (VALUE IN ('free'::{VARCHAR}))"),
    (f"WHEN (new.status::text = ANY (ARRAY['a'::{VARCHAR}]::text[]))", f"WHEN (new.status IN ('a'::{VARCHAR}))"),
    # pg_dump's spelling, with the array in parentheses, and two lists in one expression
    (f"((s)::text = ANY ((ARRAY['x'::{VARCHAR}])::text[])) AND (t)::text = ANY (ARRAY['é'::{VARCHAR}]::text[])",
     f"((s) IN ('x'::{VARCHAR})) AND (t) IN ('é'::{VARCHAR})"),
    # the elements' type is read from tokens: a first literal holding a comma is no boundary
    (f"CHECK (kind::text = ANY (ARRAY['a, b'::{VARCHAR}, 'c'::{VARCHAR}]::text[]))",
     f"CHECK (kind IN ('a, b'::{VARCHAR}, 'c'::{VARCHAR}))"),
])
def test_in_lists_are_written_as_written(printed: str, expected: str) -> None:
    assert faithful(printed, lambda: TYPES) == expected


@pytest.mark.parametrize("printed", [
    None,
    "CHECK (kind = ANY (ARRAY['a'::text, 'b'::text]))",  # a text column's list reads back as is
    f"CHECK (x::text = ANY (ARRAY[ARRAY['x'::{VARCHAR}]]::text[]))",  # no IN list holds arrays
    f"CHECK (lower(x::text) = ANY (ARRAY['x'::{VARCHAR}]::text[]))",  # no cast to strip on the left
    "CHECK (tags = '{a,b}'::text[])",
    # a cast the user wrote: an integer or char column compared as text stays as it is
    f"CHECK ((n)::text = ANY ((ARRAY['1'::{VARCHAR}, '2'::{VARCHAR}])::text[]))",
    f"CHECK (c::text = ANY (ARRAY['Y'::{VARCHAR}]::text[]))",
])
def test_other_texts_are_left_alone(printed: str | None) -> None:
    assert faithful(printed, lambda: TYPES) == printed


def test_without_column_types_nothing_is_rewritten() -> None:
    assert faithful(f"CHECK (status::text = ANY (ARRAY['a'::{VARCHAR}]::text[]))") == (
        f"CHECK (status::text = ANY (ARRAY['a'::{VARCHAR}]::text[]))")


def test_a_renamed_schema_is_requalified_by_tokens() -> None:
    """``dev.f(…)`` (the server qualifies a call among overloads) reads as ``test.f(…)`` when
    dev is read as test; strings, dollar quotes, other schemas and names ending in the
    schema's name stay."""
    from pgstrata.catalog.printed import requalified

    schemas = {"dev": "test", '"My Dev"': '"My Test"'}
    assert requalified("dev.role_of(NULL::uuid)", schemas) == "test.role_of(NULL::uuid)"
    assert requalified("\"My Dev\".f('dev.x', $$ dev.y $$) + olddev.g() + dev2.h()", schemas) == (
        "\"My Test\".f('dev.x', $$ dev.y $$) + olddev.g() + dev2.h()")
    assert requalified(None, schemas) is None and requalified("lower(x)", schemas) == "lower(x)"
