"""Rows → sequences, tables with their columns, constraints, indexes, views."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from sys import intern

from pgstrata.catalog.context import Context, intern_optional, sorted_by_id
from pgstrata.catalog.oids import PG_CLASS, PG_CONSTRAINT, PG_STATISTIC_EXT, PG_TYPE
from pgstrata.catalog.printed import Types, nested
from pgstrata.catalog.rows import (
    ColumnRow,
    ConstraintRow,
    IndexRow,
    InheritRow,
    NotNullRow,
    SequenceRow,
    StatisticsRow,
    TableRow,
    ViewRow,
)
from pgstrata.model import (
    Column,
    Constraint,
    Identity,
    Index,
    Kind,
    ObjectId,
    Statistics,
    Table,
    View,
)
from pgstrata.model import (
    Sequence as SequenceObject,
)

STORAGE = {"p": "PLAIN", "e": "EXTERNAL", "m": "MAIN", "x": "EXTENDED"}
COMPRESSION = {"p": "pglz", "l": "lz4"}

ColumnKey = tuple[int, int]  # (relid, attnum)


def strip_statement(text: str) -> str:
    """A printed definition without surrounding blanks and without its trailing semicolon."""
    text = text.strip()
    return text[:-1].rstrip() if text.endswith(";") else text


# --------------------------------------------------------------------------- sequences


def build_sequences(
    rows: Sequence[SequenceRow], ctx: Context
) -> tuple[tuple[SequenceObject, ...], dict[ColumnKey, SequenceRow]]:
    """Stand-alone sequences, and the identity sequences by the column they belong to."""
    out = []
    identities: dict[ColumnKey, SequenceRow] = {}
    for row in rows:
        schema = ctx.schema(row.schema)
        if row.identity and row.owner_relid is not None and row.owner_attnum is not None:
            identities[(row.owner_relid, row.owner_attnum)] = row
            # not in the model (Column.identity is), but grants and comments may name it
            ctx.targets[(PG_CLASS, row.oid)] = ObjectId(Kind.SEQUENCE, schema, row.name)
            continue
        owned_by = None
        if row.owner_table is not None and row.owner_column is not None:
            owned_by = (row.owner_table, row.owner_column)
        seq = SequenceObject(
            schema=schema, name=row.name, data_type=row.data_type, start=row.start,
            increment=row.increment, min_value=row.min_value, max_value=row.max_value,
            cache=row.cache, cycle=row.cycle, owned_by=owned_by, persistence=row.persistence,
        )
        out.append((ctx.add(PG_CLASS, row.oid, seq.id), seq))
    return sorted_by_id(out), identities


# --------------------------------------------------------------------------- tables & columns


def build_tables(
    tables: Sequence[TableRow],
    columns: Sequence[ColumnRow],
    inherits: Sequence[InheritRow],
    not_nulls: Sequence[NotNullRow],
    identities: Mapping[ColumnKey, SequenceRow],
    ctx: Context,
) -> tuple[Table, ...]:
    by_relation: defaultdict[int, list[ColumnRow]] = defaultdict(list)
    for col in columns:
        by_relation[col.relid].append(col)
    parents: defaultdict[int, list[InheritRow]] = defaultdict(list)
    for inherit in inherits:
        parents[inherit.relid].append(inherit)
    not_nulls_by_column = {(n.relid, n.num): n for n in not_nulls}
    out = []
    for row in tables:
        schema = ctx.schema(row.schema)
        ctx.relations[row.oid] = (schema, row.name)
        cols = by_relation.get(row.oid, [])
        for col in cols:
            ctx.column_names[(row.oid, col.num)] = intern(col.name)  # (the Column's own copy)
        ctx.column_rows[row.oid] = cols
        table = _table(
            row, schema, cols, parents.get(row.oid, []), not_nulls_by_column, identities, ctx
        )
        ident = ctx.aliases[(PG_TYPE, row.type_oid)] = ctx.add(PG_CLASS, row.oid, table.id)
        out.append((ident, table))
    return sorted_by_id(out)


def _table(
    row: TableRow,
    schema: str,
    columns: list[ColumnRow],
    parents: list[InheritRow],
    not_nulls_by_column: Mapping[ColumnKey, NotNullRow],
    identities: Mapping[ColumnKey, SequenceRow],
    ctx: Context,
) -> Table:
    partition_of = None
    inherits: tuple[tuple[str, str], ...] = ()
    if parents and parents[0].partition:
        partition_of = (ctx.schema(parents[0].parent_schema), parents[0].parent_name)
    else:
        inherits = tuple((ctx.schema(p.parent_schema), p.parent_name) for p in parents)
    return Table(
        schema=schema,
        name=row.name,
        columns=tuple(
            _column(col, position, not_nulls_by_column, identities, ctx.types_of(row.oid), ctx.printed,
                    child=bool(inherits))
            for position, col in enumerate(columns, 1)
        ),
        kind=row.kind,
        persistence=row.persistence,
        partition_key=nested(row.partition_key),  # (all parentheses: a group first in its AND stays)
        partition_of=partition_of,
        partition_bound=row.partition_bound,
        inherits=inherits,
        rls_enabled=row.rls_enabled,
        rls_forced=row.rls_forced,
        options=tuple(row.options or ()) + tuple(f"toast.{o}" for o in row.toast_options or ()),
        access_method=row.access_method,
        replica_identity=row.replica_identity,
        replica_identity_index=row.replica_identity_index,
        foreign_server=row.foreign_server,
        foreign_options=tuple(row.foreign_options or ()),
        of_type=row.of_type,
    )


def _column(
    row: ColumnRow,
    position: int,
    not_nulls: Mapping[ColumnKey, NotNullRow],
    identities: Mapping[ColumnKey, SequenceRow],
    types: Types,
    printed: Callable[[str | None, Types], str | None],
    *,
    child: bool = False,
) -> Column:
    """``child``: the column's table is an inheritance child (not a partition)."""
    key = (row.relid, row.num)
    not_null = not_nulls.get(key)
    identity = None
    if row.identity:
        seq = identities.get(key)
        if seq is not None:
            identity = Identity(
                always=row.identity == "a", sequence_name=seq.name, data_type=seq.data_type,
                start=seq.start, increment=seq.increment, min_value=seq.min_value,
                max_value=seq.max_value, cache=seq.cache, cycle=seq.cycle,
            )
    return Column(
        name=intern(row.name),  # (names and types repeat across tables: one copy each, see intern)
        type=intern(row.type),
        position=position,
        not_null=row.not_null,
        default=printed(row.default_expr, types),
        generated=printed(row.generated, types),
        generated_kind=row.generated_kind or "s",
        identity=identity,
        collation=row.collation,
        inherited=row.inherited,
        not_null_name=not_null.name if not_null else None,
        not_null_valid=not_null.validated if not_null else True,
        not_null_no_inherit=not_null.no_inherit if not_null else False,
        not_null_local=bool(child and row.inherited and not_null is not None and not_null.local),
        not_null_inherited_only=bool(child and not row.inherited and not_null is not None and not not_null.local),
        storage=STORAGE.get(row.storage) if row.storage else None,
        type_storage=STORAGE.get(row.type_storage) if row.type_storage else None,
        compression=COMPRESSION.get(row.compression) if row.compression else None,
        statistics=row.statistics,
        options=tuple(row.options or ()),
        foreign_options=tuple(row.foreign_options or ()),
    )


