"""Unit tests of the orderer: dependency order, reverse order for drops, cycles."""

from __future__ import annotations

import pytest

from pgstrata.diff.changes import Change, alter, create, drop
from pgstrata.diff.order import DependencyCycle, order
from pgstrata.model import Kind, ObjectId


def oid(name: str, kind: Kind = Kind.TABLE) -> ObjectId:
    return ObjectId(kind, "s", name)


def names(changes: tuple[Change, ...]) -> list[str]:
    return [c.statements[0] for c in changes]


def test_creates_follow_dependencies_and_ties_are_stable() -> None:
    a, b, c = oid("a"), oid("b"), oid("c")
    changes = [
        create(c, ["c"], requires={b}),
        create(b, ["b"], requires={a}),
        create(a, ["a"]),
        create(oid("z"), ["z"]),
    ]
    assert names(order(changes)) == ["a", "b", "c", "z"]
    assert names(order(reversed(changes))) == ["a", "b", "c", "z"]


def test_a_dependency_later_in_sort_order_goes_first_and_the_rest_keeps_its_place() -> None:
    # "a" needs "y", which needs "z": both come first, then "b" (sort order), and "c" - which
    # needs "a" - right after the wait, not at the end.
    a, b, c, y, z = oid("a"), oid("b"), oid("c"), oid("y"), oid("z")
    changes = [create(a, ["a"], requires={y}), create(b, ["b"]), create(c, ["c"], requires={a}),
               create(y, ["y"], requires={z}), create(z, ["z"])]
    assert names(order(changes)) == ["b", "z", "y", "a", "c"]


def test_drops_of_dependents_later_in_sort_order_go_first() -> None:
    t, v, w = oid("a"), oid("v", Kind.VIEW), oid("w", Kind.VIEW)
    changes = [drop(t, ["drop a"]), drop(v, ["drop v"], requires={w}), drop(w, ["drop w"], requires={t})]
    assert names(order(changes)) == ["drop v", "drop w", "drop a"]


def test_drops_run_first_dependents_first() -> None:
    t, v = oid("t"), oid("v", Kind.VIEW)
    changes = [drop(t, ["drop t"]), drop(v, ["drop v"], requires={t}), create(oid("n"), ["create n"])]
    assert names(order(changes)) == ["drop v", "drop t", "create n"]


def test_circular_foreign_keys_need_no_split() -> None:
    t1, t2 = oid("t1"), oid("t2")
    fk1 = ObjectId(Kind.CONSTRAINT, "s", "fk1", "t1")
    fk2 = ObjectId(Kind.CONSTRAINT, "s", "fk2", "t2")
    changes = [
        create(fk1, ["fk1"], requires={t1, t2}, rank=15),
        create(fk2, ["fk2"], requires={t1, t2}, rank=15),
        create(t1, ["t1"], rank=10),
        create(t2, ["t2"], rank=10),
    ]
    assert names(order(changes)) == ["t1", "t2", "fk1", "fk2"]


def test_cycle_is_broken_by_a_split() -> None:
    t, f = oid("t"), oid("f()", Kind.FUNCTION)
    head = create(t, ["create t"])
    tail = alter(oid("t defaults", Kind.COLUMN), ["set default"], requires={t, f})
    changes = [create(t, ["create t with default"], requires={f}, split=(head, tail)),
               create(f, ["create f"], requires={t})]
    assert names(order(changes)) == ["create t", "create f", "set default"]


def test_unbreakable_cycle_names_its_objects() -> None:
    a, b = oid("a"), oid("b")
    with pytest.raises(DependencyCycle) as err:
        order([create(a, ["a"], requires={b}), create(b, ["b"], requires={a})])
    assert "table s.a" in str(err.value) and "table s.b" in str(err.value)


def test_final_builds_run_last_in_the_order_of_what_they_follow_up() -> None:
    # materialized views made WITH NO DATA are filled after everything else (late drops
    # included), "b" (reading "a" through view "v") after "a", whatever their names' order
    a, v, b = oid("b_first", Kind.MATERIALIZED_VIEW), oid("v", Kind.VIEW), oid("a_last", Kind.MATERIALIZED_VIEW)
    data = [alter(ObjectId(Kind.MATERIALIZED_VIEW, "s", m.name + " DATA"), ["refresh " + m.name],
                  requires={m}, late=True) for m in (b, a)]
    changes = [*data, create(b, ["b"], requires={v}), create(v, ["v"], requires={a}), create(a, ["a"]),
               drop(oid("old_type", Kind.ENUM), ["drop type"], late=True), create(oid("t"), ["t"])]
    assert names(order(changes)) == ["a", "t", "v", "b", "drop type", "refresh b_first", "refresh a_last"]


def test_what_several_changes_provide_waits_for_all_of_them() -> None:
    # an id held by more than one change (a table and the change that adds its column's
    # default both provide the column) is ready only once each of them ran, both ways round
    t, col, v = oid("t"), ObjectId(Kind.COLUMN, "s", "c", "t"), oid("v", Kind.VIEW)
    changes = [create(v, ["v"], requires={col}, rank=1),
               create(t, ["t"], provides={col}, rank=5),
               alter(oid("u"), ["u"], provides={col}, rank=6)]
    assert names(order(changes)) == ["t", "u", "v"]
    drops = [drop(t, ["drop t"], removes={col}), drop(oid("u"), ["drop u"], removes={col}),
             drop(v, ["drop v"], requires={col}), drop(oid("w", Kind.VIEW), ["drop w"], requires={col})]
    assert names(order(drops))[:2] == ["drop v", "drop w"]
