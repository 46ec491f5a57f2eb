"""The rows of the catalog queries: the contract between ``read`` (I/O) and ``build`` (pure).

``stages.CatalogRows`` holds a list of each; ``stages.ROW_TYPES`` maps query to row type.

One NamedTuple per ``queries/<name>.sql``; its fields are the query's columns, in order and
by name (``read`` checks this for every query it runs).  Tests build rows by keyword.
Oids are ints, ``"char"`` columns one-letter strs, arrays lists.
"""

from __future__ import annotations

from typing import NamedTuple


class SchemaRow(NamedTuple):
    oid: int
    name: str
    owner: str
    extension_owned: bool
    role: str = ""  # current_user (the same on every row)


class HiddenRow(NamedTuple):
    classid: int
    objid: int
    extension_oid: int | None


class ExtensionRow(NamedTuple):
    oid: int
    name: str
    schema: str
    version: str
    relocatable: bool
    members: list[str]


class CollationRow(NamedTuple):
    oid: int
    schema: str
    name: str
    provider: str
    deterministic: bool
    lc_collate: str | None
    lc_ctype: str | None
    locale: str | None


class AccessMethodRow(NamedTuple):
    oid: int
    name: str
    type: str
    handler: str


class ConversionRow(NamedTuple):
    oid: int
    schema: str
    name: str
    source_encoding: str
    target_encoding: str
    function: str
    is_default: bool


class TransformRow(NamedTuple):
    oid: int
    type: str
    language: str
    from_sql: str | None
    to_sql: str | None


class StatisticsRow(NamedTuple):
    oid: int
    schema: str
    name: str
    table_schema: str
    table_name: str
    definition: str
    target: int | None


class OperatorRow(NamedTuple):
    oid: int
    schema: str
    name: str
    left_type: str | None
    right_type: str | None
    function: str
    commutator_schema: str | None
    commutator: str | None
    negator_schema: str | None
    negator: str | None
    restrict: str | None
    join_estimator: str | None
    hashes: bool
    merges: bool


class ForeignDataWrapperRow(NamedTuple):
    oid: int
    name: str
    handler: str | None
    validator: str | None
    options: list[str]
    secret_options: list[str]  # names only


class ForeignServerRow(NamedTuple):
    oid: int
    name: str
    wrapper: str
    type: str | None
    version: str | None
    options: list[str]  # OPTIONS items: "host 'db.example.com'"
    secret_options: list[str]  # names only


class TextSearchDictionaryRow(NamedTuple):
    oid: int
    schema: str
    name: str
    template: str
    options: str | None


class TextSearchConfigRow(NamedTuple):
    oid: int
    schema: str
    name: str
    parser: str
    tokens: list[str]
    dictionaries: list[str]  # per token: "dict1, dict2"


class EnumRow(NamedTuple):
    oid: int
    schema: str
    name: str
    labels: list[str]


class DomainRow(NamedTuple):
    oid: int
    schema: str
    name: str
    base_type: str
    not_null: bool
    default_expr: str | None
    collation: str | None
    check_oids: list[int]
    check_names: list[str]
    check_definitions: list[str]
    check_validated: list[bool]
    not_null_name: str | None  # PostgreSQL 17+: its NOT NULL constraint's name, if not the default


class CompositeRow(NamedTuple):
    oid: int
    relid: int
    schema: str
    name: str
    attribute_names: list[str]
    attribute_types: list[str]
    attribute_collations: list[str | None]


class RangeRow(NamedTuple):
    oid: int
    multirange_oid: int | None
    schema: str
    name: str
    subtype: str
    subtype_opclass: str | None
    collation: str | None
    canonical: str | None
    subtype_diff: str | None
    multirange_name: str | None
    constructor_oids: list[int]
    multirange_schema: str | None


class SequenceRow(NamedTuple):
    oid: int
    schema: str
    name: str
    data_type: str
    start: int
    increment: int
    min_value: int
    max_value: int
    cache: int
    cycle: bool
    persistence: str
    identity: bool | None  # True: identity sequence; None: not owned by a column
    owner_relid: int | None
    owner_attnum: int | None
    owner_table: str | None
    owner_column: str | None


class TableRow(NamedTuple):
    oid: int
    type_oid: int
    schema: str
    name: str
    kind: str
    persistence: str
    partition_key: str | None
    partition_bound: str | None
    rls_enabled: bool
    rls_forced: bool
    options: list[str] | None
    toast_options: list[str] | None
    access_method: str | None
    replica_identity: str
    replica_identity_index: str | None
    foreign_server: str | None
    foreign_options: list[str] | None
    of_type: str | None  # CREATE TABLE … OF this composite type


class InheritRow(NamedTuple):
    relid: int
    parent_schema: str
    parent_name: str
    partition: bool


class ColumnRow(NamedTuple):
    relid: int
    num: int
    name: str
    type: str
    not_null: bool
    default_expr: str | None
    generated: str | None
    generated_kind: str
    identity: str
    collation: str | None
    inherited: bool
    storage: str | None
    type_storage: str | None  # the type's own storage, when the column's differs
    compression: str | None
    statistics: int | None  # ALTER COLUMN … SET STATISTICS; None: the default
    options: list[str] | None  # attoptions: ["n_distinct=-0.5"]
    foreign_options: list[str] | None  # a foreign table's column OPTIONS: ["column_name 'id'"]
    base_type: str | None = None  # a domain-typed column's base type (under nested domains)


