"""Tie-break ranks: pg_dump's order of kinds, used only where no dependency decides."""

from __future__ import annotations

from pgstrata.model import Kind

RANK: dict[Kind, int] = {
    Kind.SCHEMA: 0,
    Kind.EXTENSION: 1,
    Kind.ACCESS_METHOD: 1,
    Kind.COLLATION: 2,
    Kind.FOREIGN_DATA_WRAPPER: 2,
    Kind.FOREIGN_SERVER: 2,
    Kind.TEXT_SEARCH_DICTIONARY: 2,
    Kind.TEXT_SEARCH_CONFIGURATION: 2,
    Kind.ENUM: 3,
    Kind.RANGE: 3,
    Kind.COMPOSITE: 4,
    Kind.DOMAIN: 5,
    Kind.FUNCTION: 6,
    Kind.PROCEDURE: 6,
    Kind.AGGREGATE: 7,
    Kind.CAST: 8,
    Kind.OPERATOR: 8,
    Kind.CONVERSION: 8,  # after its function (pg_dump's order)
    Kind.TRANSFORM: 8,
    Kind.SEQUENCE: 9,
    Kind.TABLE: 10,
    Kind.FOREIGN_TABLE: 10,
    Kind.COLUMN: 11,
    Kind.CONSTRAINT: 13,
    Kind.INDEX: 14,
    Kind.STATISTICS: 14,
    Kind.VIEW: 16,
    Kind.MATERIALIZED_VIEW: 17,
    Kind.TRIGGER: 18,
    Kind.RULE: 18,
    Kind.POLICY: 19,
    Kind.EVENT_TRIGGER: 20,
    Kind.PUBLICATION: 21,
    Kind.OWNER: 21,  # after the object, before its grants (pg_dump's order)
    Kind.GRANT: 22,
    Kind.DEFAULT_PRIVILEGE: 23,
    Kind.COMMENT: 24,
    Kind.UNSUPPORTED: 25,
}

OWNED_BY = 12  # ALTER SEQUENCE … OWNED BY, after tables
FOREIGN_KEY = 15  # FKs after keys and indexes
# ADD COLUMN with a default that calls a routine, on a table that stays: it fills every row
# there, and a quoted body's reads (of a view over a column added beside it) are no
# dependency we see; after the views and materialized views, as a restore fills them last.
ROUTINE_DEFAULT_FILL = 18

# An extract's ALTER DEFAULT PRIVILEGES that an extension was made under: right after the
# schemas (kinds_privileges.defaults_before_extensions).
DEFAULTS_FIRST = 0


def rank(kind: Kind) -> int:
    return RANK[kind]
