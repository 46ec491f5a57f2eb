"""The rules: each a small function over one file's parsed statements, registered with
its name, severity, hazards, why it matters and the safe alternative."""

from __future__ import annotations

from collections.abc import Iterator

from pglast import ast, enums

from pgstrata.hazards import Hazard, Severity
from pgstrata.lint.engine import FileContext, Hit, rule
from pgstrata.lint.nodes import (
    _AT,
    _CON,
    _OBJ,
    _alter_cmds,
    _function,
    _location,
    _names,
    _of,
    _relname,
    _split_name,
    _summary,
    _type_name,
    _walk,
)
from pgstrata.sqlparse import ParsedStatement

# -- rules: data loss ----------------------------------------------------------------

_D, _RW, _BW, _BR, _VR = (
    Hazard.DELETES_DATA,
    Hazard.REWRITES_TABLE,
    Hazard.BLOCKS_WRITES,
    Hazard.BLOCKS_READS,
    Hazard.VALIDATES_ROWS,
)


def _drops(context: FileContext, *kinds: enums.ObjectType) -> Iterator[tuple[ParsedStatement, str]]:
    for statement, node in _of(context, ast.DropStmt):
        if node.removeType not in kinds:
            continue
        for obj in node.objects or ():
            if isinstance(obj, ast.TypeName):
                yield statement, ".".join(_names(obj.names))
            elif isinstance(obj, ast.String):
                yield statement, obj.sval or ""
            else:
                yield statement, ".".join(_names(obj))


@rule(
    "drop_table", Severity.ERROR, (_D, Hazard.BREAKS_CLIENTS),
    why="DROP TABLE deletes every row; only a backup brings them back.",
    fix="Rename the table first and drop it in a later release once nothing uses it; take a backup.",
)
def _drop_table(context: FileContext) -> Iterator[Hit]:
    dropped: dict[ParsedStatement, list[str]] = {}
    for statement, name in _drops(context, _OBJ.OBJECT_TABLE):
        schema, _, table = name.rpartition(".")
        if not context.is_new_table(schema or None, table):
            dropped.setdefault(statement, []).append(name)
    for statement, names in dropped.items():
        yield Hit(statement, f"DROP TABLE {', '.join(names)} deletes the table(s) and every row")


@rule(
    "drop_column", Severity.ERROR, (_D, Hazard.BREAKS_CLIENTS),
    why="DROP COLUMN deletes the column's values, and queries that name it fail.",
    fix="Stop reading and writing the column in the application first; drop it in a later migration.",
)
def _drop_column(context: FileContext) -> Iterator[Hit]:
    for statement, node, cmd in _alter_cmds(context, _AT.AT_DropColumn):
        yield Hit(statement, f"column {cmd.name} of {_relname(node.relation)} is dropped with its data")


@rule(
    "drop_schema", Severity.ERROR, (_D, Hazard.BREAKS_CLIENTS),
    why="DROP SCHEMA (with CASCADE) deletes every table, view and function in it.",
    fix="Drop the objects one by one in reviewed migrations, or rename the schema and drop it later.",
)
def _drop_schema(context: FileContext) -> Iterator[Hit]:
    for statement, name in _drops(context, _OBJ.OBJECT_SCHEMA):
        yield Hit(statement, f"DROP SCHEMA {name} deletes everything in the schema")


@rule(
    "drop_type", Severity.WARNING, (_D, Hazard.BREAKS_CLIENTS),
    why="DROP TYPE/DOMAIN fails while columns use it, and with CASCADE drops those columns and their data.",
    fix="Move columns off the type first (in their own migration), then drop the unused type without CASCADE.",
)
def _drop_type(context: FileContext) -> Iterator[Hit]:
    for statement, name in _drops(context, _OBJ.OBJECT_TYPE, _OBJ.OBJECT_DOMAIN):
        yield Hit(statement, f"type {name} is dropped")


@rule(
    "truncate", Severity.ERROR, (_D, _BR, _BW),
    why="TRUNCATE removes every row at once under an ACCESS EXCLUSIVE lock.",
    fix="Delete the rows you mean with a WHERE clause, in batches, or keep data changes out of schema migrations.",
)
def _truncate(context: FileContext) -> Iterator[Hit]:
    for statement, node in _of(context, ast.TruncateStmt):
        names = [_relname(r) for r in node.relations or () if not context.is_new(r)]
        if names:
            yield Hit(statement, f"TRUNCATE removes every row of {', '.join(names)}")