# --------------------------------------------------------------------------- constraints & indexes


def build_constraints(rows: Sequence[ConstraintRow], ctx: Context) -> tuple[Constraint, ...]:
    out = []
    for row in rows:
        relation = ctx.relations.get(row.relid)
        if relation is None:
            continue
        con = Constraint(
            schema=relation[0],
            table=relation[1],
            name=row.name,
            type=row.type,
            definition=ctx.printed(row.definition, ctx.types_of(row.relid)),
            columns=ctx.column_list(row.relid, row.column_nums),
            deferrable=row.deferrable,
            deferred=row.deferred,
            validated=row.validated,
            inherited=row.inherited,
            no_inherit=row.no_inherit and row.type == "c",  # 18 sets it on p/u/f too
            ref_schema=intern_optional(ctx.optional_schema(row.ref_schema)),
            ref_table=intern_optional(row.ref_table),
            ref_columns=tuple(map(intern, row.ref_columns or ())),
            index_name=row.index_name,
            index_options=tuple(row.index_options or ()),
            index_clustered=row.index_clustered,
            index_parent=((ctx.schema(row.index_parent_schema), row.index_parent_name)
                          if row.index_parent_schema is not None and row.index_parent_name is not None else None),
        )
        ident = ctx.add(PG_CONSTRAINT, row.oid, con.id)
        if row.index_oid is not None:
            # a dependency on the backing index is one on the constraint; a comment on it is
            # COMMENT ON INDEX (the constraint's change provides the index)
            ctx.aliases[(PG_CLASS, row.index_oid)] = ident
            if row.index_name is not None:
                ctx.targets[(PG_CLASS, row.index_oid)] = ObjectId(Kind.INDEX, con.schema, row.index_name, con.table)
        out.append((ident, con))
    return sorted_by_id(out)


