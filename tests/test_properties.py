"""Property tests: random schemas round-trip through extract, and random mutations
of them through compare, with pg_dump as the judge (DESIGN §7)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from conftest import PgServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_diff_cases import narrowed_compare
from test_extract_cases import assert_same_dump, dump, inspect, psql

from pgstrata.extract import extract_sql
from pgstrata.quoting import ident

NAMES = ["users", "orders", "Items", "line items", "select", "événements", "a_b", "t1", "x"]
TYPES = ["integer", "bigint", "text", "varchar(40)", "numeric(10,2)", "boolean", "timestamptz",
         "jsonb", "uuid", "text[]", "date"]
DEFAULTS = {"integer": "0", "bigint": "1", "text": "''", "boolean": "false",
            "timestamptz": "now()", "jsonb": "'{}'::jsonb", "uuid": "gen_random_uuid()"}


@dataclass(frozen=True)
class Col:
    name: str
    type: str
    not_null: bool
    default: bool


@dataclass(frozen=True)
class Tab:
    name: str
    cols: tuple[Col, ...]
    fk_to: int | None  # index of an earlier table
    index_on: int | None
    view: bool
    comment: bool


@st.composite
def columns(draw: st.DrawFn) -> tuple[Col, ...]:
    names = draw(st.lists(st.sampled_from(["name", "Price", "created at", "data", "n", "tags",
                                          "order", "qty", "ok"]), min_size=1, max_size=5,
                          unique=True))
    return tuple(Col(n, draw(st.sampled_from(TYPES)), draw(st.booleans()), draw(st.booleans()))
                 for n in names)


@st.composite
def schemas(draw: st.DrawFn) -> tuple[Tab, ...]:
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True))
    tables = []
    for i, name in enumerate(names):
        cols = draw(columns())
        tables.append(Tab(
            name, cols,
            fk_to=draw(st.one_of(st.none(), st.integers(0, i - 1))) if i else None,
            index_on=draw(st.one_of(st.none(), st.integers(0, len(cols) - 1))),
            view=draw(st.booleans()), comment=draw(st.booleans()),
        ))
    return tuple(tables)


def render(tables: tuple[Tab, ...]) -> str:
    out = []
    for t in tables:
        lines = ["id bigint generated always as identity primary key"]
        for c in t.cols:
            line = f"{ident(c.name)} {c.type}"
            if c.default and c.type in DEFAULTS:
                line += f" default {DEFAULTS[c.type]}"
            if c.not_null:
                line += " not null"
            lines.append(line)
        if t.fk_to is not None:
            lines.append(f"parent_id bigint references {ident(tables[t.fk_to].name)} on delete cascade")
        out.append(f"create table {ident(t.name)} (\n  " + ",\n  ".join(lines) + "\n);")
        if t.index_on is not None:
            col = t.cols[t.index_on]
            out.append(f"create index on {ident(t.name)} ({ident(col.name)});")
        if t.view:
            cols = ", ".join(ident(c.name) for c in t.cols)
            out.append(f"create view {ident(t.name + ' view')} as select id, {cols} "
                       f"from {ident(t.name)} where id > 0;")
        if t.comment:
            out.append(f"comment on table {ident(t.name)} is 'the {t.name} table';")
    out.append("create function total_rows() returns bigint language sql stable as "
               f"$$ select count(*) from {ident(tables[0].name)} $$;")
    return "\n".join(out) + "\n"


@st.composite
def mutated(draw: st.DrawFn) -> tuple[tuple[Tab, ...], tuple[Tab, ...]]:
    a = draw(schemas())
    b = list(a)
    i = draw(st.integers(0, len(b) - 1))
    t = b[i]
    action = draw(st.sampled_from(["add_col", "drop_col", "retype", "index", "view", "comment",
                                   "nullability"]))
    cols = list(t.cols)
    if action == "add_col":
        cols.append(Col("added column", draw(st.sampled_from(TYPES)), False, draw(st.booleans())))
    elif action == "drop_col" and len(cols) > 1:
        cols.pop(draw(st.integers(0, len(cols) - 1)))
    elif action == "retype":
        j = draw(st.integers(0, len(cols) - 1))
        new_type = {"integer": "bigint", "varchar(40)": "text", "text": "varchar(200)"}.get(
            cols[j].type, cols[j].type)
        cols[j] = replace(cols[j], type=new_type, default=False)
    elif action == "nullability":
        j = draw(st.integers(0, len(cols) - 1))
        cols[j] = replace(cols[j], not_null=not cols[j].not_null, default=True)
    index_on = t.index_on
    if index_on is not None and index_on >= len(cols):
        index_on = None
    if action == "index":
        index_on = None if t.index_on is not None else 0
    b[i] = replace(t, cols=tuple(cols), index_on=index_on,
                   view=(not t.view) if action == "view" else t.view,
                   comment=(not t.comment) if action == "comment" else t.comment)
    return a, tuple(b)


SETTINGS = settings(max_examples=12, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@SETTINGS
@given(tables=schemas())
def test_random_schema_round_trips_through_extract(pg18: PgServer, tables: tuple[Tab, ...]) -> None:
    a, b = pg18.create_database("pa"), pg18.create_database("pb")
    try:
        psql(pg18, pg18.url(a), sql=render(tables))
        script = extract_sql(inspect(pg18.url(a)))
        psql(pg18, pg18.url(b), sql=script)
        assert_same_dump(dump(pg18, pg18.url(b)), dump(pg18, pg18.url(a)), script)
    finally:
        pg18.drop_database(a)
        pg18.drop_database(b)


@SETTINGS
@given(pair=mutated())
def test_random_mutation_round_trips_through_compare(
    pg18: PgServer, pair: tuple[tuple[Tab, ...], tuple[Tab, ...]]
) -> None:
    for source, target in (pair, pair[::-1]):
        a, b = pg18.create_database("ma"), pg18.create_database("mb")
        try:
            psql(pg18, pg18.url(a), sql=render(target))
            psql(pg18, pg18.url(b), sql=render(source))
            plan = narrowed_compare(pg18.url(b), pg18.url(a))
            script = plan.to_sql()
            if script:
                psql(pg18, pg18.url(a), sql=script)
            assert_same_dump(dump(pg18, pg18.url(a)), dump(pg18, pg18.url(b)), script)
            assert narrowed_compare(pg18.url(b), pg18.url(a)).empty, "does not converge"
        finally:
            pg18.drop_database(a)
            pg18.drop_database(b)
