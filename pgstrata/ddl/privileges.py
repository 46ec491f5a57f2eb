"""Renderers for grants, default privileges, comments and publications."""

from __future__ import annotations

from collections.abc import Iterable

from pgstrata.ddl.names import Names, role
from pgstrata.model import (
    DEFAULT_PRIVILEGE_OBJECTS,
    Comment,
    DefaultPrivilege,
    Grant,
    Kind,
    ObjectId,
    Owner,
    Publication,
)
from pgstrata.quoting import ident, literal

_GRANT_KEYWORD = {
    Kind.TABLE: "TABLE",
    Kind.VIEW: "TABLE",
    Kind.MATERIALIZED_VIEW: "TABLE",
    Kind.FOREIGN_TABLE: "TABLE",
    Kind.SEQUENCE: "SEQUENCE",
    Kind.FUNCTION: "FUNCTION",
    Kind.AGGREGATE: "FUNCTION",
    Kind.PROCEDURE: "PROCEDURE",
    Kind.SCHEMA: "SCHEMA",
    Kind.ENUM: "TYPE",
    Kind.COMPOSITE: "TYPE",
    Kind.RANGE: "TYPE",
    Kind.DOMAIN: "DOMAIN",
    Kind.FOREIGN_SERVER: "FOREIGN SERVER",
    Kind.FOREIGN_DATA_WRAPPER: "FOREIGN DATA WRAPPER",
}


def grant_target(target: ObjectId, n: Names) -> tuple[str, str]:
    """(column list or "", "ON <keyword> <name>") of a grant's object."""
    if target.kind is Kind.COLUMN:
        assert target.parent is not None
        return f" ({ident(target.name)})", "ON TABLE " + n.qual(target.schema, target.parent)
    kw = _GRANT_KEYWORD.get(target.kind, target.kind.value.upper())
    if target.kind is Kind.SCHEMA:
        return "", "ON SCHEMA " + n.schema(target.name)
    if target.kind in (Kind.FUNCTION, Kind.PROCEDURE, Kind.AGGREGATE):
        assert target.schema is not None
        name = target.name
        if target.kind is Kind.AGGREGATE and "ORDER BY " in name:
            name = _ordered_set_grant_name(name)
        return "", f"ON {kw} " + n.routine(target.schema, name)
    return "", f"ON {kw} " + n.qual(target.schema, target.name)


def _ordered_set_grant_name(name: str) -> str:
    """An ordered-set aggregate ``f(direct ORDER BY aggregated)`` as GRANT … ON FUNCTION names
    it: all its argument types in one plain list.

    A trailing VARIADIC direct argument and the VARIADIC aggregated one that PostgreSQL prints
    after ORDER BY (``rank(VARIADIC "any" ORDER BY VARIADIC "any")``, a hypothetical-set
    aggregate) are one argument of the function: listing it twice names no function."""
    fname, _, args = name.partition("(")
    direct, _, aggregated = args.partition("ORDER BY ")
    direct = direct.rstrip()
    if direct.rpartition(",")[2].strip().startswith("VARIADIC "):
        return f"{fname}({direct})"
    return f"{fname}({', '.join(part for part in (direct, aggregated.removesuffix(')')) if part)})"


def grant(g: Grant, n: Names) -> list[str]:
    cols, on = grant_target(g.target, n)
    sql = f"GRANT {g.privilege}{cols} {on} TO {role(g.grantee)}"
    return [sql + " WITH GRANT OPTION" if g.grantable else sql]


def revoke(g: Grant, n: Names, *, grant_option_only: bool = False) -> list[str]:
    cols, on = grant_target(g.target, n)
    opt = "GRANT OPTION FOR " if grant_option_only else ""
    return [f"REVOKE {opt}{g.privilege}{cols} {on} FROM {role(g.grantee)}"]


_DEFAULT_OBJECTS = {key: what.upper() for key, what in DEFAULT_PRIVILEGE_OBJECTS.items()}


def _default_head(d: DefaultPrivilege, n: Names) -> str:
    sql = "ALTER DEFAULT PRIVILEGES FOR ROLE " + ident(d.role)
    if d.schema is not None:
        sql += " IN SCHEMA " + n.schema(d.schema)
    return sql


def grant_default(d: DefaultPrivilege, n: Names) -> list[str]:
    sql = f"{_default_head(d, n)} GRANT {d.privilege} ON {_DEFAULT_OBJECTS[d.object_type]} TO {role(d.grantee)}"
    return [sql + " WITH GRANT OPTION" if d.grantable else sql]


def revoke_default(d: DefaultPrivilege, n: Names) -> list[str]:
    return [f"{_default_head(d, n)} REVOKE {d.privilege} ON {_DEFAULT_OBJECTS[d.object_type]} FROM {role(d.grantee)}"]


