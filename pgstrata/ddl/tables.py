"""Renderers for tables, columns, constraints and indexes."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from pgstrata.ddl.names import Names
from pgstrata.model import Column, Constraint, Identity, Index, Statistics, Table
from pgstrata.quoting import ident, literal

NAMEDATALEN = 64


def default_not_null_name(table: str, column: str) -> str:
    """The name PostgreSQL 18 gives an unnamed NOT NULL (``makeObjectName``, before de-duplication)."""
    label = "not_null"
    avail = NAMEDATALEN - 1 - (len(label) + 1) - 1
    n1, n2 = len(table.encode()), len(column.encode())
    while n1 + n2 > avail:
        if n1 > n2:
            n1 -= 1
        else:
            n2 -= 1
    t = table.encode()[:n1].decode(errors="ignore")
    c = column.encode()[:n2].decode(errors="ignore")
    return f"{t}_{c}_{label}"


def identity_clause(col: Column, table: Table, n: Names) -> str:
    ident_ = col.identity
    assert ident_ is not None
    kind = "ALWAYS" if ident_.always else "BY DEFAULT"
    return f"GENERATED {kind} AS IDENTITY ({identity_options(ident_, table, n)})"


def identity_options(i: Identity, table: Table, n: Names) -> str:
    return (
        f"SEQUENCE NAME {n.qual(table.schema, i.sequence_name)} START WITH {i.start} "
        f"INCREMENT BY {i.increment} MINVALUE {i.min_value} MAXVALUE {i.max_value} "
        f"CACHE {i.cache}{' CYCLE' if i.cycle else ' NO CYCLE'}"
    )


# Words that make an expression an a_expr, not the b_expr a DEFAULT clause takes
# (``DEFAULT 1 IN (1, 2)`` is a syntax error; the server prints it ``1 = ANY (ARRAY[1, 2])``).
_A_EXPR_ONLY = frozenset({"AND", "OR", "NOT", "NOT_LA", "IS", "ISNULL", "NOTNULL", "LIKE", "ILIKE", "SIMILAR",
                          "IN_P", "BETWEEN", "ANY", "ALL", "SOME", "COLLATE", "AT", "OVERLAPS"})
_A_EXPR_WORD = re.compile(r"\b(and|or|not|is|isnull|notnull|like|ilike|similar|in|between|any|all|some|collate|at"
                          r"|overlaps)\b", re.IGNORECASE)


def default_clause(expr: str) -> str:
    """``DEFAULT expr``, the expression in parentheses where the grammar needs them: a column's
    or domain's DEFAULT takes a b_expr, and the server prints a default such as
    ``(1 IN (1, 2))`` without its parentheses (pg_get_expr, pretty)."""
    return f"DEFAULT ({expr})" if _needs_parentheses(expr) else f"DEFAULT {expr}"


def _needs_parentheses(expr: str) -> bool:
    if not _A_EXPR_WORD.search(expr):
        return False  # (cheap: the scanner is loaded only for a text that may need them)
    from pglast import parser

    try:
        tokens = parser.scan(expr)
    except parser.ParseError:
        return False
    depth = 0
    for token in tokens:
        if token.name in ("ASCII_40", "ASCII_91"):
            depth += 1
        elif token.name in ("ASCII_41", "ASCII_93"):
            depth -= 1
        elif depth == 0 and token.name in _A_EXPR_ONLY:
            return True
    return False


def column_definition(
    col: Column, table: Table, n: Names, *, with_identity: bool = True, with_not_null: bool = True,
    explicit_names: bool = False,
) -> str:
    parts = [ident(col.name), col.type]
    if col.collation:
        parts.append("COLLATE " + col.collation)
    if col.compression:
        parts.append("COMPRESSION " + col.compression)
    if col.generated is not None:
        kind = "VIRTUAL" if col.generated_kind == "v" else "STORED"
        parts.append(f"GENERATED ALWAYS AS ({col.generated}) {kind}")
    elif col.default is not None:
        parts.append(default_clause(col.default))
    if col.not_null and with_not_null and col.not_null_valid:
        parts.append(not_null_clause(col, table, explicit=explicit_names))
    if col.identity is not None and with_identity:
        parts.append(identity_clause(col, table, n))
    return " ".join(parts)


def typed_column_options(col: Column, table: Table, *, explicit_names: bool = False) -> str | None:
    """A typed table's column as CREATE TABLE … OF lists it: only with a default or NOT NULL
    (``name WITH OPTIONS …``); its type comes from the composite type."""
    parts = []
    if col.default is not None:
        parts.append(default_clause(col.default))
    if col.not_null and col.not_null_valid:
        parts.append(not_null_clause(col, table, explicit=explicit_names))
    return f"{ident(col.name)} WITH OPTIONS {' '.join(parts)}" if parts else None


def not_null_clause(col: Column, table: Table, *, explicit: bool = False, constraint: bool = False) -> str:
    """``NOT NULL``, named when the name is not the default one (or ``explicit``: while another
    table of the schema still holds the default name, PostgreSQL would pick another).
    ``constraint``: as a table constraint, ``NOT NULL column`` (PostgreSQL 18: an inheritance
    child's own NOT NULL on an inherited column, inside its CREATE TABLE)."""
    name = col.not_null_name
    body = "NOT NULL " + ident(col.name) if constraint else "NOT NULL"
    tail = " NO INHERIT" if col.not_null_no_inherit else ""
    if name and (explicit or name != default_not_null_name(table.name, col.name)):
        return f"CONSTRAINT {ident(name)} {body}{tail}"
    return body + tail


def not_valid_not_null(t: Table, col: Column, n: Names) -> str:
    """PostgreSQL 18's NOT NULL … NOT VALID cannot be written inside CREATE TABLE."""
    name = col.not_null_name or default_not_null_name(t.name, col.name)
    return f"ALTER TABLE {n.qual(t.schema, t.name)} ADD CONSTRAINT {ident(name)} NOT NULL {ident(col.name)} NOT VALID"


def inherits_reorders(t: Table, parents: tuple[Table, ...]) -> bool:
    """Whether ``CREATE TABLE … INHERITS`` would put an inheritance child's columns in another
    order than it has: INHERITS puts the parents' columns first, in their order, and merges a
    column the child declares too into that place.  A table made on its own and then given
    its parent (``ALTER TABLE … INHERIT``) keeps its own order, every column its own."""
    if not t.inherits or t.partition_of is not None or len(parents) != len(t.inherits):
        return False
    order: list[str] = []
    for p in parents:
        order += [c.name for c in p.columns if c.name not in order]
    order += [c.name for c in t.columns if c.name not in order]
    return order != [c.name for c in t.columns]


def create_table(
    t: Table, n: Names, *, parents: tuple[Table, ...] = (), checks: tuple[Constraint, ...] = (),
    explicit_names: bool = False, inherit_after: bool = False,
) -> list[str]:
    """CREATE TABLE plus what cannot be said inside it.

    Partitions are created stand-alone with every column, then attached (as
    pg_dump does): this keeps partition-local NOT NULL names and defaults.
    Inheritance children list only their local columns and ``INHERITS``.
    ``checks`` are a partition's inherited CHECK constraints: ATTACH needs them
    present (it merges them, as pg_dump's output relies on).  A NOT VALID one is added after
    the CREATE TABLE (which would make it valid).
    ``inherit_after``: an inheritance child whose columns are all its own and in an order
    INHERITS would not keep (``inherits_reorders``) is made with every column, on its own;
    ``inherit_parents`` gives it its parents after, as it was made.
    """
    if inherit_after:
        return create_table(dataclasses.replace(t, inherits=()), n, explicit_names=explicit_names)
    kw = "UNLOGGED TABLE" if t.persistence == "u" else "TABLE"
    if t.kind == "f":
        kw = "FOREIGN TABLE"
    partition = t.partition_of is not None
    parent_cols = {c.name: c for p in parents for c in p.columns}
    cols = []
    later: list[str] = []
    for col in t.columns:
        if t.of_type is not None and not partition:
            if (option := typed_column_options(col, t, explicit_names=explicit_names)) is not None:
                cols.append("    " + option)
            continue
        if col.inherited and not partition:
            if col.not_null_local:
                cols.append("    " + not_null_clause(col, t, constraint=True))
            later += _inherited_column_fixups(t, col, parent_cols.get(col.name), n)
            continue
        with_identity = not (partition and col.name in parent_cols and parent_cols[col.name].identity)
        if not partition and col.generated is not None and (
                (parent := parent_cols.get(col.name)) is not None and parent.generated == col.generated):
            col = dataclasses.replace(col, generated=None)  # inherited; PostgreSQL 13-15 refuse it spelled out
        if not partition and col.not_null_inherited_only:
            # INHERITS gives it; spelled out here it would become the child's own NOT NULL too
            col = dataclasses.replace(col, not_null=False)
        cols.append("    " + column_definition(col, t, n, with_identity=with_identity,
                                                explicit_names=explicit_names))
    for check in checks:
        if check.validated:
            cols.append(f"    CONSTRAINT {ident(check.name)} {check.definition}")
        else:
            later += add_constraint(check, n, only=True)
    if t.of_type is not None and not partition:
        sql = f"CREATE {kw} {n.qual(t.schema, t.name)} OF {t.of_type}"
        sql += (" (\n" + ",\n".join(cols) + "\n)") if cols else ""
    else:
        sql = f"CREATE {kw} {n.qual(t.schema, t.name)} (" + (("\n" + ",\n".join(cols) + "\n") if cols else "") + ")"
    if t.inherits and not partition:
        sql += "\nINHERITS (" + ", ".join(n.qual(s, name) for s, name in t.inherits) + ")"
    if t.partition_key:
        sql += "\nPARTITION BY " + t.partition_key
    if t.access_method:  # a partitioned table has one from PostgreSQL 17 (its partitions' default)
        sql += "\nUSING " + ident(t.access_method)
    if t.options:
        sql += "\nWITH (" + ", ".join(t.options) + ")"
    if t.kind == "f" and t.foreign_server:
        sql += "\nSERVER " + ident(t.foreign_server)
        if t.foreign_options:
            sql += "\nOPTIONS (" + ", ".join(t.foreign_options) + ")"
    out = [sql, *later]
    for col in t.columns:
        if col.not_null and not col.not_null_valid and not (col.inherited and not partition):
            out.append(not_valid_not_null(t, col, n))
    for col in t.columns:
        if not (col.inherited and not partition):
            out += column_settings(t, col, n)
        elif (parent := parent_cols.get(col.name)) is not None:
            # INHERITS copies the parent's storage, not its statistics target or options
            out += column_settings(t, dataclasses.replace(
                col, storage=None if col.storage == parent.storage else col.storage), n)
    out += table_flags(None, t, n)
    return out


def inherit_parents(t: Table, n: Names) -> list[str]:
    """``ALTER TABLE … INHERIT`` for each of ``t``'s parents, in order."""
    return [f"{alter_table(t, n)} INHERIT {n.qual(s, p)}" for s, p in t.inherits]


def column_settings(t: Table, col: Column, n: Names, *, only: bool = True) -> list[str]:
    """What CREATE TABLE / ADD COLUMN cannot say: a column's storage, statistics target,
    options (n_distinct …) and a foreign table's column OPTIONS, when not the defaults.  ``only``: not for the partitions and
    children (which CREATE TABLE makes one by one; an added column reaches them from here)."""
    head = alter_column(t, col, n, only=only)
    out = [f"{head} SET STORAGE {col.storage}"] if col.storage else []
    if col.statistics is not None:
        out.append(f"{head} SET STATISTICS {col.statistics}")
    if col.options:
        out.append(f"{head} SET ({', '.join(col.options)})")
    if col.foreign_options:
        out.append(f"{head} OPTIONS ({', '.join(col.foreign_options)})")
    return out


# An OPTIONS item's name as the catalog prints it (quote_ident): a bare word, or a quoted
# identifier that may hold spaces and doubled quotes ("param 1", "new ""one""").
_OPTION_NAME = re.compile(r'"(?:[^"]|"")*"|[^ ]+')


def option_name(item: str) -> str:
    """The name of an OPTIONS item ``name 'value'`` (quoted as printed)."""
    m = _OPTION_NAME.match(item)
    return m.group(0) if m else item


def option_changes(before: Sequence[str], after: Sequence[str]) -> list[str]:
    """``OPTIONS (…)`` items that turn one list of FDW options (``name 'value'``) into another."""
    old = {option_name(o): o for o in before}
    new = {option_name(o): o for o in after}
    items = [f"DROP {name}" for name in old if name not in new]
    return items + [f"{'SET' if name in old else 'ADD'} {item}" for name, item in new.items()
                    if old.get(name) != item]


def attach_partition(t: Table, n: Names) -> str:
    assert t.partition_of is not None and t.partition_bound is not None
    ps, pt = t.partition_of
    return f"ALTER TABLE ONLY {n.qual(ps, pt)} ATTACH PARTITION {n.qual(t.schema, t.name)} {t.partition_bound}"


def detach_partition(t: Table, n: Names) -> str:
    assert t.partition_of is not None
    ps, pt = t.partition_of
    return f"ALTER TABLE {n.qual(ps, pt)} DETACH PARTITION {n.qual(t.schema, t.name)}"


def _inherited_column_fixups(t: Table, col: Column, parent: Column | None, n: Names) -> list[str]:
    out = []
    target = f"ALTER TABLE ONLY {n.qual(t.schema, t.name)} ALTER COLUMN {ident(col.name)}"
    parent_default = parent.default if parent else None
    if col.default != parent_default and col.generated is None:
        out.append(target + (" SET DEFAULT " + col.default if col.default is not None else " DROP DEFAULT"))
    if col.not_null and not (parent and parent.not_null) and not col.not_null_local:
        out.append(target + " SET NOT NULL")
    return out


def table_flags(old: Table | None, t: Table, n: Names) -> list[str]:
    """RLS switches and replica identity other than index (index form needs the index first)."""
    name = n.qual(t.schema, t.name)
    out = []
    if t.rls_enabled != (old.rls_enabled if old else False):
        out.append(f"ALTER TABLE {name} {'ENABLE' if t.rls_enabled else 'DISABLE'} ROW LEVEL SECURITY")
    if t.rls_forced != (old.rls_forced if old else False):
        out.append(f"ALTER TABLE {name} {'FORCE' if t.rls_forced else 'NO FORCE'} ROW LEVEL SECURITY")
    old_ri = old.replica_identity if old else "d"
    # a foreign table has no replica identity to set (its relreplident is 'n')
    if t.replica_identity != old_ri and t.replica_identity != "i" and t.kind != "f":
        word = {"d": "DEFAULT", "n": "NOTHING", "f": "FULL"}[t.replica_identity]
        out.append(f"ALTER TABLE ONLY {name} REPLICA IDENTITY {word}")
    return out


def replica_identity_index(t: Table, n: Names) -> str:
    assert t.replica_identity_index is not None
    return f"ALTER TABLE ONLY {n.qual(t.schema, t.name)} REPLICA IDENTITY USING INDEX {ident(t.replica_identity_index)}"


def drop_table(t: Table, n: Names) -> list[str]:
    kw = "FOREIGN TABLE" if t.kind == "f" else "TABLE"
    return [f"DROP {kw} {n.qual(t.schema, t.name)}"]


# ----------------------------------------------------------------------------- columns


def alter_table(t: Table, n: Names, *, only: bool = False) -> str:
    kw = "FOREIGN TABLE" if t.kind == "f" else "TABLE"
    return f"ALTER {kw} {'ONLY ' if only else ''}{n.qual(t.schema, t.name)}"


def add_column(t: Table, col: Column, n: Names, *, explicit_names: bool = False) -> list[str]:
    """``explicit_names``: the NOT NULL named even when its name is the default one."""
    return [f"{alter_table(t, n)} ADD COLUMN {column_definition(col, t, n, explicit_names=explicit_names)}",
            *column_settings(t, col, n, only=False)]


def drop_column(t: Table, col: Column, n: Names, *, only: bool = False) -> list[str]:
    """``only``: the inheritance children keep their copy of the column, as a local one."""
    return [f"{alter_table(t, n, only=only)} DROP COLUMN {ident(col.name)}"]


def alter_column(t: Table, col: Column, n: Names, *, only: bool = False) -> str:
    return f"{alter_table(t, n, only=only)} ALTER COLUMN {ident(col.name)}"


# ----------------------------------------------------------------------------- constraints


def add_constraint(c: Constraint, n: Names, *, only: bool) -> list[str]:
    target = f"ALTER TABLE {'ONLY ' if only else ''}{n.qual(c.schema, c.table)}"
    out = [f"{target} ADD CONSTRAINT {ident(c.name)} {constraint_definition(c)}"]
    if c.index_clustered and c.index_name:
        out.append(cluster_on(c.schema, c.table, c.index_name, n))
    return out


def cluster_on(schema: str, table: str, index: str | None, n: Names) -> str:
    """ALTER TABLE … CLUSTER ON the index (None: SET WITHOUT CLUSTER); for materialized views
    too, as pg_dump writes it."""
    head = f"ALTER TABLE {n.qual(schema, table)}"
    return f"{head} CLUSTER ON {ident(index)}" if index is not None else f"{head} SET WITHOUT CLUSTER"


def constraint_definition(c: Constraint) -> str:
    """pg_get_constraintdef text plus the backing index's WITH (…), which it does not print
    for a key (it does for an exclusion constraint, as part of the index it describes)."""
    if not c.index_options or c.type not in "pu":
        return c.definition
    d = c.definition
    pos = _after_group(d, d.find("("))
    if d.startswith(" INCLUDE (", pos):
        pos = _after_group(d, pos + len(" INCLUDE "))
    return d[:pos] + " WITH (" + ", ".join(c.index_options) + ")" + d[pos:]


def _after_group(text: str, start: int) -> int:
    """Index just after the parenthesised group opening at ``start`` (quotes respected)."""
    depth, i, quote = 0, start, ""
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(text)


def drop_constraint(c: Constraint, n: Names) -> list[str]:
    return [f"ALTER TABLE {n.qual(c.schema, c.table)} DROP CONSTRAINT {ident(c.name)}"]


def validate_constraint(c: Constraint, n: Names) -> list[str]:
    return [f"ALTER TABLE {n.qual(c.schema, c.table)} VALIDATE CONSTRAINT {ident(c.name)}"]


# ----------------------------------------------------------------------------- indexes


def create_index(i: Index, n: Names) -> list[str]:
    out = [i.definition.rstrip().rstrip(";"), *index_statistics(None, i, n)]
    if i.clustered:
        out.append(cluster_on(i.schema, i.table, i.name, n))
    return out


def index_statistics(old: Index | None, new: Index, n: Names) -> list[str]:
    """ALTER INDEX … ALTER COLUMN n SET STATISTICS from ``old``'s expression column targets
    (None: a new index, which has none) to ``new``'s; -1 is the default again."""
    before, after = dict(old.statistics) if old is not None else {}, dict(new.statistics)
    head = f"ALTER INDEX {n.qual(new.schema, new.name)} ALTER COLUMN"
    return ([f"{head} {num} SET STATISTICS -1" for num in before if num not in after]
            + [f"{head} {num} SET STATISTICS {target}" for num, target in new.statistics if before.get(num) != target])


# An index's storage parameters as pg_get_indexdef prints them: WITH (fillfactor='70',
# deduplicate_items=off) (a value quoted unless it reads as a word)
_OPTION = r"\w+=(?:'[^']*'|\w+)"
_INDEX_OPTIONS = re.compile(rf" WITH \(({_OPTION}(?:, {_OPTION})*)\)")


def index_options(i: Index) -> tuple[str, dict[str, str]]:
    """``i``'s definition without its storage parameters, and those (name → printed value)."""
    m = _INDEX_OPTIONS.search(i.definition)
    if m is None:
        return i.definition, {}
    options = dict(o.split("=", 1) for o in m.group(1).split(", "))
    return i.definition[:m.start()] + i.definition[m.end():], options


def index_storage_parameters(old: Index, new: Index, n: Names) -> list[str]:
    """ALTER INDEX … RESET the storage parameters ``old`` has and ``new`` has not, SET those
    ``new`` gives another value (as the definitions print them: values already quoted)."""
    return _storage_parameter_changes(f"ALTER INDEX {n.qual(new.schema, new.name)}",
                                      index_options(old)[1], index_options(new)[1], str)


def key_index_storage_parameters(old: Constraint, new: Constraint, n: Names) -> list[str]:
    """ALTER INDEX … RESET/SET on key ``new``'s backing index, from ``old``'s storage
    parameters (reloptions, ``fillfactor=80``) to ``new``'s."""
    assert new.index_name is not None
    return _storage_parameter_changes(f"ALTER INDEX {n.qual(new.schema, new.index_name)}",
                                      dict(o.split("=", 1) for o in old.index_options),
                                      dict(o.split("=", 1) for o in new.index_options), literal)


def _storage_parameter_changes(head: str, before: dict[str, str], after: dict[str, str],
                               value: Callable[[str], str]) -> list[str]:
    out = []
    if gone := [name for name in before if name not in after]:
        out.append(f"{head} RESET ({', '.join(gone)})")
    if changed := [f"{name}={value(v)}" for name, v in after.items() if before.get(name) != v]:
        out.append(f"{head} SET ({', '.join(changed)})")
    return out


def attach_index(parent: tuple[str, str], child_schema: str, child: str, n: Names) -> str:
    return f"ALTER INDEX {n.qual(*parent)} ATTACH PARTITION {n.qual(child_schema, child)}"


def drop_index(i: Index, n: Names) -> list[str]:
    return ["DROP INDEX " + n.qual(i.schema, i.name)]


def create_statistics(s: Statistics, n: Names) -> list[str]:
    out = [f"CREATE STATISTICS {n.qual(s.schema, s.name)}{s.definition.rstrip().rstrip(';')}"]
    if s.target is not None:
        out += set_statistics_target(s, n)
    return out


def set_statistics_target(s: Statistics, n: Names) -> list[str]:
    target = -1 if s.target is None else s.target
    return [f"ALTER STATISTICS {n.qual(s.schema, s.name)} SET STATISTICS {target}"]


def drop_statistics(s: Statistics, n: Names) -> list[str]:
    return ["DROP STATISTICS " + n.qual(s.schema, s.name)]