class NotNullRow(NamedTuple):
    relid: int
    num: int
    name: str
    validated: bool
    no_inherit: bool
    local: bool
    oid: int  # the constraint's (a comment's target)


class ConstraintRow(NamedTuple):
    oid: int
    relid: int
    name: str
    type: str
    definition: str
    column_nums: list[int] | None
    deferrable: bool
    deferred: bool
    validated: bool
    inherited: bool
    no_inherit: bool
    ref_schema: str | None
    ref_table: str | None
    ref_columns: list[str] | None
    index_oid: int | None
    index_name: str | None
    index_options: list[str] | None
    index_clustered: bool
    index_parent_schema: str | None = None
    index_parent_name: str | None = None


class IndexRow(NamedTuple):
    oid: int
    relid: int
    name: str
    definition: str
    is_unique: bool
    method: str
    partial: bool
    parent_schema: str | None
    parent_name: str | None
    partitioned: bool
    column_nums: list[int]
    clustered: bool
    statistics: list[list[int]] | None  # [column number, target] of expression columns
    valid: bool  # pg_dump dumps it (see queries/indexes.sql)


class ViewRow(NamedTuple):
    oid: int
    type_oid: int  # the view's row type (a function may return SETOF it)
    schema: str
    name: str
    materialized: bool
    definition: str
    column_names: list[str]
    column_types: list[str]
    column_defaults: list[str | None] | None  # views only
    column_settings: list[list[str]] | None  # materialized views only: [column, clause, undo]
    options: list[str] | None
    populated: bool
    access_method: str | None


class FunctionRow(NamedTuple):
    oid: int
    schema: str
    name: str
    kind: str
    identity_args: str
    arguments: str
    result: str | None
    definition: str
    printed_name: str
    language: str
    volatility: str
    security_definer: bool
    config: list[str] | None


class AggregateRow(NamedTuple):
    oid: int
    schema: str
    name: str
    identity_args: str
    arguments: str
    result: str | None
    agg_kind: str
    direct_args: int
    sfunc: str
    stype: str
    sspace: int
    finalfunc: str | None
    finalfunc_extra: bool
    finalfunc_modify: str
    combinefunc: str | None
    serialfunc: str | None
    deserialfunc: str | None
    initcond: str | None
    msfunc: str | None
    minvfunc: str | None
    mstype: str | None
    msspace: int
    mfinalfunc: str | None
    mfinalfunc_extra: bool
    mfinalfunc_modify: str
    minitcond: str | None
    sortop: str | None
    parallel: str


class TriggerRow(NamedTuple):
    oid: int
    schema: str
    table_name: str
    name: str
    definition: str
    enabled: str
    function_schema: str
    function_name: str
    is_constraint: bool
    inherited: bool


class EventTriggerRow(NamedTuple):
    oid: int
    name: str
    event: str
    function_schema: str
    function_name: str
    tags: list[str]
    enabled: str


class RuleRow(NamedTuple):
    oid: int
    schema: str
    table_name: str
    name: str
    definition: str
    enabled: str


class PolicyRow(NamedTuple):
    oid: int
    schema: str
    table_name: str
    name: str
    permissive: bool
    command: str
    roles: list[str]
    using_expr: str | None
    check_expr: str | None


class CastRow(NamedTuple):
    oid: int
    source: str
    target: str
    function: str | None
    context: str
    method: str


class PublicationRow(NamedTuple):
    oid: int
    name: str
    all_tables: bool
    publish_insert: bool
    publish_update: bool
    publish_delete: bool
    publish_truncate: bool
    via_root: bool
    generated_columns: str | None  # PostgreSQL 18: 'stored' when published, else None


class PublicationTableRow(NamedTuple):
    oid: int
    publication_oid: int
    schema: str
    table_name: str
    columns: list[str] | None  # PostgreSQL 15+ column list
    row_filter: str | None  # PostgreSQL 15+ WHERE, as pg_get_expr prints it


class PublicationSchemaRow(NamedTuple):
    publication_oid: int
    schema: str


class GrantRow(NamedTuple):
    classid: int
    objid: int
    objsubid: int
    column_name: str | None
    grantee: str
    privilege: str
    grantable: bool
    revoked: bool
    position: int
    by_default: bool


class DefaultPrivilegeRow(NamedTuple):
    role: str
    schema: str | None
    object_type: str
    grantee: str
    privilege: str
    grantable: bool
    revoked: bool
    position: int = 0


class CommentRow(NamedTuple):
    classid: int
    objid: int
    objsubid: int
    column_name: str | None
    text: str


class OwnerRow(NamedTuple):
    classid: int
    objid: int
    objsubid: int  # always 0 (read like grants and comments)
    owner: str
    settable: bool  # the inspecting role may give objects to ``owner`` (member, or superuser)


class DependencyRow(NamedTuple):
    classid: int
    objid: int
    objsubid: int
    refclassid: int
    refobjid: int
    refobjsubid: int


class OutsideRow(NamedTuple):
    classid: int
    objid: int
    schema: str
    name: str  # pg_describe_object: "function private.fn()"


class UnsupportedRow(NamedTuple):
    schema: str | None
    name: str
    what: str