def comment(c: Comment, n: Names) -> list[str]:
    return [f"COMMENT ON {n.ref(c.target)} IS {literal(c.text)}"]


def drop_comment(c: Comment, n: Names) -> list[str]:
    return [f"COMMENT ON {n.ref(c.target)} IS NULL"]


def owner(o: Owner, n: Names) -> list[str]:
    return [f"ALTER {n.ref(o.target)} OWNER TO {ident(o.role)}"]


# Publications every Supabase project has from the start (empty): creating one drops the
# platform's first, as Supabase's own guides do, so that a script loads onto a fresh project.
PLATFORM_PUBLICATIONS = frozenset({"supabase_realtime"})


def create_publication(p: Publication, n: Names) -> list[str]:
    first = [f"DROP PUBLICATION IF EXISTS {ident(p.name)}"] if p.name in PLATFORM_PUBLICATIONS else []
    sql = "CREATE PUBLICATION " + ident(p.name)
    targets = []
    if p.all_tables:
        sql += " FOR ALL TABLES"
    else:
        if p.tables:
            targets.append(publication_tables(p, p.tables, n))
        if p.schemas:
            targets.append(publication_schemas(p.schemas, n))
        if targets:
            sql += " FOR " + ", ".join(targets)
    return [*first, sql + " WITH (" + publication_options(p) + ")"]


def publication_options(p: Publication, *, explicit: bool = False, generated: bool = False) -> str:
    """The WITH options; ``explicit``: publish_via_partition_root also when false (ALTER … SET);
    ``generated``: publish_generated_columns also when none (PostgreSQL 18 only)."""
    opts = f"publish = {literal(', '.join(p.publish))}"
    if p.via_root or explicit:
        opts += f", publish_via_partition_root = {'true' if p.via_root else 'false'}"
    if p.generated_columns or generated:
        opts += f", publish_generated_columns = {p.generated_columns or 'none'}"
    return opts


def publication_tables(p: Publication, tables: Iterable[tuple[str, str]], n: Names) -> str:
    """``TABLE ONLY t1 (columns) WHERE (filter), ONLY t2`` for the given member tables of
    ``p``: each with ONLY, as pg_dump writes them (without it, a table's inheritance children
    would become members too)."""
    items = []
    for key in tables:
        columns, row_filter = p.table_filter(key)
        item = "ONLY " + n.qual(*key)
        if columns:
            item += " (" + ", ".join(ident(c) for c in columns) + ")"
        if row_filter is not None:
            item += f" WHERE ({row_filter})"
        items.append(item)
    return "TABLE " + ", ".join(items)


def publication_schemas(schemas: Iterable[str], n: Names) -> str:
    return "TABLES IN SCHEMA " + ", ".join(n.schema(s) for s in schemas)


def alter_publication(old: Publication, new: Publication, n: Names) -> list[str]:
    """``old`` made ``new`` in place (both FOR ALL TABLES or neither): tables and schemas
    dropped, options set, tables and schemas added; a table whose column list or row filter
    changes is dropped and added again."""
    head = "ALTER PUBLICATION " + ident(new.name)
    out = []
    before, after = set(old.tables), set(new.tables)
    gone = [key for key in old.tables
            if key not in after or old.table_filter(key) != new.table_filter(key)]
    came = [key for key in new.tables
            if key not in before or old.table_filter(key) != new.table_filter(key)]
    if gone:
        out.append(drop_publication_tables(new.name, gone, n))
    if dropped := [s for s in old.schemas if s not in new.schemas]:
        out.append(f"{head} DROP {publication_schemas(dropped, n)}")
    # options between: publish_via_partition_root = false is refused while a partitioned
    # member has a column list or row filter (dropped above), and needed true before one is added
    if (old.publish, old.via_root, old.generated_columns) != (new.publish, new.via_root, new.generated_columns):
        generated = old.generated_columns is not None  # (set back to none)
        out.append(f"{head} SET ({publication_options(new, explicit=True, generated=generated)})")
    if came:
        out.append(f"{head} ADD {publication_tables(new, came, n)}")
    if added := [s for s in new.schemas if s not in old.schemas]:
        out.append(f"{head} ADD {publication_schemas(added, n)}")
    return out


def drop_publication_tables(name: str, tables: Iterable[tuple[str, str]], n: Names) -> str:
    # (ONLY: a child that stays a member is not dropped with its parent)
    return f"ALTER PUBLICATION {ident(name)} DROP TABLE " + ", ".join("ONLY " + n.qual(*key) for key in tables)


def drop_publication(p: Publication, n: Names) -> list[str]:
    return ["DROP PUBLICATION " + ident(p.name)]
