"""Order changes: drops in reverse dependency order, then builds in dependency order.

Edges come from the changes alone: a build change runs after every build change
that *provides* something it *requires*; a drop runs before every drop that
*removes* something it *requires* (dependents go first).  Ties are broken by
(kind rank, ObjectId, SQL) so equal input gives byte-identical output.

A cycle is broken by splitting one of its changes into its ``split`` pair (a
CREATE TABLE without the defaults that close the cycle, then ``SET DEFAULT``);
circular foreign keys never form a cycle because constraints are their own
changes that require the tables.  Only a cycle no change can split is an error,
and the error names every object in it.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

from pgstrata.diff.changes import Action, Change, Phase
from pgstrata.errors import PgstrataError
from pgstrata.model import Kind, ObjectId


class DependencyCycle(PgstrataError):
    """Raised when changes depend on each other in a cycle no split can break."""

    exit_code = 2

    def __init__(self, objects: Sequence[ObjectId]) -> None:
        names = " → ".join(str(o) for o in objects)
        super().__init__(f"cannot order a dependency cycle: {names}")
        self.objects = tuple(objects)


def order(changes: Iterable[Change]) -> tuple[Change, ...]:
    """All drops (dependents first), then all builds (dependencies first), then late drops,
    then final builds (:func:`_final`); extensions moved to another schema before all of them
    (:func:`_moves_extension`).

    Event triggers are dropped before anything else and made after everything else, late
    drops included (as pg_dump restores them): one that fires on DDL must not see, or refuse, the plan's own."""
    phases: dict[Phase, list[Change]] = {Phase.DROP: [], Phase.BUILD: [], Phase.LATE: [], Phase.FINAL: []}
    for c in changes:
        phases[c.phase].append(c)
    drops, builds, late = phases[Phase.DROP], phases[Phase.BUILD], phases[Phase.LATE]
    moves = [c for c in builds if _moves_extension(c)]
    if moves:  # (with the new schemas they move to)
        into = {oid for c in moves for oid in c.requires if oid.kind is Kind.SCHEMA}
        moves += [c for c in builds if c.id in into and c.action is Action.CREATE]
        first = {id(c) for c in moves}
        builds = [c for c in builds if id(c) not in first]
    trigger_drops, other_drops = _event_triggers(_sort(drops, reverse=True))
    trigger_builds, other_builds = _event_triggers(_sort(builds, reverse=False))
    return (tuple(trigger_drops) + tuple(_sort(moves, reverse=False)) + tuple(other_drops) + tuple(other_builds)
            + tuple(_sort(late, reverse=True)) + _final(phases[Phase.FINAL], other_builds) + tuple(trigger_builds))


def _final(final: list[Change], builds: list[Change]) -> tuple[Change, ...]:
    """The final builds in the order of the builds they follow up (what each requires): a
    materialized view is filled after those it reads, through views too, as they were made;
    those that follow up another final build (a filled view's new owner) after all the others."""
    if not final:
        return ()
    at = {c.id: i for i, c in enumerate(builds)}
    made = {oid for c in final for oid in c.provides}

    def key(c: Change) -> tuple[bool, int, tuple[object, ...]]:
        return (not made.isdisjoint(c.requires), max((at.get(r, -1) for r in c.requires), default=-1), c.sort_key)

    return tuple(sorted(final, key=key))


def _moves_extension(c: Change) -> bool:
    """An extension moved to another schema (``ALTER EXTENSION … SET SCHEMA``).  Moves run
    before the drop phase, after the schemas they move to are made: the plan reads the target as it
    will be once they are done (diff.relocation), so a DROP FUNCTION f(extensions.citext) of
    the drop phase already names the type where the move puts it."""
    return c.id.kind is Kind.EXTENSION and c.action is Action.ALTER


def _event_triggers(ordered: list[Change]) -> tuple[list[Change], list[Change]]:
    """``ordered`` split into the event triggers' changes (and those that need one: a comment
    on it) and the others, each in their own order.  The first are dropped before anything
    else and made after everything else, the late drops too (a collation or an extension
    dropped there must not meet a trigger that fires on, or refuses, DDL).  Moving them so is
    always safe: an event trigger needs only its function, and nothing but its own annotations
    needs it."""
    ids = {c.id for c in ordered if c.id.kind is Kind.EVENT_TRIGGER}
    if not ids:
        return [], ordered
    moved, kept = [], []
    for c in ordered:
        (moved if c.id in ids or not ids.isdisjoint(c.requires) else kept).append(c)
    return moved, kept


Holders = dict[ObjectId, "int | list[int]"]