def build_indexes(rows: Sequence[IndexRow], ctx: Context) -> tuple[Index, ...]:
    out = []
    for row in rows:
        relation = ctx.relations.get(row.relid)
        if relation is None:
            continue
        parent = None
        if row.parent_schema is not None and row.parent_name is not None:
            parent = (ctx.schema(row.parent_schema), row.parent_name)
        index = Index(
            schema=relation[0],
            table=relation[1],
            name=row.name,
            definition=ctx.printed(row.definition, ctx.types_of(row.relid)),
            unique=row.is_unique,
            method=intern(row.method),
            partial=row.partial,
            parent_index=parent,
            is_partitioned=row.partitioned,
            columns=ctx.column_list(row.relid, row.column_nums),
            clustered=row.clustered,
            statistics=tuple((num, target) for num, target in row.statistics or ()),
            valid=row.valid,
        )
        out.append((ctx.add(PG_CLASS, row.oid, index.id), index))
    return sorted_by_id(out)


def build_statistics(rows: Sequence[StatisticsRow], ctx: Context) -> tuple[Statistics, ...]:
    out = []
    for row in rows:
        stats = Statistics(schema=ctx.schema(row.schema), name=row.name,
                           table=(ctx.schema(row.table_schema), row.table_name),
                           definition=row.definition, target=row.target)
        out.append((ctx.add(PG_STATISTIC_EXT, row.oid, stats.id), stats))
    return sorted_by_id(out)


# --------------------------------------------------------------------------- views


def build_views(rows: Sequence[ViewRow], ctx: Context) -> tuple[View, ...]:
    out = []
    for row in rows:
        schema = ctx.schema(row.schema)
        ctx.relations[row.oid] = (schema, row.name)
        if row.materialized:  # indexes on a materialized view name its columns
            for num, name in enumerate(row.column_names, 1):
                ctx.column_names[(row.oid, num)] = name
        options = row.options or ()
        check = [o for o in options if o.startswith("check_option=")]
        view = View(
            schema=schema,
            name=row.name,
            definition=ctx.printed(strip_statement(row.definition), ctx.any_types),
            columns=tuple(zip(row.column_names, row.column_types, strict=True)),
            # (printed with all parentheses, like the partition key: a group first in its AND stays)
            defaults=tuple((name, nested(expr)) for name, expr in zip(row.column_names, row.column_defaults or (),
                                                                      strict=False) if expr is not None),
            settings=tuple((c, clause, undo) for c, clause, undo in row.column_settings or ()),
            options=tuple(o for o in options if not o.startswith("check_option=")),
            check_option=check[0].partition("=")[2] if check else None,
            materialized=row.materialized,
            with_data=row.populated,
            access_method=row.access_method,
        )
        ident = ctx.aliases[(PG_TYPE, row.type_oid)] = ctx.add(PG_CLASS, row.oid, view.id)
        out.append((ident, view))
    return sorted_by_id(out)

