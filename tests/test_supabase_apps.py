"""Whole Supabase apps, the way real projects write them, under the pg_dump oracle.

Each ``tests/supabase_apps/<app>/`` holds an app's migration history (``NNN_*.sql``, applied in
name order on top of the Supabase basics, as ``supabase db reset`` would).  For each app, on
each server:

* extract: the whole database's extract loads onto a fresh project (basics only) and pg_dump
  of both is the same; extracting again gives the same script;
* compare, both directions: a fresh project → the app (what ``sync`` does to a new
  environment) and the app → a fresh project; the plan applied makes pg_dump equal, and a
  second compare finds nothing;
* the history's steps: the app after its first k migrations against the whole app, both
  ways (a new migration's diff, and rolling it back).

These catch what single-object cases miss: the platform's default privileges granting to
``anon``/``authenticated`` on everything the plan creates, the ``supabase_realtime``
publication every project already has, grants on identity sequences of dropped tables.
The first file's first line may say ``-- min_version: N``; ``-- requires_extension: x``
among its header lines skips servers without that extension.  An extension pgstrata has a
stand-in for (``pgstrata/supabase/standins``) needs PostgreSQL 18: the app's projects, with and
without it, are then made with the stand-ins enabled (as ``pgstrata``'s own local projects are).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from conftest import PgServer
from test_diff_cases import narrowed_compare
from test_extract_cases import assert_same_dump, dump, inspect, min_version, psql, server_major

from pgstrata.diff import compare
from pgstrata.extract import extract_sql
from pgstrata.supabase.basics import apply_basics
from pgstrata.supabase.standins import enable_standins, standin_names, supports_standins

APPS = sorted(p for p in (Path(__file__).parent / "supabase_apps").iterdir() if p.is_dir())
_EXTENSION = re.compile(r"^--\s*requires_extension:\s*(.+)$", re.MULTILINE)


def _migrations(app: Path) -> list[Path]:
    return sorted(app.glob("*.sql"))


def _needed_extensions(app: Path) -> list[str]:
    header = _migrations(app)[0].read_text().split("\n\n", 1)[0]
    return [name.strip() for m in _EXTENSION.finditer(header) for name in m.group(1).split(",")]


def _uses_standins(app: Path) -> bool:
    return any(name in standin_names() for name in _needed_extensions(app))


def _skip_unless_supported(pg: PgServer, app: Path) -> None:
    first = _migrations(app)[0]
    if min_version(first) > server_major(pg):
        pytest.skip(f"needs PostgreSQL {min_version(first)}")
    with psycopg.connect(pg.url()) as conn:
        for name in _needed_extensions(app):
            if name in standin_names():
                if not supports_standins(conn):
                    pytest.skip(f"the stand-in for {name} needs PostgreSQL 18")
            elif conn.execute("SELECT FROM pg_available_extensions WHERE name = %s", (name,)).fetchone() is None:
                pytest.skip(f"extension {name} is not available on {pg.name}")


def _project(pg: PgServer, app: Path | None, made: list[str], *, upto: int | None = None,
             standins: bool = False) -> str:
    """A new database with the Supabase basics (after the stand-ins, when asked) and, when
    given, the app's migrations (the first ``upto`` of them, or all): its URL."""
    name = pg.create_database("app")
    made.append(name)
    url = pg.url(name)
    with psycopg.connect(url) as conn:
        if standins:
            enable_standins(conn)
        apply_basics(conn)
        conn.commit()
    for migration in _migrations(app)[:upto] if app is not None else []:
        psql(pg, url, file=migration)
    return url


@pytest.fixture
def projects(pg: PgServer) -> Iterator[list[str]]:
    """The databases a test made; dropped afterwards."""
    made: list[str] = []
    yield made
    for name in made:
        pg.drop_database(name)


@pytest.mark.parametrize("app", APPS, ids=[a.name for a in APPS])
def test_app_extract_loads_onto_a_fresh_project(pg: PgServer, projects: list[str], app: Path) -> None:
    _skip_unless_supported(pg, app)
    standins = _uses_standins(app)
    source, fresh = _project(pg, app, projects, standins=standins), _project(pg, None, projects, standins=standins)
    script = extract_sql(inspect(source))
    psql(pg, fresh, sql=script)
    assert_same_dump(dump(pg, fresh), dump(pg, source), script)
    assert extract_sql(inspect(fresh)) == script, "extract does not converge"


@pytest.mark.parametrize("direction", ["create", "remove"])
@pytest.mark.parametrize("app", APPS, ids=[a.name for a in APPS])
def test_app_compare_round_trip(pg: PgServer, projects: list[str], app: Path, direction: str) -> None:
    _skip_unless_supported(pg, app)
    standins = _uses_standins(app)
    with_app, without = _project(pg, app, projects, standins=standins), _project(pg, None, projects, standins=standins)
    source, target = (with_app, without) if direction == "create" else (without, with_app)
    script = narrowed_compare(source, target).to_sql()
    psql(pg, target, sql=script)
    assert_same_dump(dump(pg, target), dump(pg, source), script)
    again = compare(inspect(source), inspect(target))  # narrowing was checked on the first plan
    assert again.empty, f"not converged; second plan:\n{again.to_sql()}"


def _steps() -> list[object]:
    return [pytest.param(app, k, id=f"{app.name}-after-{k}")
            for app in APPS for k in range(1, len(_migrations(app)))]


@pytest.mark.parametrize("direction", ["forward", "backward"])
@pytest.mark.parametrize(("app", "k"), _steps())
def test_app_history_step(pg: PgServer, projects: list[str], app: Path, k: int, direction: str) -> None:
    _skip_unless_supported(pg, app)
    standins = _uses_standins(app)
    partial = _project(pg, app, projects, upto=k, standins=standins)
    whole = _project(pg, app, projects, standins=standins)
    source, target = (whole, partial) if direction == "forward" else (partial, whole)
    script = narrowed_compare(source, target).to_sql()
    psql(pg, target, sql=script)
    assert_same_dump(dump(pg, target), dump(pg, source), script)
    assert compare(inspect(source), inspect(target)).empty, "not converged"