def _holders(nodes: list[Change], field: str) -> Holders:
    """id → the index of the node whose ``field`` (provides, requires, removes) names it, or
    the list of them when there are several (most ids have one: an extract of 10,000 tables
    has 230,000, and a list for each was 18 MB of its peak); read with :func:`_held`."""
    index: Holders = {}
    for i, c in enumerate(nodes):
        for oid in getattr(c, field):
            if (at := index.get(oid)) is None:
                index[oid] = i
            elif type(at) is int:
                index[oid] = [at, i]
            else:
                at.append(i)  # type: ignore[union-attr]
    return index


def _held(at: int | list[int]) -> tuple[int, ...] | list[int]:
    return (at,) if type(at) is int else at  # type: ignore[return-value]


def _edges(nodes: list[Change], *, reverse: bool) -> list[list[int]]:
    """``after[i]``: the nodes that must run after node i (a node may be listed more than once:
    it is counted as often in its in-degree, so the order is the same)."""
    index = _holders(nodes, "removes" if reverse else "provides")
    after: list[list[int]] = [[] for _ in nodes]
    for j, c in enumerate(nodes):
        for oid in c.requires:
            if (at := index.get(oid)) is None:
                continue
            for i in _held(at):
                if i == j:
                    continue
                if reverse:
                    after[j].append(i)  # c (j) depends on what i removes: drop j first
                else:
                    after[i].append(j)
    return after


def _sort(nodes: list[Change], *, reverse: bool) -> list[Change]:
    while True:
        done = _sweep(nodes, reverse=reverse)
        if len(done) == len(nodes):
            return [nodes[i] for i in done]
        remaining = set(range(len(nodes))) - set(done)
        cycle = _find_cycle(_edges(nodes, reverse=reverse), remaining)
        splittable = sorted((nodes[i].sort_key, i) for i in cycle if nodes[i].split is not None)
        if not splittable:
            raise DependencyCycle([nodes[i].id for i in cycle])
        k = splittable[0][1]
        split = nodes[k].split_pair()
        assert split is not None
        nodes = nodes[:k] + list(split) + nodes[k + 1 :]


def _sweep(nodes: list[Change], *, reverse: bool) -> list[int]:
    """Kahn's topological sort that always takes the ready node first in ``sort_key`` order,
    done lazily: the nodes are visited in that order and one whose predecessors have all been
    taken is taken at once, so only the few that must wait (a dependency later in ``sort_key``
    order) cost a heap entry and waiter lists.  Returns the taken nodes' indexes; fewer than
    all when there is a cycle.

    A node's predecessors: for builds, the nodes that provide what it requires; for drops
    (``reverse``), the nodes that require what it removes (dependents are dropped first)."""
    # (sorted first: the keys are freed before the index is made, 20 MB less at the peak of
    # an extract of 10,000 tables)
    by_key = sorted(range(len(nodes)), key=[c.sort_key for c in nodes].__getitem__)
    index = _holders(nodes, "requires" if reverse else "provides")
    position = [0] * len(nodes)
    for p, i in enumerate(by_key):
        position[i] = p
    taken = bytearray(len(nodes))
    waiting = [0] * len(nodes)  # predecessors not taken yet, of the nodes that wait
    waiters: dict[int, list[int]] = {}
    heap: list[int] = []  # positions of waiting nodes that became ready
    out: list[int] = []

    def take(i: int) -> None:
        out.append(i)
        taken[i] = 1
        for w in waiters.pop(i, ()):
            waiting[w] -= 1
            if not waiting[w]:
                heapq.heappush(heap, position[w])

    for p, j in enumerate(by_key):
        while heap and heap[0] < p:
            take(by_key[heapq.heappop(heap)])
        count = 0
        for oid in nodes[j].removes if reverse else nodes[j].requires:
            if (at := index.get(oid)) is None:
                continue
            for i in (at,) if type(at) is int else at:  # (_held, inlined: the hot loop)
                if i != j and not taken[i]:
                    count += 1
                    waiters.setdefault(i, []).append(j)
        if count:
            waiting[j] = count
        else:
            take(j)
    while heap:
        take(by_key[heapq.heappop(heap)])
    return out


def _find_cycle(after: list[list[int]], remaining: set[int]) -> list[int]:
    """One cycle among the nodes left with unmet dependencies (iterative DFS)."""
    state: dict[int, int] = {}
    for start in sorted(remaining):
        if start in state:
            continue
        stack: list[tuple[int, list[int]]] = [(start, sorted(set(after[start]) & remaining))]
        path = [start]
        state[start] = 1
        while stack:
            node, succ = stack[-1]
            if not succ:
                stack.pop()
                path.pop()
                state[node] = 2
                continue
            nxt = succ.pop(0)
            if state.get(nxt) == 1:
                return path[path.index(nxt) :]
            if nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                stack.append((nxt, sorted(set(after[nxt]) & remaining)))
    return sorted(remaining)
