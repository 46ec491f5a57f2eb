"""Narrowed compare: on a schema of many tables where few change, the models leave the others
out — and the plan is still the full plan, applied it gives B's pg_dump.

Each change below reaches tables that did not change themselves (a foreign key onto a key
that is rebuilt, a trigger calling a function that is replaced, a column of an enum that
loses a value, a partition of a changed parent); those must be kept, the rest left out.
"""

from __future__ import annotations

import pytest
from conftest import PgServer
from test_diff_cases import narrowed_compare
from test_extract_cases import assert_same_dump, dump, psql

from pgstrata.catalog import inspect_pair

FILLER = 30  # unchanged tables referencing the hub, never needed by the plan

COMMON = """
CREATE TABLE tenants (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE products (id integer PRIMARY KEY, tenant_id bigint REFERENCES tenants);
CREATE TABLE order_items (id bigserial PRIMARY KEY, product_id integer REFERENCES products (id),
                          qty integer CHECK (qty > 0));
CREATE TABLE audit (id bigserial PRIMARY KEY, at timestamptz DEFAULT now());
CREATE TABLE events (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE invoices (id bigserial PRIMARY KEY, customer_id bigint REFERENCES customers);
CREATE TABLE logins (id bigserial PRIMARY KEY, email text REFERENCES accounts (email));
CREATE VIEW product_count AS SELECT tenant_id, count(*) AS n FROM products GROUP BY tenant_id;
""" + "".join(
    f"CREATE TABLE filler_{i} (id bigserial PRIMARY KEY, tenant_id bigint REFERENCES tenants, "
    f"note text);\nCOMMENT ON TABLE filler_{i} IS 'filler {i}';\n"
    for i in range(FILLER)
)

BEFORE = """
CREATE TABLE customers (id bigint PRIMARY KEY, name text);
CREATE TABLE accounts (id bigint PRIMARY KEY, email text);
CREATE UNIQUE INDEX accounts_email ON accounts (email);
"""
# a column in the middle rebuilds customers; a new fillfactor rebuilds the unique index: the
# foreign keys of invoices and logins, which do not change, must be dropped and made again
AFTER = """
CREATE TABLE customers (id bigint PRIMARY KEY, email text, name text);
CREATE TABLE accounts (id bigint PRIMARY KEY, email text);
CREATE UNIQUE INDEX accounts_email ON accounts (email) WITH (fillfactor = 70);
"""

A = BEFORE + COMMON + """
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE tickets (id bigserial PRIMARY KEY, mood mood);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER audit_touch BEFORE UPDATE ON audit FOR EACH ROW EXECUTE FUNCTION touch();
"""

B = AFTER + COMMON.replace("products (id integer PRIMARY KEY", "products (id integer PRIMARY KEY, sku text") \
    .replace("PARTITION BY RANGE (at);", "PARTITION BY RANGE (at);\nALTER TABLE events ADD COLUMN kind text;") + """
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE tickets (id bigserial PRIMARY KEY, mood mood);
CREATE FUNCTION touch(extra integer) RETURNS integer LANGUAGE sql AS $$ SELECT extra $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.at = now(); RETURN NEW; END $$;
CREATE TRIGGER audit_touch BEFORE UPDATE ON audit FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE tenants ADD COLUMN plan text;  -- the hub grows: its 30 referrers stay out
ALTER TABLE products ALTER COLUMN id TYPE bigint;
ALTER TABLE order_items ALTER COLUMN product_id TYPE bigint;
"""


@pytest.mark.parametrize("direction", ["forward", "backward"])
def test_narrowed_compare_keeps_what_changes_reach_and_leaves_the_rest(
    pg: PgServer, direction: str
) -> None:
    target_sql, source_sql = (A, B) if direction == "forward" else (B, A)
    a, b = pg.create_database("na"), pg.create_database("nb")
    try:
        url_a, url_b = pg.url(a), pg.url(b)
        psql(pg, url_a, sql=target_sql)
        psql(pg, url_b, sql=source_sql)
        source, target = inspect_pair((url_b, None, None), (url_a, None, None))
        kept = {t.name for t in source.tables} | {t.name for t in target.tables}
        assert {"products", "order_items", "events", "events_2025", "tickets", "audit",
                "customers", "invoices", "accounts", "logins", "tenants"} <= kept
        assert not {f"filler_{i}" for i in range(FILLER)} & kept, "unchanged tables were kept"
        plan = narrowed_compare(url_b, url_a)  # asserts it equals the full plan
        script = plan.to_sql()
        psql(pg, url_a, sql=script)
        assert_same_dump(dump(pg, url_a), dump(pg, url_b), script)
        assert narrowed_compare(url_b, url_a).empty
    finally:
        pg.drop_database(a)
        pg.drop_database(b)
