"""Change values: what the comparator decided, with the SQL it takes.

A change is data: the object it touches, the statements (already rendered SQL
text, without trailing semicolons), the hazards attached when it was generated
(STYLE habit 5), whether it can run inside a transaction, the ids it needs to
exist before it runs (``requires``), the ids it makes exist (``provides``) and
the ids it removes (``removes``).  :mod:`pgstrata.diff.order` orders changes
from those sets alone; nothing downstream reads the SQL text.

Four actions, one class each, so a ``match`` reads naturally:

* :class:`Create` — the object did not exist in the target;
* :class:`Drop` — it must go (runs in the *drop phase*, dependents first);
* :class:`Alter` — in-place change of an object that stays;
* :class:`Replace` — a compound in-place rebuild (e.g. an enum whose labels were
  removed: rename, create, convert columns, drop the old type).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pgstrata.fastinit import fast_init
from pgstrata.hazards import Hazard
from pgstrata.model import ObjectId


class Action(StrEnum):
    CREATE = "create"
    DROP = "drop"
    ALTER = "alter"
    REPLACE = "replace"


class Phase(StrEnum):
    """Drops run first (reverse dependency order), then everything else (dependency order),
    then *late* drops: types and extensions, which columns may still use until the build
    phase has converted them; then *final* builds: materialized views made WITH NO DATA are
    filled (REFRESH) once everything their queries may call and read exists, as pg_dump does."""

    DROP = "drop"
    BUILD = "build"
    LATE = "late"
    FINAL = "final"


@fast_init
@dataclass(frozen=True, slots=True)
class Change:
    """One planned change of one object; see the module docstring."""

    id: ObjectId
    statements: tuple[str, ...]
    hazards: frozenset[Hazard] = frozenset()
    transactional: bool = True
    requires: frozenset[ObjectId] = frozenset()
    provides: frozenset[ObjectId] = frozenset()
    removes: frozenset[ObjectId] = frozenset()
    comment: str | None = None
    rank: int = 0  # tie-break between kinds that have no dependency between them
    action: Action = field(default=Action.ALTER)
    # An equivalent pair (head, tail) the orderer may use instead to break a cycle,
    # e.g. CREATE TABLE without a default + ALTER … SET DEFAULT once the function exists
    # (or a single change standing for this one under another id: a column's SET DEFAULT alone).
    # May be given as a function that makes the pair: it is needed only when a cycle occurs.
    split: tuple[Change, ...] | Callable[[], tuple[Change, ...]] | None = field(default=None, compare=False)
    # Tie-break within a rank before the ObjectId (e.g. a grant's target and ACL position).
    hint: tuple[str | int, ...] = ()
    late: bool = False  # a drop that runs after the build phase; a build that runs last
    # False for a step that only frames the plan (an event trigger paused while it runs): its
    # statements run, but summaries of what changes (compare's text, drift) leave it out.
    listed: bool = field(default=True, compare=False)

    @property
    def phase(self) -> Phase:
        if self.action is not Action.DROP:
            return Phase.FINAL if self.late else Phase.BUILD
        return Phase.LATE if self.late else Phase.DROP

    def split_pair(self) -> tuple[Change, ...] | None:
        """The ``split`` pair, made now if it was given as a function."""
        return self.split() if callable(self.split) else self.split

    @property
    def sort_key(self) -> tuple[int, tuple[str | int, ...], tuple[str, str, str, str], str]:
        return (self.rank, self.hint, id_key(self.id), self.statements[0] if self.statements else "")


def id_key(oid: ObjectId) -> tuple[str, str, str, str]:
    """A total order on ObjectIds (``schema``/``parent`` may be None)."""
    return (oid.kind, oid.schema or "", oid.parent or "", oid.name)  # a StrEnum sorts as its value


_EMPTY: frozenset[Any] = frozenset()


def _frozen(ids: frozenset[Any] | set[Any]) -> frozenset[Any]:
    # (an empty set would become a frozenset of its own: 216 bytes, for every constraint's hazards)
    return ids if type(ids) is frozenset else frozenset(ids) if ids else _EMPTY


def _make(
    action: Action,
    id: ObjectId,
    statements: tuple[str, ...] | list[str],
    *,
    hazards: frozenset[Hazard] | set[Hazard] = frozenset(),
    transactional: bool = True,
    requires: frozenset[ObjectId] | set[ObjectId] = frozenset(),
    provides: frozenset[ObjectId] | set[ObjectId] = frozenset(),
    removes: frozenset[ObjectId] | set[ObjectId] = frozenset(),
    comment: str | None = None,
    rank: int = 0,
    split: tuple[Change, ...] | Callable[[], tuple[Change, ...]] | None = None,
    hint: tuple[str | int, ...] = (),
    late: bool = False,
) -> Change:
    # Sets are shared where they can be (tens of thousands of changes in an extract).
    own = frozenset((id,))
    req = _frozen(requires)
    if id in req:
        req = req - own
    prov, rem = _frozen(provides), _frozen(removes)
    if action is Action.DROP:
        rem = own if not rem else rem if id in rem else rem | own
    else:
        prov = own if not prov else prov if id in prov else prov | own
    return Change(
        id=id,
        statements=tuple(statements),
        hazards=_frozen(hazards),
        transactional=transactional,
        requires=req or _EMPTY,
        provides=prov or _EMPTY,
        removes=rem or _EMPTY,
        comment=comment,
        rank=rank,
        action=action,
        split=split,
        hint=hint,
        late=late,
    )


def create(id: ObjectId, statements: tuple[str, ...] | list[str], **kw: Any) -> Change:
    """A change that creates ``id`` (it provides ``id`` itself)."""
    return _make(Action.CREATE, id, statements, **kw)


def drop(id: ObjectId, statements: tuple[str, ...] | list[str], **kw: Any) -> Change:
    """A change that removes ``id`` (and whatever ``removes`` names); runs in the drop phase."""
    return _make(Action.DROP, id, statements, **kw)


def alter(id: ObjectId, statements: tuple[str, ...] | list[str], **kw: Any) -> Change:
    """A change that modifies ``id`` in place."""
    return _make(Action.ALTER, id, statements, **kw)


def replace(id: ObjectId, statements: tuple[str, ...] | list[str], **kw: Any) -> Change:
    """A compound rebuild of ``id`` that runs in the build phase."""
    return _make(Action.REPLACE, id, statements, **kw)
