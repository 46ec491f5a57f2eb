"""The enum values a plan adds, as a step of their own.

PostgreSQL refuses to use an enum value in the transaction that added it ("unsafe use of new
value"): a migration that adds ``'archived'`` and then sets a default, a CHECK, a policy or
an SQL function on it fails when its file runs as one transaction — as ``pgstrata
migrate``, ``supabase db push`` and ``psql -1`` run a file.  ``migration diff`` therefore
writes the values first, as a migration of their own (:func:`with_added_values` is the state
between the two), so each file is all-or-nothing and has an exact ``.down.sql``.
"""

from __future__ import annotations

from dataclasses import replace

from pgstrata.diff.type_rebuild import enum_extended
from pgstrata.model import SchemaModel


def with_added_values(current: SchemaModel, desired: SchemaModel) -> SchemaModel | None:
    """``current`` with the values ``desired`` adds to its enums by ``ALTER TYPE … ADD
    VALUE`` (not the enums it rebuilds), or None when it adds none."""
    wanted = {e.id: e for e in desired.enums}
    enums, extended = [], False
    for enum in current.enums:
        new = wanted.get(enum.id)
        if new is not None and enum_extended(enum, new):
            enum, extended = new, True
        enums.append(enum)
    return replace(current, enums=tuple(enums)) if extended else None
