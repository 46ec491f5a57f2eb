"""Deterministic generator of a realistic multi-tenant SaaS schema for the benchmarks.

``python bench/gen_schema.py 2000 -o base.sql`` writes the DDL of 2,000 tables in ``public``:
each table has 5–12 columns (uuid or bigint identity primary key, ``tenant_id`` → ``tenants``,
FKs to earlier tables, timestamptz defaults, jsonb, text with checks, arrays), 1–3 indexes
(composite, partial, unique on expressions, GIN), table and column comments. Every group of 20
tables adds an enum, a view, a plpgsql ``updated_at`` function and its trigger, row level
security with a policy, and grants to ``anon`` / ``authenticated`` (created when missing).

``--mutate PCT`` writes the same schema with about PCT % of the tables changed (columns added,
dropped or retyped, indexes added, tables dropped or added, policies and checks changed): the
other side of the compare benchmark. The same ``--seed`` gives byte-identical output.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pgstrata.quoting import ident, literal, qualified

SCHEMA = "public"
GROUP = 20
ROLES = ("anon", "authenticated")
NOUNS = (
    "accounts", "projects", "invoices", "invoice_items", "subscriptions", "payments", "orders",
    "order_items", "products", "customers", "contacts", "tickets", "comments", "attachments",
    "events", "notifications", "webhooks", "api_keys", "audit_logs", "teams", "memberships",
    "documents", "tasks", "milestones", "labels", "coupons", "plans", "usage_records", "sessions",
    "messages", "channels", "integrations", "reports", "dashboards", "forms", "responses",
    "assets", "locations", "shipments", "refunds",
)
STATUS_LABELS = ("draft", "pending", "active", "suspended", "archived", "deleted")
ON_DELETE = ("CASCADE", "SET NULL", "RESTRICT", "NO ACTION")


@dataclass(slots=True)
class Column:
    name: str
    type: str  # SQL type text; for enums the type's name (quoted when rendered)
    not_null: bool = False
    default: str | None = None  # SQL expression
    check: str | None = None  # a key of _CHECKS
    enum: bool = False
    comment: str | None = None


@dataclass(slots=True)
class ForeignKey:
    column: str
    table: str
    on_delete: str


@dataclass(slots=True)
class Index:
    name: str
    keys: list[str]  # column names (rendered by _index_key)
    unique: bool = False
    method: str = "btree"
    where: str | None = None  # a key of _PREDICATES
    lower: frozenset[str] = frozenset()  # key columns wrapped in lower()
    descending: frozenset[str] = frozenset()


@dataclass(slots=True)
class Policy:
    name: str
    command: str  # ALL, SELECT, …
    roles: tuple[str, ...]
    using: str  # a key of _POLICY_EXPRS
    with_check: bool


@dataclass(slots=True)
class Table:
    name: str
    group: int
    columns: list[Column]
    fks: list[ForeignKey] = field(default_factory=list)
    indexes: list[Index] = field(default_factory=list)
    table_check: str | None = None  # a key of _TABLE_CHECKS
    comment: str = ""
    policy: Policy | None = None
    trigger: bool = False
    grants: bool = False

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


@dataclass(slots=True)
class Group:
    number: int
    enum_name: str
    enum_labels: list[str]
    function_name: str
    view_name: str
    view_table: str  # the table the view reads


@dataclass(slots=True)
class Schema:
    tables: list[Table]
    groups: list[Group]

    def by_name(self) -> dict[str, Table]:
        return {t.name: t for t in self.tables}


# -- column, check and predicate vocabulary ------------------------------------------------

_CHECKS = {
    "name_length": lambda c: f"char_length({c}) BETWEEN 1 AND 200",
    "email_format": lambda c: f"{c} ~* '^[^@[:space:]]+@[^@[:space:]]+$'",
    "non_negative": lambda c: f"{c} >= 0",
    "positive": lambda c: f"{c} > 0",
    "currency_code": lambda c: f"{c} ~ '^[A-Z]{{3}}$'",
    "priority_range": lambda c: f"{c} BETWEEN 0 AND 5",
    "status_values": lambda c: f"{c} = ANY (ARRAY['open', 'closed', 'pending'])",
    "slug_format": lambda c: f"{c} ~ '^[a-z0-9-]+$'",
    "url_scheme": lambda c: f"{c} ~ '^https?://'",
    "score_range": lambda c: f"{c} BETWEEN 0 AND 100",
}

# name, type, not null, default, check
_OPTIONAL_COLUMNS: tuple[tuple[str, str, bool, str | None, str | None], ...] = (
    ("title", "text", False, None, None),
    ("description", "text", False, None, None),
    ("email", "text", False, None, "email_format"),
    ("amount", "numeric(12,2)", True, "0", "non_negative"),
    ("quantity", "integer", True, "1", "positive"),
    ("currency", "character(3)", True, "'USD'::bpchar", "currency_code"),
    ("metadata", "jsonb", True, "'{}'::jsonb", None),
    ("settings", "jsonb", False, None, None),
    ("tags", "text[]", True, "'{}'::text[]", None),
    ("is_active", "boolean", True, "true", None),
    ("position", "integer", False, None, None),
    ("external_id", "character varying(64)", False, None, None),
    ("due_date", "date", False, None, None),
    ("starts_at", "timestamp with time zone", False, None, None),
    ("ends_at", "timestamp with time zone", False, None, None),
    ("deleted_at", "timestamp with time zone", False, None, None),
    ("priority", "smallint", True, "0", "priority_range"),
    ("score", "double precision", False, None, "score_range"),
    ("url", "text", False, None, "url_scheme"),
    ("ip_address", "inet", False, None, None),
    ("version", "bigint", True, "1", None),
    ("state", "text", True, "'open'::text", "status_values"),
    ("slug", "text", False, None, "slug_format"),
)

_TABLE_CHECKS = {
    "period": lambda: f"{ident('ends_at')} > {ident('starts_at')}",
}

_PREDICATES = {
    "not_deleted": lambda: f"{ident('deleted_at')} IS NULL",
    "active": lambda: f"{ident('is_active')}",
    "has_external_id": lambda: f"{ident('external_id')} IS NOT NULL",
}

_POLICY_EXPRS = {
    "tenant": lambda: f"({ident('tenant_id')} = (current_setting('app.tenant_id'::text, true))::uuid)",
    "tenant_or_admin": lambda: (
        f"(({ident('tenant_id')} = (current_setting('app.tenant_id'::text, true))::uuid) "
        "OR (current_setting('app.role'::text, true) = 'admin'::text))"
    ),
}

_TYPE_WIDENING = {
    "integer": "bigint",
    "smallint": "integer",
    "numeric(12,2)": "numeric(16,4)",
    "character varying(64)": "character varying(255)",
    "text": "character varying(500)",
    "date": "timestamp with time zone",
    "double precision": "numeric",
}


# -- building the model ----------------------------------------------------------------------


def _tenants() -> Table:
    columns = [
        Column("id", "uuid", True, "gen_random_uuid()"),
        Column("name", "text", True, None, "name_length", comment="Display name of the tenant."),
        Column("slug", "text", True, None, "slug_format"),
        Column("plan", "text", True, "'free'::text"),
        Column("metadata", "jsonb", True, "'{}'::jsonb"),
        Column("created_at", "timestamp with time zone", True, "now()"),
        Column("updated_at", "timestamp with time zone", True, "now()"),
    ]
    return Table(
        "tenants", -1, columns,
        indexes=[Index("tenants_slug_key", ["slug"], unique=True)],
        comment="One customer organisation; every other table is scoped to a tenant.",
    )


def _pk_column(rng: random.Random) -> Column:
    if rng.random() < 0.6:
        return Column("id", "uuid", True, "gen_random_uuid()")
    return Column("id", "bigint", True, "identity")


def _singular(table: str) -> str:
    noun = table.rsplit("_", 1)[0]
    return noun[:-1] if noun.endswith("s") else noun


def _new_table(
    rng: random.Random, name: str, group: Group | None, earlier: list[Table], number: int
) -> Table:
    group_no = group.number if group else -1
    columns = [_pk_column(rng), Column("tenant_id", "uuid", True)]
    fks = [ForeignKey("tenant_id", "tenants", "CASCADE")]
    candidates = [t for t in earlier[-150:] if t.name != "tenants"]
    for ref in rng.sample(candidates, k=min(len(candidates), rng.choice((0, 1, 1, 2)))):
        column = f"{_singular(ref.name)}_id"
        if any(c.name == column for c in columns):
            continue
        on_delete = rng.choice(ON_DELETE)
        ref_pk = ref.columns[0]
        columns.append(Column(column, "bigint" if ref_pk.type == "bigint" else "uuid",
                              on_delete != "SET NULL" and rng.random() < 0.5))
        fks.append(ForeignKey(column, ref.name, on_delete))
    columns.append(Column("name", "text", True, None, "name_length"))
    if group is not None and rng.random() < 0.5:
        columns.append(Column("status", group.enum_name, True,
                              literal("draft") + "::" + _q(group.enum_name), enum=True))
    total = rng.randint(5, 12)
    room = max(0, total - len(columns) - 2)  # created_at / updated_at come last
    for spec in rng.sample(_OPTIONAL_COLUMNS, k=min(room, len(_OPTIONAL_COLUMNS))):
        columns.append(Column(*spec))
    columns.append(Column("created_at", "timestamp with time zone", True, "now()"))
    if len(columns) < total or rng.random() < 0.7:
        columns.append(Column("updated_at", "timestamp with time zone", True, "now()"))
    table = Table(name, group_no, columns, fks)
    table.comment = f"{name.replace('_', ' ').capitalize()}: generated for the pgstrata benchmark."
    for column in rng.sample(columns[2:], k=min(len(columns) - 2, rng.randint(0, 2))):
        column.comment = f"The {column.name.replace('_', ' ')} of the row."
    if table.column("starts_at") and table.column("ends_at"):
        table.table_check = "period"
    table.indexes = _indexes(rng, table)
    return table


def _indexes(rng: random.Random, table: Table) -> list[Index]:
    options: list[Index] = [Index("", ["tenant_id", "created_at"], descending=frozenset({"created_at"}))]
    for fk in table.fks[1:]:
        options.append(Index("", [fk.column]))
    if table.column("status"):
        options.append(Index("", ["tenant_id", "status"]))
    if table.column("deleted_at"):
        options.append(Index("", ["tenant_id"], where="not_deleted"))
    if table.column("is_active"):
        options.append(Index("", ["tenant_id", "name"], where="active"))
    if table.column("email"):
        options.append(Index("", ["tenant_id", "email"], unique=True, lower=frozenset({"email"})))
    if table.column("external_id"):
        options.append(Index("", ["tenant_id", "external_id"], unique=True, where="has_external_id"))
    if table.column("metadata"):
        options.append(Index("", ["metadata"], method="gin"))
    chosen = [options[0], *rng.sample(options[1:], k=min(len(options) - 1, rng.randint(0, 2)))]
    for n, index in enumerate(chosen, start=1):
        index.name = f"{table.name}_ix{n}"
    return chosen


def build(n_tables: int, seed: int) -> Schema:
    """The base schema: ``tenants`` plus ``n_tables - 1`` tables in groups of 20."""
    rng = random.Random(seed)
    tables = [_tenants()]
    groups: list[Group] = []
    group: Group | None = None
    for i in range(1, n_tables):
        g = i // GROUP
        if group is None or group.number != g:
            labels = list(STATUS_LABELS[: rng.randint(3, len(STATUS_LABELS))])
            group = Group(g, f"status_g{g}", labels, f"set_updated_at_g{g}", "", "")
            groups.append(group)
        name = f"{NOUNS[rng.randrange(len(NOUNS))]}_{i}"
        table = _new_table(rng, name, group, tables, i)
        position = len([t for t in tables[-GROUP:] if t.group == g])
        if position == 0:
            group.view_table = name
            group.view_name = f"{name}_summary"
            table.grants = True
        if table.column("updated_at") and not any(t.trigger for t in tables[-GROUP:] if t.group == g):
            table.trigger = True
        if position == 2:
            table.policy = Policy("tenant_isolation", "ALL", ("authenticated",), "tenant", True)
        if position == 3:
            table.grants = True
        tables.append(table)
    return Schema(tables, groups)


def mutate(schema: Schema, pct: float, seed: int) -> Counter[str]:
    """Change about ``pct`` % of the tables in place; return how many of each kind of change."""
    rng = random.Random(seed * 7919 + int(pct * 100))
    target = max(1, round((len(schema.tables) - 1) * pct / 100))
    referenced = {fk.table for t in schema.tables for fk in t.fks} | {g.view_table for g in schema.groups}
    candidates = list(schema.tables[1:])
    rng.shuffle(candidates)
    kinds = (
        ["add_column"] * 25 + ["drop_column"] * 15 + ["change_type"] * 15 + ["new_index"] * 15
        + ["drop_table"] * 10 + ["new_table"] * 10 + ["change_policy_or_check"] * 10
    )
    done: Counter[str] = Counter()
    dropped: set[str] = set()
    new_tables: list[Table] = []
    touched: set[str] = set()
    for table in candidates:
        if sum(done.values()) >= target:
            break
        if table.name in touched:
            continue
        kind = rng.choice(kinds)
        if kind not in ("new_table", "drop_table"):
            touched.add(table.name)
        if kind == "new_table":
            number = len(schema.tables) + len(new_tables)
            name = f"new_{NOUNS[rng.randrange(len(NOUNS))]}_{number}"
            alive = [t for t in schema.tables if t.name not in dropped]
            new_table = _new_table(rng, name, None, alive, number)
            referenced.update(fk.table for fk in new_table.fks)
            new_tables.append(new_table)
        elif kind == "drop_table":
            victim = next((t for t in candidates if t.name not in touched
                           and not (t.name in referenced or t.policy or t.grants or t.trigger)), None)
            if victim is None:
                kind = "add_column"
            else:
                touched.add(victim.name)
                dropped.add(victim.name)
        if kind in ("new_table", "drop_table"):
            done[kind] += 1
            continue
        if kind == "drop_column":
            removable = [c for c in table.columns[2:] if not c.name.endswith("_id")
                         and c.name not in ("name", "created_at", "updated_at", "status")]
            if not removable:
                kind = "add_column"
            else:
                victim = rng.choice(removable)
                table.columns.remove(victim)
                table.indexes = [ix for ix in table.indexes if victim.name not in ix.keys
                                 and not (ix.where and victim.name in _PREDICATES[ix.where]())]
                if table.table_check and victim.name in ("starts_at", "ends_at"):
                    table.table_check = None
        if kind == "change_type":
            widenable = [c for c in table.columns[2:] if c.type in _TYPE_WIDENING and not c.enum
                         and not c.name.endswith("_id") and c.name not in ("name",)]
            if not widenable:
                kind = "add_column"
            else:
                column = rng.choice(widenable)
                column.type = _TYPE_WIDENING[column.type]
                column.default = None if column.type == "timestamp with time zone" else column.default
        if kind == "new_index":
            keys = [c.name for c in table.columns[2:] if c.type not in ("jsonb", "text[]")]
            table.indexes.append(Index(f"{table.name}_ix_new", ["tenant_id", rng.choice(keys)]))
        if kind == "change_policy_or_check":
            if table.policy:
                table.policy.using = "tenant_or_admin"
                table.policy.roles = ("authenticated", "anon")
            else:
                name = table.column("name")
                assert name is not None
                name.check = None
                table.comment += " Changed."
        if kind == "add_column":
            existing = {c.name for c in table.columns}
            spare = [s for s in _OPTIONAL_COLUMNS if s[0] not in existing]
            spec = rng.choice(spare) if spare else ("extra_note", "text", False, None, None)
            if spec[0] in existing:
                spec = ("extra_note_2", "text", False, None, None)
            table.columns.append(Column(*spec))
        done[kind] += 1
    schema.tables = [t for t in schema.tables if t.name not in dropped] + new_tables
    return done


# -- rendering ---------------------------------------------------------------------------------


def _q(name: str) -> str:
    return qualified(SCHEMA, name)


def _column_sql(column: Column) -> str:
    type_sql = _q(column.type) if column.enum else column.type
    parts = [ident(column.name), type_sql]
    if column.default == "identity":
        parts.append("GENERATED ALWAYS AS IDENTITY")
    elif column.default is not None:
        parts.append("DEFAULT " + column.default)
    if column.not_null:
        parts.append("NOT NULL")
    if column.check:
        parts.append("CHECK (" + _CHECKS[column.check](ident(column.name)) + ")")
    return " ".join(parts)


def _index_key(index: Index, column: str) -> str:
    key = ident(column)
    if column in index.lower:
        key = "lower(" + key + ")"
    if column in index.descending:
        key += " DESC"
    return key


def _table_sql(table: Table) -> list[str]:
    name = _q(table.name)
    lines = ["    " + _column_sql(c) for c in table.columns]
    lines.append("    PRIMARY KEY (" + ident(table.columns[0].name) + ")")
    for fk in table.fks:
        lines.append(
            "    FOREIGN KEY (" + ident(fk.column) + ") REFERENCES " + _q(fk.table)
            + " (" + ident("id") + ") ON DELETE " + fk.on_delete
        )
    if table.table_check:
        lines.append("    CONSTRAINT " + ident(table.name + "_period_check") + " CHECK ("
                     + _TABLE_CHECKS[table.table_check]() + ")")
    out = ["CREATE TABLE " + name + " (\n" + ",\n".join(lines) + "\n);"]
    for index in table.indexes:
        sql = "CREATE " + ("UNIQUE " if index.unique else "") + "INDEX " + ident(index.name)
        sql += " ON " + name + (" USING " + index.method if index.method != "btree" else "")
        sql += " (" + ", ".join(_index_key(index, k) for k in index.keys) + ")"
        if index.where:
            sql += " WHERE " + _PREDICATES[index.where]()
        out.append(sql + ";")
    out.append("COMMENT ON TABLE " + name + " IS " + literal(table.comment) + ";")
    for column in table.columns:
        if column.comment:
            out.append("COMMENT ON COLUMN " + name + "." + ident(column.name) + " IS "
                       + literal(column.comment) + ";")
    return out


def _group_head_sql(group: Group) -> list[str]:
    labels = ", ".join(literal(label) for label in group.enum_labels)
    return [
        "CREATE TYPE " + _q(group.enum_name) + " AS ENUM (" + labels + ");",
        "CREATE FUNCTION " + _q(group.function_name) + "() RETURNS trigger\n"
        "    LANGUAGE plpgsql\n    SET search_path = ''\n    AS $$\nBEGIN\n"
        "    NEW.updated_at := now();\n    RETURN NEW;\nEND;\n$$;",
        "COMMENT ON FUNCTION " + _q(group.function_name) + "() IS "
        + literal("Keeps updated_at current on every UPDATE.") + ";",
    ]


def _table_extras_sql(table: Table, group: Group | None) -> list[str]:
    name = _q(table.name)
    out: list[str] = []
    if table.trigger and group is not None:
        out.append(
            "CREATE TRIGGER " + ident(table.name + "_set_updated_at") + " BEFORE UPDATE ON " + name
            + " FOR EACH ROW EXECUTE FUNCTION " + _q(group.function_name) + "();"
        )
    if table.policy:
        policy = table.policy
        expr = _POLICY_EXPRS[policy.using]()
        out.append("ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY;")
        sql = ("CREATE POLICY " + ident(policy.name) + " ON " + name + " AS PERMISSIVE FOR "
               + policy.command + " TO " + ", ".join(ident(r) for r in policy.roles)
               + " USING " + expr)
        if policy.with_check:
            sql += " WITH CHECK " + expr
        out.append(sql + ";")
    if table.grants:
        out.append("GRANT SELECT ON TABLE " + name + " TO " + ident("anon") + ";")
        out.append("GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE " + name + " TO "
                   + ident("authenticated") + ";")
    return out


def _view_sql(group: Group) -> list[str]:
    view = _q(group.view_name)
    sql = (
        "CREATE VIEW " + view + " WITH (security_invoker = true) AS\n SELECT t." + ident("id")
        + ",\n    t." + ident("tenant_id") + ",\n    tn." + ident("name") + " AS "
        + ident("tenant_name") + ",\n    t." + ident("name") + ",\n    t." + ident("created_at")
        + "\n   FROM " + _q(group.view_table) + " t\n     JOIN " + _q("tenants") + " tn ON tn."
        + ident("id") + " = t." + ident("tenant_id") + ";"
    )
    return [
        sql,
        "COMMENT ON VIEW " + view + " IS " + literal("Rows with their tenant's name.") + ";",
        "GRANT SELECT ON TABLE " + view + " TO " + ident("authenticated") + ";",
    ]


def _roles_sql() -> str:
    body = "\n".join(
        "    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = " + literal(role)
        + ") THEN\n        CREATE ROLE " + ident(role) + " NOLOGIN;\n    END IF;"
        for role in ROLES
    )
    return "DO $$\nBEGIN\n" + body + "\nEND\n$$;"


def render(schema: Schema) -> str:
    groups = {g.number: g for g in schema.groups}
    live = {t.name for t in schema.tables}
    out = ["-- generated by bench/gen_schema.py", "SET check_function_bodies = false;", _roles_sql()]
    seen_groups: set[int] = set()
    pending_views: dict[int, Group] = {}
    for table in schema.tables:
        group = groups.get(table.group) if table.name != "tenants" else None
        if group is not None and group.number not in seen_groups:
            seen_groups.add(group.number)
            out.extend(_group_head_sql(group))
            if group.view_table in live:
                pending_views[group.number] = group
        out.extend(_table_sql(table))
        out.extend(_table_extras_sql(table, group))
        if group is not None and group.view_table == table.name:
            out.extend(_view_sql(pending_views.pop(group.number)))
    return "\n".join(out) + "\n"


def generate(n_tables: int, *, seed: int = 1, mutate_pct: float | None = None) -> str:
    """The SQL text of the schema (mutated when ``mutate_pct`` is given)."""
    schema = build(n_tables, seed)
    if mutate_pct:
        mutate(schema, mutate_pct, seed)
    return render(schema)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("tables", type=int, help="number of tables (tenants included)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mutate", type=float, metavar="PCT", default=None,
                        help="change about PCT %% of the tables (the compare benchmark's other side)")
    parser.add_argument("-o", "--output", type=Path, default=None, help="file (default: stdout)")
    args = parser.parse_args(argv)
    schema = build(args.tables, args.seed)
    changes = mutate(schema, args.mutate, args.seed) if args.mutate else Counter()
    sql = render(schema)
    if args.output is None:
        sys.stdout.write(sql)
    else:
        args.output.write_text(sql)
    summary = ", ".join(f"{k} {v}" for k, v in sorted(changes.items()))
    print(f"gen_schema: {len(schema.tables)} tables, {len(schema.groups)} groups"
          + (f"; changes: {summary}" if summary else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
