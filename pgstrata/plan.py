"""A plan: the ordered statements that turn a target into the source, and how to print them.

:class:`Plan` is what ``compare --format sql|json``, ``sync --dry-run`` and
``extract`` render (STYLE habit 6).  It holds the ordered changes, the session
settings the script needs first (``preamble``) and the fingerprint of the source
model it was made from, so an executor can check for drift before applying.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
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
    lines = _lines(script)  # (the header only: not every line of a script of 15 MB)
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


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text``, one at a time."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield text[start:end].rstrip("\r")
        start = end + 1


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
        # pieces joined once: the statements themselves, not copies with their ";" (an extract
        # of 10,000 tables is 15 MB of SQL, and each copy of it counted at the peak)
        lines: list[str] = []
        if header:
            lines += ["-- " + line if line else "--" for line in header.splitlines()]
        lines += self.warning_lines()
        if lines:
            lines.append("")
        if with_preamble and self.preamble and self.changes:
            lines += [s + ";" for s in self.preamble]
            lines.append("")
        pieces = [line + "\n" for line in lines]
        for change in self.changes:  # as self.statements, without making Statement values
            above = [f"-- hazard: {hazard}\n" for hazard in sorted(change.hazards)]
            if not change.transactional:
                above.append("-- non-transactional: run outside a transaction block\n")
            for i, sql in enumerate(change.statements):
                if i == 0 and change.comment:
                    pieces.append("-- " + change.comment + "\n")
                pieces += above
                pieces += (sql, ";\n\n")
        # one newline at the end: what ends the script (the last statement's ";\n\n", or the
        # blank line after the header) always has one newline more
        if pieces:
            pieces[-1] = pieces[-1][:-1]
        return "".join(pieces)

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