@rule(
    "delete_without_where", Severity.ERROR, (_D,),
    why="DELETE without WHERE removes every row of the table.",
    fix="Add a WHERE clause naming the rows to delete; if the table really must be emptied, say so with pgstrata:ignore.",
)
def _delete_without_where(context: FileContext) -> Iterator[Hit]:
    for statement, node in _of(context, ast.DeleteStmt):
        if node.whereClause is None and not context.is_new(node.relation):
            yield Hit(statement, f"DELETE FROM {_relname(node.relation)} has no WHERE clause")


# -- rules: locks and rewrites -------------------------------------------------------


@rule(
    "column_type_change", Severity.WARNING, (_RW, _BR, _BW, _VR),
    why="ALTER COLUMN TYPE usually rewrites the table and its indexes under an ACCESS EXCLUSIVE lock "
    "(varchar(n) → text or a longer varchar(n) are the cheap exceptions).",
    fix="Add a new column, backfill it in batches, switch the application over, then drop the old column.",
)
def _column_type_change(context: FileContext) -> Iterator[Hit]:
    for statement, node, cmd in _alter_cmds(context, _AT.AT_AlterColumnType):
        type_name = getattr(cmd.def_, "typeName", None)
        yield Hit(
            statement,
            f"column {cmd.name} of {_relname(node.relation)} changes type",
            _location(type_name),
        )


@rule(
    "set_not_null", Severity.WARNING, (_BR, _BW, _VR),
    why="SET NOT NULL (or ADD CONSTRAINT … NOT NULL) scans the whole table under an ACCESS "
    "EXCLUSIVE lock.",
    fix="ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT; then SET NOT NULL "
    "(PostgreSQL 12+ skips the scan) and drop the check; on PostgreSQL 18, ADD CONSTRAINT … NOT "
    "NULL col NOT VALID then VALIDATE CONSTRAINT.",
)
def _set_not_null(context: FileContext) -> Iterator[Hit]:
    for statement, node, cmd in _alter_cmds(context, _AT.AT_SetNotNull):
        yield Hit(statement, f"SET NOT NULL on {cmd.name} of {_relname(node.relation)} scans the table")
    for statement, node, constraint in _added_constraints(context, _CON.CONSTR_NOTNULL):
        if not constraint.skip_validation:
            yield Hit(statement, f"NOT NULL constraint on {_relname(node.relation)} scans the table",
                      _location(constraint))


@rule(
    "index_without_concurrently", Severity.WARNING, (_BW,),
    why="CREATE INDEX without CONCURRENTLY blocks writes to the table until the index is built.",
    fix="CREATE INDEX CONCURRENTLY, alone in its own migration file.",
)
def _index_without_concurrently(context: FileContext) -> Iterator[Hit]:
    for statement, node in _of(context, ast.IndexStmt):
        if not node.concurrent and not context.is_new(node.relation):
            yield Hit(statement, f"index on {_relname(node.relation)} is built without CONCURRENTLY")


@rule(
    "concurrently_in_transaction", Severity.ERROR, (Hazard.NON_TRANSACTIONAL,),
    why="Each migration file runs in one transaction (pgstrata and the Supabase CLI alike), and "
    "statements such as CREATE INDEX CONCURRENTLY refuse to run inside a transaction block; "
    "with other statements around them the file either fails or loses its all-or-nothing guarantee.",
    fix="Put the statement alone in its own migration file; pgstrata runs such a file outside a transaction.",
)
def _concurrently_in_transaction(context: FileContext) -> Iterator[Hit]:
    others = len(context.statements) - 1
    if others < 1:
        return
    for statement in context.statements:
        if not statement.transactional:
            yield Hit(
                statement,
                f"{_summary(statement)} cannot run in a transaction block, "
                f"but the file has {others} other statement(s)",
            )


