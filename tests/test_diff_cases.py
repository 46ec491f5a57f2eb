"""Diff round trip: compare(B, A) applied to A makes pg_dump(A) == pg_dump(B); then nothing is left.

Parametrised over every ``tests/diff_cases/<name>/{a.sql,b.sql}``, in both
directions, on each server (``-- min_version: N`` on the first line of a.sql or
b.sql skips older servers).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PgServer
from test_extract_cases import (
    assert_same_dump,
    dump,
    inspect,
    known_gap,
    min_version,
    owners_opt_in,
    psql,
    server_major,
)

from pgstrata.catalog import inspect_pair
from pgstrata.diff import compare
from pgstrata.plan import Plan

CASES = sorted(p for p in (Path(__file__).parent / "diff_cases").iterdir() if (p / "a.sql").exists())
PARAMS = [
    pytest.param(c, d, id=f"{c.name}-{d}", marks=[
        pytest.mark.xfail(strict=True, reason=f"known gap: {gap}")
    ] if (gap := known_gap(c, d)) else [])
    for c in CASES for d in ("forward", "backward")
]


def narrowed_compare(source: str, target: str, *, owners: bool = False) -> Plan:
    """The plan compare makes (models narrowed to what can change), checked against the plan
    of the full models: narrowing must never change a plan."""
    narrowed = compare(*inspect_pair((source, None, None), (target, None, None), include_owner=owners))
    full = compare(inspect(source, owners=owners), inspect(target, owners=owners))
    assert narrowed.to_sql() == full.to_sql(), (
        f"the narrowed plan differs from the full one\n--- full ---\n{full.to_sql()}"
        f"\n--- narrowed ---\n{narrowed.to_sql()}")
    return narrowed


@pytest.mark.parametrize(("case", "direction"), PARAMS)
def test_diff_round_trip(pg: PgServer, case: Path, direction: str) -> None:
    a_sql, b_sql = case / "a.sql", case / "b.sql"
    if direction == "backward":
        a_sql, b_sql = b_sql, a_sql
    need = max(min_version(a_sql), min_version(b_sql))
    if need > server_major(pg):
        pytest.skip(f"needs PostgreSQL {need}")
    a, b = pg.create_database("da"), pg.create_database("db")
    try:
        url_a, url_b = pg.url(a), pg.url(b)
        psql(pg, url_a, file=a_sql)
        psql(pg, url_b, file=b_sql)
        owners = owners_opt_in(a_sql, b_sql)
        plan = narrowed_compare(url_b, url_a, owners=owners)
        script = plan.to_sql()
        try:
            psql(pg, url_a, sql=script)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n--- plan ---\n{script}") from None
        assert_same_dump(dump(pg, url_a), dump(pg, url_b), script)
        # the full models decide convergence (narrowing was checked against them above)
        again = compare(inspect(url_b, owners=owners), inspect(url_a, owners=owners))
        assert again.empty, f"not converged; second plan:\n{again.to_sql()}"
    finally:
        pg.drop_database(a)
        pg.drop_database(b)


_OWNED_ELSEWHERE = """
DO $$ BEGIN CREATE ROLE app_owner NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.notes (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text);
CREATE FUNCTION public.note_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM public.notes';
ALTER TABLE public.notes OWNER TO app_owner;
ALTER FUNCTION public.note_count() OWNER TO app_owner;
GRANT ALL ON TABLE public.notes TO CURRENT_USER;
GRANT ALL ON SEQUENCE public.notes_id_seq TO CURRENT_USER;
GRANT UPDATE (body) ON public.notes TO CURRENT_USER;
GRANT SELECT ON TABLE public.notes TO PUBLIC;
"""
_OWNED_HERE = """
CREATE TABLE public.notes (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text);
CREATE FUNCTION public.note_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM public.notes';
GRANT SELECT ON TABLE public.notes TO PUBLIC;
"""


@pytest.mark.parametrize("owned_elsewhere_is_source", [True, False])
def test_grant_to_the_other_sides_owner_is_held(pg: PgServer, owned_elsewhere_is_source: bool) -> None:
    """Owners not compared: an object owned by another role that grants the inspecting role
    everything (supabase_admin's objects granting postgres) equals the same object owned by
    that role — a GRANT to the owner is a no-op, so planning it never converged; revoking it
    would take privileges from a role that is not the owner.  Other grants still count, and
    with owners compared the plan changes the owner and converges."""
    a, b = pg.create_database("oa"), pg.create_database("ob")
    try:
        url_a, url_b = pg.url(a), pg.url(b)
        source, target = (url_a, url_b) if owned_elsewhere_is_source else (url_b, url_a)
        psql(pg, url_a, sql=_OWNED_ELSEWHERE)
        psql(pg, url_b, sql=_OWNED_HERE)
        first = narrowed_compare(source, target)
        assert first.empty, first.to_sql()
        psql(pg, url_b, sql="REVOKE SELECT ON TABLE public.notes FROM PUBLIC;")
        plan = narrowed_compare(source, target)
        assert plan.statements and all("PUBLIC" in s.sql for s in plan.statements), plan.to_sql()
        psql(pg, url_b, sql="GRANT SELECT ON TABLE public.notes TO PUBLIC;")
        owned = narrowed_compare(source, target, owners=True)
        psql(pg, target, sql=owned.to_sql())
        assert_same_dump(dump(pg, target), dump(pg, source), owned.to_sql())
        assert narrowed_compare(source, target, owners=True).empty
    finally:
        pg.drop_database(a)
        pg.drop_database(b)


_OWNED_BY_A_ROLE_NOT_SET = """
DO $$ BEGIN CREATE ROLE ow_deployer LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE ow_reporting NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT ow_reporting TO ow_deployer WITH INHERIT TRUE, SET FALSE;
GRANT CREATE ON SCHEMA public TO ow_deployer;
CREATE TABLE public.orders (id bigint PRIMARY KEY, amount {amount});
ALTER TABLE public.orders OWNER TO ow_deployer;
CREATE VIEW public.order_totals AS SELECT sum(amount) AS total FROM public.orders;
ALTER VIEW public.order_totals OWNER TO ow_reporting;
"""


def test_a_view_made_again_stays_with_its_owner_or_the_plan_says_why(pg: PgServer) -> None:
    """Owners not compared: a view dropped and made again (its column's type changes) goes
    back to its owner when the role applying the plan may give it (here: a superuser); a role
    that may drop it (it has the owner's privileges) but not SET ROLE to the owner
    (PostgreSQL 16+: WITH SET FALSE) cannot, and the plan's warnings say the view changes
    hands."""
    if server_major(pg) < 16:
        pytest.skip("needs PostgreSQL 16 (GRANT … WITH SET FALSE)")
    with pg.databases("os", "ot") as (source, target):
        psql(pg, source, sql=_OWNED_BY_A_ROLE_NOT_SET.format(amount="bigint"))
        psql(pg, target, sql=_OWNED_BY_A_ROLE_NOT_SET.format(amount="integer"))
        plan = narrowed_compare(source, target)
        assert "ALTER VIEW public.order_totals OWNER TO ow_reporting" in plan.to_sql()
        assert plan.warnings == ()
        deployer = target.replace("postgres@", "ow_deployer@", 1)
        plan = narrowed_compare(source, deployer)
        assert "OWNER TO" not in plan.to_sql()
        assert plan.warnings == (
            "view public.order_totals is made again and will belong to ow_deployer, not ow_reporting: "
            "the inspecting role cannot give objects to ow_reporting",)
        psql(pg, deployer, sql=plan.to_sql())  # (the deployer can apply it)
        assert narrowed_compare(source, deployer).empty


def test_what_only_the_target_has_and_cannot_be_made_is_reported(pg: PgServer) -> None:
    """A plan never drops what it cannot reproduce, so the difference it leaves is named."""
    with pg.databases("us", "ut") as (source, target):
        psql(pg, target, sql="CREATE OPERATOR FAMILY public.latin_ops USING btree;")
        plan = narrowed_compare(source, target)
        assert plan.empty
        assert plan.warnings == (
            "unsupported, kept as it is in the target: operator family latin_ops USING btree in schema public",)
        back = narrowed_compare(target, source)
        assert back.warnings == ("unsupported: operator family latin_ops USING btree in schema public",)


_PARENT_NOT_NULL = """
CREATE TABLE public.contacts (id int NOT NULL, email text NOT NULL);
CREATE TABLE public.vip_contacts (tier int) INHERITS (public.contacts);
CREATE TABLE public.visits (id int NOT NULL, at date NOT NULL, page text NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.visits_2026 PARTITION OF public.visits FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.visits_2027 PARTITION OF public.visits FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
"""
_CHILDREN_KEEP_NOT_NULL = """
CREATE TABLE public.contacts (id int NOT NULL, email text);
CREATE TABLE public.vip_contacts (tier int) INHERITS (public.contacts);
ALTER TABLE public.vip_contacts ALTER COLUMN email SET NOT NULL;
CREATE TABLE public.visits (id int NOT NULL, at date NOT NULL, page text) PARTITION BY RANGE (at);
CREATE TABLE public.visits_2026 PARTITION OF public.visits FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE public.visits_2026 ALTER COLUMN page SET NOT NULL;
CREATE TABLE public.visits_2027 PARTITION OF public.visits FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
"""


@pytest.mark.parametrize("forward", [True, False], ids=["forward", "backward"])
def test_children_keep_not_null_their_parent_drops(pg: PgServer, forward: bool) -> None:
    """A parent's DROP NOT NULL clears its children's too (before 18 always, on 18 an inherited
    one): those that keep theirs get it back after."""
    before, after = (_PARENT_NOT_NULL, _CHILDREN_KEEP_NOT_NULL) if forward else (
        _CHILDREN_KEEP_NOT_NULL, _PARENT_NOT_NULL)
    with pg.databases("na", "nb") as (a, b):
        psql(pg, a, sql=before)
        psql(pg, b, sql=after)
        plan = narrowed_compare(b, a)
        psql(pg, a, sql=plan.to_sql())
        assert_same_dump(dump(pg, a), dump(pg, b), plan.to_sql())
        assert narrowed_compare(b, a).empty
