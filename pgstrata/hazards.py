"""The one vocabulary of risk shared by the planner, the policy and the linter.

A :class:`Hazard` says *what* can go wrong when a statement runs; a
:class:`Severity` says how loudly a report should say so.  Both are closed
sets, so policy decisions and JSON output compare stable strings, never SQL text.
"""

from __future__ import annotations

from enum import StrEnum


class Hazard(StrEnum):
    """What running a statement can do to data, to concurrent sessions or to clients."""

    DELETES_DATA = "deletes_data"
    REWRITES_TABLE = "rewrites_table"
    BLOCKS_WRITES = "blocks_writes"
    BLOCKS_READS = "blocks_reads"
    BREAKS_CLIENTS = "breaks_clients"
    NON_TRANSACTIONAL = "non_transactional"
    VALIDATES_ROWS = "validates_rows"

    @property
    def description(self) -> str:
        """One sentence for reports and policy refusals."""
        return _DESCRIPTIONS[self]


_DESCRIPTIONS: dict[Hazard, str] = {
    Hazard.DELETES_DATA: "rows or column values are removed and cannot be recovered without a backup",
    Hazard.REWRITES_TABLE: "the whole table (and its indexes) is rewritten; time and disk grow with its size",
    Hazard.BLOCKS_WRITES: "writes to the table wait until the statement finishes",
    Hazard.BLOCKS_READS: "reads and writes of the table wait until the statement finishes",
    Hazard.BREAKS_CLIENTS: "queries, views or functions that use the old name or shape stop working",
    Hazard.NON_TRANSACTIONAL: "the statement cannot run inside a transaction block, so it cannot be rolled back with the rest",
    Hazard.VALIDATES_ROWS: "existing rows are checked or converted: one that does not fit makes the statement fail "
                           "(and a transactional plan roll back)",
}


class Severity(StrEnum):
    """How serious a finding is; ordered by :attr:`rank`, not alphabetically."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error: compare severities with this."""
        return _RANKS[self]

    @classmethod
    def parse(cls, text: str) -> Severity:
        """The severity named by ``text`` (case-insensitive); ValueError names the choices."""
        try:
            return cls(text.strip().lower())
        except ValueError:
            choices = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {text!r}; expected one of {choices}") from None


_RANKS: dict[Severity, int] = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