@rule(
    "enum_value_used_where_added", Severity.ERROR, (Hazard.NON_TRANSACTIONAL,),
    why="PostgreSQL refuses to use an enum value in the transaction that added it (\"unsafe use "
    "of new value\"), and each migration file runs in one transaction (pgstrata and the Supabase "
    "CLI alike): a default, CHECK, policy, view or SQL function naming the value fails the file.",
    fix="Add the value in a migration of its own, before the one that uses it (`pgstrata migration "
    "diff` writes them that way).",
)
def _enum_value_used_where_added(context: FileContext) -> Iterator[Hit]:
    added: dict[str, str] = {}  # label → the enum it is added to
    for statement in context.statements:
        node = statement.node
        if isinstance(node, ast.AlterEnumStmt) and node.newVal is not None and node.oldVal is None:
            added[node.newVal] = ".".join(_names(node.typeName))
            continue
        used = next((c for c in _walk(node) if isinstance(c, ast.A_Const)
                     and isinstance(c.val, ast.String) and c.val.sval in added), None) if added else None
        if used is not None:
            label = used.val.sval
            yield Hit(statement, f"'{label}' is used in the transaction that adds it to {added[label]}",
                      _location(used))


def _added_constraints(
    context: FileContext, *kinds: enums.ConstrType
) -> Iterator[tuple[ParsedStatement, ast.AlterTableStmt, ast.Constraint]]:
    for statement, node, cmd in _alter_cmds(context, _AT.AT_AddConstraint):
        if isinstance(cmd.def_, ast.Constraint) and cmd.def_.contype in kinds:
            yield statement, node, cmd.def_


@rule(
    "fk_without_not_valid", Severity.WARNING, (_BW, _VR),
    why="Adding a FOREIGN KEY checks every existing row while writes to both tables are blocked.",
    fix="ADD CONSTRAINT … FOREIGN KEY … NOT VALID, then VALIDATE CONSTRAINT in a later statement or migration.",
)
def _fk_without_not_valid(context: FileContext) -> Iterator[Hit]:
    for statement, node, constraint in _added_constraints(context, _CON.CONSTR_FOREIGN):
        if not constraint.skip_validation:
            name = constraint.conname or "foreign key"
            yield Hit(statement, f"{name} on {_relname(node.relation)} is validated under lock",
                      _location(constraint))


@rule(
    "check_without_not_valid", Severity.WARNING, (_BR, _BW, _VR),
    why="Adding a CHECK constraint scans every row under an ACCESS EXCLUSIVE lock.",
    fix="ADD CONSTRAINT … CHECK (…) NOT VALID, then VALIDATE CONSTRAINT (which allows reads and writes).",
)
def _check_without_not_valid(context: FileContext) -> Iterator[Hit]:
    for statement, node, constraint in _added_constraints(context, _CON.CONSTR_CHECK):
        if not constraint.skip_validation:
            name = constraint.conname or "check constraint"
            yield Hit(statement, f"{name} on {_relname(node.relation)} is validated under lock",
                      _location(constraint))


@rule(
    "add_unique_constraint", Severity.WARNING, (_BR, _BW, _VR),
    why="ADD PRIMARY KEY / UNIQUE / EXCLUDE builds its index under an ACCESS EXCLUSIVE lock.",
    fix="CREATE UNIQUE INDEX CONCURRENTLY in its own migration, then ADD CONSTRAINT … USING INDEX.",
)
def _add_unique_constraint(context: FileContext) -> Iterator[Hit]:
    kinds = (_CON.CONSTR_PRIMARY, _CON.CONSTR_UNIQUE, _CON.CONSTR_EXCLUSION)
    for statement, node, constraint in _added_constraints(context, *kinds):
        if constraint.indexname is None:
            yield Hit(statement, f"constraint on {_relname(node.relation)} builds an index under lock",
                      _location(constraint))


_VOLATILE = frozenset(
    {
        "random", "random_normal", "gen_random_uuid", "gen_random_bytes", "uuid_generate_v1",
        "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7", "clock_timestamp",
        "timeofday", "nextval", "setseed",
    }
)
_SERIAL = frozenset({"serial", "serial2", "serial4", "serial8", "smallserial", "bigserial"})


