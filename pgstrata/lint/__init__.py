"""Hazards in migration SQL, found by walking PostgreSQL's parse tree (see ``engine``; the
rules are in ``rules``, which registers them when imported here)."""

from __future__ import annotations

from pgstrata.lint import rules as _rules  # noqa: F401  (registers the rules)
from pgstrata.lint.engine import (
    JSON_SCHEMA_VERSION,
    RULES,
    FileContext,
    Finding,
    Hit,
    Rule,
    at_or_above,
    lint_files,
    lint_sql,
    to_json,
    to_text,
)

__all__ = ["JSON_SCHEMA_VERSION", "RULES", "FileContext", "Finding", "Hit", "Rule", "at_or_above",
           "lint_files", "lint_sql", "to_json", "to_text"]
