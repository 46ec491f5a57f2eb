"""A plan: the ordered statements that turn a target into the source, and how to print them.

:class:`Plan` is what ``compare --format sql|json``, ``sync --dry-run`` and
``extract`` render (STYLE habit 6).  It holds the ordered changes, the session
settings the script needs first (``preamble``) and the fingerprint of the source
model it was made from, so an executor can check for drift before applying.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from pgstrata.collector import collector_paused
from pgstrata.diff.changes import Change
from pgstrata.hazards import Hazard
from pgstrata.model import ObjectId, SchemaModel

SCHEMA_VERSION = 1


def fingerprint(model: SchemaModel) -> str:
    """A stable hash of a model (frozen dataclasses print deterministically).

    Printing a large model takes a while, so a :class:`Plan` computes it only when asked."""
    return hashlib.sha256(repr(model).encode()).hexdigest()[:16]


# How a script's header lists the plan's warnings (what it cannot reproduce, …).
WARNINGS_HEADING = "-- warnings:"
WARNING_PREFIX = "--   "


def plan_warnings(script: str) -> list[str]:
    """The warnings a script's header lists (see :meth:`Plan.to_sql`)."""
    lines = iter(script.splitlines())
    for line in lines:
        if line == WARNINGS_HEADING:
            break
        if not line.startswith("--"):
            return []
    out = []
    for line in lines:
        if not line.startswith(WARNING_PREFIX):
            break
        out.append(line[len(WARNING_PREFIX):])
    return out


@dataclass(frozen=True, slots=True)
class Statement:
    sql: str
    hazards: tuple[Hazard, ...]
    transactional: bool
    object_id: ObjectId
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    changes: tuple[Change, ...] = ()
    preamble: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    # The source model the plan was made from; its fingerprint is computed on demand.
    source: SchemaModel | None = field(default=None, repr=False, compare=False)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.source) if self.source is not None else ""

    @property
    def empty(self) -> bool:
        return not self.changes

    @property
    def listed(self) -> tuple[Change, ...]:
        """The changes a summary of what changes lists: not the steps that only frame the plan
        (``Change.listed``: an event trigger paused while it runs)."""
        return tuple(c for c in self.changes if c.listed)

    @property
    def statements(self) -> tuple[Statement, ...]:
        out = []
        for change in self.changes:
            hazards = tuple(sorted(change.hazards))
            for i, sql in enumerate(change.statements):
                out.append(
                    Statement(
                        sql=sql,
                        hazards=hazards,
                        transactional=change.transactional,
                        object_id=change.id,
                        comment=change.comment if i == 0 else None,
                    )
                )
        return tuple(out)

    @property
    def hazards(self) -> frozenset[Hazard]:
        return frozenset(h for c in self.changes for h in c.hazards)

    def warning_lines(self) -> list[str]:
        """The script header's lines listing the warnings (none without warnings)."""
        if not self.warnings:
            return []
        return [WARNINGS_HEADING, *(WARNING_PREFIX + w for w in self.warnings)]

    def to_sql(self, *, header: str | None = None, with_preamble: bool = True) -> str:
        """The script: hazards as ``-- hazard:`` comments above their statement."""
        with collector_paused():
            return self._sql(header=header, with_preamble=with_preamble)

    def _sql(self, *, header: str | None, with_preamble: bool) -> str:
        lines: list[str] = []
        if header:
            lines += ["-- " + line if line else "--" for line in header.splitlines()]
        lines += self.warning_lines()
        if lines:
            lines.append("")
        if with_preamble and self.preamble and self.changes:
            lines += [s + ";" for s in self.preamble]
            lines.append("")
        for change in self.changes:  # as self.statements, without making Statement values
            above = [f"-- hazard: {hazard}" for hazard in sorted(change.hazards)]
            if not change.transactional:
                above.append("-- non-transactional: run outside a transaction block")
            for i, sql in enumerate(change.statements):
                if i == 0 and change.comment:
                    lines.append("-- " + change.comment)
                lines += above
                lines.append(sql + ";")
                lines.append("")
        return "\n".join(lines).rstrip("\n") + "\n" if lines else ""

    def to_json(self) -> str:
        doc = {
            "schema_version": SCHEMA_VERSION,
            "fingerprint": self.fingerprint,
            "preamble": list(self.preamble),
            "warnings": list(self.warnings),
            "changes": [
                {
                    "action": c.action.value,
                    "kind": c.id.kind.value,
                    "identity": str(c.id),
                    "schema": c.id.schema,
                    "name": c.id.name,
                    "parent": c.id.parent,
                    "hazards": sorted(str(h) for h in c.hazards),
                    "transactional": c.transactional,
                    "sql": list(c.statements),
                }
                for c in self.changes
            ],
        }
        return json.dumps(doc, indent=2, sort_keys=False) + "\n"