def _rewriting_reason(column: ast.ColumnDef) -> str | None:
    if _type_name(column.typeName) in _SERIAL:
        return "a serial type fills it from a sequence"
    for constraint in column.constraints or ():
        if constraint.contype == _CON.CONSTR_IDENTITY:
            return "an identity column fills it from a sequence"
        if constraint.contype == _CON.CONSTR_GENERATED and constraint.generated_kind != "v":
            return "a stored generated column is computed for every row"
        if constraint.contype == _CON.CONSTR_DEFAULT:
            volatile = [n for n in map(_function, _walk(constraint.raw_expr)) if n in _VOLATILE]
            if volatile:
                return f"its default calls the volatile {volatile[0]}()"
    return None


@rule(
    "add_column_volatile_default", Severity.WARNING, (_RW, _BR, _BW),
    why="A new column whose value differs per row (volatile default, serial, identity, stored "
    "generated) makes PostgreSQL rewrite the table under an ACCESS EXCLUSIVE lock; constant and "
    "stable defaults such as now() do not (PostgreSQL 11+).",
    fix="Add the column without a default (or with a constant one), set the default afterwards, "
    "and backfill existing rows in batches.",
)
def _add_column_volatile_default(context: FileContext) -> Iterator[Hit]:
    for statement, node, cmd in _alter_cmds(context, _AT.AT_AddColumn):
        column = cmd.def_
        if not isinstance(column, ast.ColumnDef):
            continue
        reason = _rewriting_reason(column)
        if reason is not None:
            yield Hit(statement, f"adding {column.colname} to {_relname(node.relation)} rewrites "
                      f"the table: {reason}", _location(column))


# -- rules: clients and locks --------------------------------------------------------


@rule(
    "rename_column", Severity.WARNING, (Hazard.BREAKS_CLIENTS,),
    why="Running application code, views' callers and functions still use the old column name.",
    fix="Add the new column, write both, move readers over, then drop the old one; or deploy code "
    "that handles both names first.",
)
def _rename_column(context: FileContext) -> Iterator[Hit]:
    for statement, node in _of(context, ast.RenameStmt):
        if node.renameType == _OBJ.OBJECT_COLUMN and not context.is_new(node.relation):
            yield Hit(statement, f"column {node.subname} of {_relname(node.relation)} is renamed "
                      f"to {node.newname}")


@rule(
    "rename_table", Severity.WARNING, (Hazard.BREAKS_CLIENTS,),
    why="Running application code and functions still use the old table name.",
    fix="Rename, then create a view with the old name for old clients until they are gone.",
)
def _rename_table(context: FileContext) -> Iterator[Hit]:
    for statement, node in _of(context, ast.RenameStmt):
        if node.renameType == _OBJ.OBJECT_TABLE and not context.is_new(node.relation):
            yield Hit(statement, f"table {_relname(node.relation)} is renamed to {node.newname}")


def _locked_table(context: FileContext, node: ast.Node) -> bool:
    """True when ``node`` takes a lock that queues behind (and blocks) traffic on an existing table."""
    if isinstance(node, ast.IndexStmt) and node.concurrent:
        return False
    if isinstance(node, ast.DropStmt):
        tables = [n for n in node.objects or () if node.removeType == _OBJ.OBJECT_TABLE]
        return any(not context.is_new_table(*_split_name(_names(n))) for n in tables)
    if isinstance(node, ast.TruncateStmt):
        return any(not context.is_new(r) for r in node.relations or ())
    locking = (ast.AlterTableStmt, ast.IndexStmt, ast.RenameStmt, ast.CreateTrigStmt,
               ast.CreatePolicyStmt, ast.AlterPolicyStmt)
    if isinstance(node, locking):
        relation = getattr(node, "relation", None) or getattr(node, "table", None)
        return relation is not None and not context.is_new(relation)
    return False


def _sets_lock_timeout(node: ast.Node) -> bool:
    if isinstance(node, ast.VariableSetStmt):
        return node.name == "lock_timeout" and node.kind == enums.VariableSetKind.VAR_SET_VALUE
    calls = _walk(node) if isinstance(node, ast.SelectStmt) else iter(())
    return any(_function(c) == "set_config" and _first_text(c) == "lock_timeout" for c in calls)


def _first_text(call: object) -> str | None:
    """The first argument of a function call when it is a string literal."""
    args = call.args if isinstance(call, ast.FuncCall) else None
    first = args[0] if args else None
    value = getattr(getattr(first, "val", None), "sval", None)
    return value if isinstance(value, str) else None


@rule(
    "missing_lock_timeout", Severity.INFO, (_BR, _BW),
    why="A DDL lock waits behind long-running queries and, while it waits, blocks every query "
    "queued after it. pgstrata's runner sets lock_timeout itself; other tools (supabase db push, "
    "psql) do not.",
    fix="Start the file with SET lock_timeout = '5s' (and retry the migration if it times out).",
)
def _missing_lock_timeout(context: FileContext) -> Iterator[Hit]:
    for statement in context.statements:
        if _sets_lock_timeout(statement.node):
            return
        if _locked_table(context, statement.node):
            yield Hit(statement, f"{_summary(statement)} locks an existing table with no lock_timeout set")
            return


# -- rules: schema design ------------------------------------------------------------


def _column_defs(context: FileContext) -> Iterator[tuple[ParsedStatement, ast.ColumnDef]]:
    for statement in context.statements:
        if isinstance(statement.node, ast.CreateStmt | ast.AlterTableStmt):
            for node in _walk(statement.node):
                if isinstance(node, ast.ColumnDef) and node.typeName is not None:
                    yield statement, node


@rule(
    "timestamp_without_time_zone", Severity.WARNING, (),
    why="timestamp without time zone stores wall-clock time with no zone, so the same instant "
    "reads differently depending on the writer's TimeZone setting.",
    fix="Use timestamptz (timestamp with time zone).",
)
def _timestamp_without_time_zone(context: FileContext) -> Iterator[Hit]:
    for statement, column in _column_defs(context):
        if _type_name(column.typeName) == "timestamp":
            yield Hit(statement, f"column {column.colname or '?'} is timestamp without time zone",
                      _location(column.typeName))


@rule(
    "char_n", Severity.WARNING, (),
    why="character(n) pads values with spaces, compares them oddly and is no faster than text.",
    fix="Use text (with a CHECK on length if needed) or varchar(n).",
)
def _char_n(context: FileContext) -> Iterator[Hit]:
    for statement, column in _column_defs(context):
        if _type_name(column.typeName) == "bpchar":
            yield Hit(statement, f"column {column.colname or '?'} is character(n)",
                      _location(column.typeName))


_SMALL_INTEGERS = frozenset({"int2", "int4", "serial", "serial2", "serial4", "smallserial"})


def _primary_key_columns(node: ast.CreateStmt) -> set[str]:
    keys: set[str] = set()
    for element in node.tableElts or ():
        if isinstance(element, ast.Constraint) and element.contype == _CON.CONSTR_PRIMARY:
            keys.update(_names(element.keys))
        elif isinstance(element, ast.ColumnDef) and any(
            c.contype == _CON.CONSTR_PRIMARY for c in element.constraints or ()
        ):
            keys.add(element.colname or "")
    return keys


@rule(
    "integer_primary_key", Severity.WARNING, (),
    why="An integer (serial, int4) key runs out at 2,147,483,647 and widening it later rewrites "
    "the table and every referencing table.",
    fix="Use bigint (bigint generated always as identity) or uuid.",
)
def _integer_primary_key(context: FileContext) -> Iterator[Hit]:
    for statement, node in _of(context, ast.CreateStmt):
        keys = _primary_key_columns(node)
        for element in node.tableElts or ():
            if isinstance(element, ast.ColumnDef) and element.colname in keys and (
                _type_name(element.typeName) in _SMALL_INTEGERS
            ):
                yield Hit(statement, f"primary key column {element.colname} of "
                          f"{_relname(node.relation)} is a 32-bit integer", _location(element))


@rule(
    "transaction_control", Severity.WARNING, (Hazard.NON_TRANSACTIONAL,),
    why="The runner wraps each file in its own transaction together with its history row; a COMMIT "
    "inside the file ends that transaction early, so a later failure leaves the file half applied "
    "and unrecorded.",
    fix="Remove BEGIN/COMMIT from the file; it already runs as one transaction.",
)
def _transaction_control(context: FileContext) -> Iterator[Hit]:
    for statement in context.statements:
        if statement.is_transaction_control:
            yield Hit(statement, f"{_summary(statement)} controls the transaction inside a migration file")
