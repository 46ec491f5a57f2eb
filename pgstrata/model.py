"""The schema model: frozen values for every object kind of DESIGN §6.

The model holds *raw* names (never quoted) and, for expressions and
definitions, the text PostgreSQL itself prints (``pg_get_indexdef``,
``pg_get_constraintdef``, ``pg_get_viewdef``, ``pg_get_expr``,
``format_type`` …).  The catalog reader runs those functions with
``search_path`` set to the schema being inspected when a single schema is
inspected, so that a definition inside schema ``dev`` reads the same as the
one inside ``test`` — this is how ``dev.users`` ≡ ``test.users`` (DESIGN §1).
Schema names in the model are *logical*: the catalog reader may rename a
schema (``rename={"dev": "test"}``) so that identities match the target.

Identity: every object has an :class:`ObjectId` made of its kind, schema,
name and (for sub-objects) the owning table/type; functions carry their
argument types in ``name``.  Sorting by ObjectId is the stable tie-break at
every boundary (STYLE habit 7).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from pgstrata.fastinit import fast_inits


class Kind(StrEnum):
    """Closed set of object kinds; the value is the SQL keyword used in messages."""

    # hashed as its value, in C (Enum's own __hash__ is Python-level, and hashes the name,
    # though a member equals its value)
    __hash__ = str.__hash__

    SCHEMA = "schema"
    EXTENSION = "extension"
    ACCESS_METHOD = "access method"
    COLLATION = "collation"
    CONVERSION = "conversion"
    TRANSFORM = "transform"
    FOREIGN_DATA_WRAPPER = "foreign data wrapper"
    FOREIGN_SERVER = "server"
    TEXT_SEARCH_DICTIONARY = "text search dictionary"
    TEXT_SEARCH_CONFIGURATION = "text search configuration"
    ENUM = "type"  # CREATE TYPE … AS ENUM
    DOMAIN = "domain"
    COMPOSITE = "composite type"
    RANGE = "range type"
    SEQUENCE = "sequence"
    TABLE = "table"
    COLUMN = "column"
    CONSTRAINT = "constraint"
    INDEX = "index"
    STATISTICS = "statistics"
    VIEW = "view"
    MATERIALIZED_VIEW = "materialized view"
    FUNCTION = "function"
    PROCEDURE = "procedure"
    AGGREGATE = "aggregate"
    TRIGGER = "trigger"
    EVENT_TRIGGER = "event trigger"
    RULE = "rule"
    POLICY = "policy"
    CAST = "cast"
    OPERATOR = "operator"
    PUBLICATION = "publication"
    GRANT = "grant"
    DEFAULT_PRIVILEGE = "default privilege"
    COMMENT = "comment"
    OWNER = "owner"
    FOREIGN_TABLE = "foreign table"
    UNSUPPORTED = "unsupported"


# pg_default_acl.defaclobjtype → what ALTER DEFAULT PRIVILEGES calls them
DEFAULT_PRIVILEGE_OBJECTS = {"r": "tables", "S": "sequences", "f": "functions", "T": "types", "n": "schemas",
                             "L": "large objects"}  # L: PostgreSQL 18


class ObjectId(NamedTuple):
    """Identity of one object: kind + schema + name (+ parent for sub-objects).

    ``name`` of a function/procedure/aggregate is ``name(argtypes)`` where argtypes
    is ``pg_get_function_identity_arguments`` text; of a cast it is ``(src AS dst)``.
    ``parent`` is the table (or view) name for columns, constraints, indexes,
    triggers, rules and policies, which live in the same schema as their parent.

    A tuple: identities are hashed and compared millions of times while planning, and a
    tuple of strings does both in C (a dataclass calls Python-level ``__hash__``/``__eq__``).
    """

    kind: Kind
    schema: str | None
    name: str
    parent: str | None = None

    def __str__(self) -> str:
        if self.kind is Kind.COMMENT:  # the name is the target's own text: "table public.posts"
            return f"comment on {self.name}"
        if self.kind is Kind.OWNER:  # likewise: "owner of table public.posts"
            return f"owner of {self.name}"
        if self.kind is Kind.GRANT:  # "SELECT on table posts to anon", in schema (and table)
            place = ".".join(p for p in (self.schema, self.parent) if p)
            return f"grant {self.name}" + (f" ({place})" if place else "")
        if self.kind is Kind.DEFAULT_PRIVILEGE:  # "role:object type:privilege:grantee"
            role, objects, privilege, grantee = self.name.split(":", 3)
            what = DEFAULT_PRIVILEGE_OBJECTS.get(objects, objects)
            where = f" in schema {self.schema}" if self.schema else ""
            return f"default privilege {privilege} on {what} of {role}{where} to {grantee}"
        where = ".".join(p for p in (self.schema, self.parent, self.name) if p)
        return f"{self.kind.value} {where}"


class Identified:
    """Gives a model value its :class:`ObjectId` ``id``, made (``_identity``) when the value is.

    Planning asks a value for its id many times: a plain slot, set by the ``__init__`` that
    :func:`~pgstrata.fastinit.fast_init` makes (``__derived__``).  The id is not a dataclass
    field, so it is no part of equality, ``repr`` or ``replace()`` (a replaced value makes its
    own)."""

    __slots__ = ("id",)
    __derived__ = (("id", "_identity"),)  # slot, method that makes it (pgstrata.fastinit)
    id: ObjectId

    def _identity(self) -> ObjectId:
        raise NotImplementedError


# --------------------------------------------------------------------------- schemas & types


@dataclass(frozen=True, slots=True)
class Schema(Identified):
    name: str
    owner: str | None = None

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.SCHEMA, None, self.name)


@dataclass(frozen=True, slots=True)
class Extension(Identified):
    name: str
    schema: str  # the schema its objects live in
    version: str
    relocatable: bool = True
    # names of its own types, routines, operators, opclasses … (not compared: they come with it)
    members: tuple[str, ...] = field(default=(), compare=False)

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.EXTENSION, None, self.name)


@dataclass(frozen=True, slots=True)
class Collation(Identified):
    schema: str
    name: str
    provider: str  # 'c' libc, 'i' icu, 'd' default, 'b' builtin
    deterministic: bool
    lc_collate: str | None
    lc_ctype: str | None
    locale: str | None  # ICU / builtin locale

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.COLLATION, self.schema, self.name)


@dataclass(frozen=True, slots=True)
class AccessMethod(Identified):
    """``CREATE ACCESS METHOD`` that no extension makes (pg_dump's regress_table_am: TYPE TABLE
    HANDLER heap_tableam_handler): database-wide, like a foreign-data wrapper."""

    name: str
    type: str  # 't' table, 'i' index
    handler: str  # regproc as printed

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.ACCESS_METHOD, None, self.name)


@dataclass(frozen=True, slots=True)
class Conversion(Identified):
    """``CREATE [DEFAULT] CONVERSION``: an encoding conversion (pg_dump's test_conversion,
    LATIN1 to UTF8 through ``iso8859_1_to_utf8``)."""

    schema: str
    name: str
    source_encoding: str  # as CREATE CONVERSION names it: 'LATIN1'
    target_encoding: str
    function: str  # regproc as printed: qualified outside the inspected schema and pg_catalog
    default: bool = False

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.CONVERSION, self.schema, self.name)


@dataclass(frozen=True, slots=True)
class Transform(Identified):
    """``CREATE TRANSFORM FOR type LANGUAGE lang (FROM SQL WITH FUNCTION …, TO SQL WITH
    FUNCTION …)`` that no extension makes (pg_dump's suite: FOR int LANGUAGE SQL);
    database-wide.  ``name`` is ``<type> language <language>``."""

    name: str
    type: str  # format_type: integer
    language: str
    from_sql: str | None  # regprocedure as printed: prsd_lextype(internal)
    to_sql: str | None

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.TRANSFORM, None, self.name)


@dataclass(frozen=True, slots=True)
class ForeignDataWrapper(Identified):
    """A foreign-data wrapper that is no extension's own (one an extension makes, like
    postgres_fdw, comes with it): Supabase Wrappers' ``CREATE FOREIGN DATA WRAPPER
    stripe_wrapper HANDLER stripe_fdw_handler VALIDATOR stripe_fdw_validator``."""

    name: str
    handler: str | None = None  # the handler function as printed (regproc: qualified outside the inspected schema)
    validator: str | None = None
    options: tuple[str, ...] = ()  # OPTIONS items, sorted by name (secret ones left out)

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.FOREIGN_DATA_WRAPPER, None, self.name)


@dataclass(frozen=True, slots=True)
class ForeignServer(Identified):
    """A foreign server (database-wide), without the options that hold secrets."""

    name: str
    wrapper: str  # its foreign-data wrapper, usually an extension's (postgres_fdw)
    type: str | None = None
    version: str | None = None
    options: tuple[str, ...] = ()  # OPTIONS items: "host 'db.example.com'", sorted by name

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.FOREIGN_SERVER, None, self.name)


@dataclass(frozen=True, slots=True)
class TextSearchDictionary(Identified):
    schema: str
    name: str
    template: str  # qualified: pg_catalog.snowball
    options: str | None  # as kept by PostgreSQL: "language = 'english', stopwords = 'english'"

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.TEXT_SEARCH_DICTIONARY, self.schema, self.name)


@dataclass(frozen=True, slots=True)
class TextSearchConfig(Identified):
    schema: str
    name: str
    parser: str  # qualified: pg_catalog."default"
    # (token type alias, its dictionaries as printed: "public.unaccent, english_stem"),
    # in token id order
    mappings: tuple[tuple[str, str], ...] = ()

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.TEXT_SEARCH_CONFIGURATION, self.schema, self.name)


@dataclass(frozen=True, slots=True)
class EnumType(Identified):
    schema: str
    name: str
    labels: tuple[str, ...]  # in enumsortorder

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.ENUM, self.schema, self.name)


@dataclass(frozen=True, slots=True)
class DomainCheck:
    name: str
    definition: str  # pg_get_constraintdef: "CHECK (VALUE > 0)" (+ " NOT VALID")
    validated: bool = True


@dataclass(frozen=True, slots=True)
class Domain(Identified):
    schema: str
    name: str
    base_type: str  # format_type(typbasetype, typtypmod)
    not_null: bool = False
    default: str | None = None
    collation: str | None = None  # qualified collation name when not the base type's default
    checks: tuple[DomainCheck, ...] = ()
    not_null_name: str | None = None  # PostgreSQL 17+: when not the default <domain>_not_null

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.DOMAIN, self.schema, self.name)


@dataclass(frozen=True, slots=True)
class Attribute:
    """An attribute of a composite type."""

    name: str
    type: str
    collation: str | None = None


@dataclass(frozen=True, slots=True)
class CompositeType(Identified):
    schema: str
    name: str
    attributes: tuple[Attribute, ...]

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.COMPOSITE, self.schema, self.name)


@dataclass(frozen=True, slots=True)
class RangeType(Identified):
    schema: str
    name: str
    subtype: str
    subtype_opclass: str | None = None
    collation: str | None = None
    canonical: str | None = None
    subtype_diff: str | None = None
    multirange_name: str | None = None
    # the multirange's schema when it is not the range's (multirange_type_name = other.name)
    multirange_schema: str | None = None

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.RANGE, self.schema, self.name)


@dataclass(frozen=True, slots=True)
class Sequence(Identified):
    schema: str
    name: str
    data_type: str  # smallint | integer | bigint
    start: int
    increment: int
    min_value: int
    max_value: int
    cache: int
    cycle: bool
    owned_by: tuple[str, str] | None = None  # (table, column) in the same schema
    persistence: str = "p"  # 'p' permanent, 'u' unlogged

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.SEQUENCE, self.schema, self.name)


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True, slots=True)
class Identity:
    always: bool  # GENERATED ALWAYS vs BY DEFAULT
    sequence_name: str
    data_type: str
    start: int
    increment: int
    min_value: int
    max_value: int
    cache: int
    cycle: bool


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str  # format_type(atttypid, atttypmod), e.g. "character varying(20)", "public.mood[]"
    position: int  # attnum order among live columns, 1-based
    not_null: bool = False
    default: str | None = None  # pg_get_expr(adbin) unless generated
    generated: str | None = None  # expression of GENERATED ALWAYS AS (…) STORED
    generated_kind: str = "s"  # 's' stored, 'v' virtual (PostgreSQL 18)
    identity: Identity | None = None
    collation: str | None = None  # only when it differs from the type's default
    inherited: bool = False  # attislocal = false (comes from a parent table)
    not_null_name: str | None = None  # PostgreSQL 18 named NOT NULL constraint
    not_null_valid: bool = True  # PostgreSQL 18: NOT NULL … NOT VALID (convalidated = false)
    not_null_no_inherit: bool = False  # PostgreSQL 18: NOT NULL … NO INHERIT
    # PostgreSQL 18: an inheritance child's inherited column whose NOT NULL is also its own
    # (conislocal: CREATE TABLE c (NOT NULL id) INHERITS (p), or a primary key on c)
    not_null_local: bool = False
    # PostgreSQL 18: an inheritance child's own column (attislocal) whose NOT NULL comes only
    # from a parent (conislocal = false: CREATE TABLE c (id int) INHERITS (p), p.id NOT NULL)
    not_null_inherited_only: bool = False
    storage: str | None = None  # only when differing from the type's default
    type_storage: str | None = None  # the type's default, when ``storage`` differs from it
    compression: str | None = None
    statistics: int | None = None  # SET STATISTICS; None: the default
    options: tuple[str, ...] = ()  # SET (n_distinct=-0.5, …)
    foreign_options: tuple[str, ...] = ()  # a foreign table's column OPTIONS, sorted by name

    @property
    def local(self) -> bool:
        return not self.inherited


@dataclass(frozen=True, slots=True)
class Table(Identified):
    schema: str
    name: str
    columns: tuple[Column, ...]
    kind: str = "r"  # 'r' table, 'p' partitioned table, 'f' foreign table
    persistence: str = "p"  # 'p' permanent, 'u' unlogged
    partition_key: str | None = None  # pg_get_partkeydef: "RANGE (created_at)"
    partition_of: tuple[str, str] | None = None  # (schema, table) of the parent
    partition_bound: str | None = None  # pg_get_expr(relpartbound): "FOR VALUES FROM … TO …"
    inherits: tuple[tuple[str, str], ...] = ()  # plain inheritance parents, in order
    rls_enabled: bool = False
    rls_forced: bool = False
    options: tuple[str, ...] = ()  # reloptions "fillfactor=70"
    access_method: str | None = None  # only when not heap
    replica_identity: str = "d"  # d default, n nothing, f full, i index
    replica_identity_index: str | None = None
    foreign_server: str | None = None  # foreign tables only
    foreign_options: tuple[str, ...] = ()
    of_type: str | None = None  # a typed table's composite type (CREATE TABLE … OF), as printed

    def _identity(self) -> ObjectId:
        kind = Kind.FOREIGN_TABLE if self.kind == "f" else Kind.TABLE
        return ObjectId(kind, self.schema, self.name)

    def column(self, name: str) -> Column | None:
        for col in self.columns:
            if col.name == name:
                return col
        return None

    @property
    def parent_keys(self) -> list[tuple[str, str]]:
        """(schema, name) of the table it is a partition of, or of those it inherits from."""
        return ([self.partition_of] if self.partition_of else []) + list(self.inherits)


@dataclass(frozen=True, slots=True)
class Constraint(Identified):
    """A table constraint: p primary key, u unique, f foreign key, c check, x exclusion, n not null."""

    schema: str
    table: str
    name: str
    type: str
    definition: str  # pg_get_constraintdef(oid, true), includes NOT VALID / DEFERRABLE
    columns: tuple[str, ...] = ()  # conkey column names
    deferrable: bool = False
    deferred: bool = False
    validated: bool = True
    inherited: bool = False  # conislocal = false (from a parent / partition parent)
    no_inherit: bool = False
    ref_schema: str | None = None  # FK target
    ref_table: str | None = None
    ref_columns: tuple[str, ...] = ()
    index_name: str | None = None  # backing index of p/u/x
    index_options: tuple[str, ...] = ()  # reloptions of the backing index (WITH (fillfactor=70))
    index_clustered: bool = False  # the table is CLUSTERed ON the backing index
    # (schema, index) a partition's key index is attached to when that is a plain index of
    # the parent's, not a key (ALTER INDEX parent_idx ATTACH PARTITION part_pkey)
    index_parent: tuple[str, str] | None = None

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.CONSTRAINT, self.schema, self.name, self.table)


@dataclass(frozen=True, slots=True)
class Index(Identified):
    """A stand-alone index (not the backing index of a constraint)."""

    schema: str
    table: str
    name: str
    definition: str  # pg_get_indexdef(oid, 0, true)
    unique: bool = False
    method: str = "btree"
    partial: bool = False
    parent_index: tuple[str, str] | None = None  # (schema, index) it is attached to, for partitions
    is_partitioned: bool = False  # index on a partitioned table (relkind 'I')
    columns: tuple[str, ...] = ()  # plain column names referenced (for dependencies)
    clustered: bool = False  # the index its table (or materialized view) is CLUSTERed ON
    statistics: tuple[tuple[int, int], ...] = ()  # (column number, target) of expression columns
    # False: left INVALID by a failed CREATE INDEX CONCURRENTLY (or not ready), which pg_dump
    # leaves out: no part of the schema, only a name taken until it is dropped
    valid: bool = True

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.INDEX, self.schema, self.name, self.table)


@dataclass(frozen=True, slots=True)
class Statistics(Identified):
    """An extended statistics object (CREATE STATISTICS)."""

    schema: str
    name: str
    table: tuple[str, str]  # (schema, table) it is on
    definition: str  # pg_get_statisticsobjdef(oid) after the name: ' (kinds) ON a, b FROM t'
    target: int | None = None  # ALTER STATISTICS … SET STATISTICS; None: the default

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.STATISTICS, self.schema, self.name)


# --------------------------------------------------------------------------- views & routines


@dataclass(frozen=True, slots=True)
class View(Identified):
    schema: str
    name: str
    definition: str  # pg_get_viewdef(oid, true), without trailing semicolon
    columns: tuple[tuple[str, str], ...] = ()  # (name, type [COLLATE c: not the type's own]) in order
    defaults: tuple[tuple[str, str], ...] = ()  # (column, expression): ALTER VIEW … SET DEFAULT
    # a materialized view's column settings, (column, clause, the clause undoing it):
    # ("body", "SET STORAGE EXTERNAL", "SET STORAGE EXTENDED"), ("n", "SET STATISTICS 500", …)
    settings: tuple[tuple[str, str, str], ...] = ()
    options: tuple[str, ...] = ()  # security_barrier=true, security_invoker=true
    check_option: str | None = None  # local | cascaded
    materialized: bool = False
    with_data: bool = True  # matviews: relispopulated
    access_method: str | None = None

    def _identity(self) -> ObjectId:
        kind = Kind.MATERIALIZED_VIEW if self.materialized else Kind.VIEW
        return ObjectId(kind, self.schema, self.name)


@dataclass(frozen=True, slots=True)
class Function(Identified):
    """A function, procedure or aggregate.

    ``definition`` is the complete ``CREATE OR REPLACE …`` statement as PostgreSQL
    prints it (``pg_get_functiondef``) with the name re-qualified by the logical
    schema, without trailing semicolon.  Aggregates carry their own CREATE
    AGGREGATE text built by the catalog.
    """

    schema: str
    name: str
    identity_args: str  # pg_get_function_identity_arguments
    definition: str
    kind: str = "f"  # f function, p procedure, a aggregate, w window
    arguments: str = ""  # pg_get_function_arguments (with defaults and names)
    result: str | None = None  # pg_get_function_result
    language: str = "sql"
    volatility: str = "v"
    security_definer: bool = False
    config: tuple[str, ...] = ()  # proconfig "search_path=public"

    def sql_standard_body(self) -> bool:
        """Whether the body is SQL-standard (``RETURN expr`` / ``BEGIN ATOMIC``), parsed when
        made, so that PostgreSQL records what it reads; pg_get_functiondef prints it where
        it prints ``AS $function$…`` for a quoted one, after the indented header lines."""
        if self.language != "sql" or self.kind == "a":
            return False
        body = next((line for line in self.definition.split("\n")[1:] if not line.startswith(" ")), "")
        return not body.startswith("AS ")

    def _identity(self) -> ObjectId:
        kind = {"p": Kind.PROCEDURE, "a": Kind.AGGREGATE}.get(self.kind, Kind.FUNCTION)
        return ObjectId(kind, self.schema, f"{self.name}({self.identity_args})")


@dataclass(frozen=True, slots=True)
class Trigger(Identified):
    schema: str
    table: str
    name: str
    definition: str  # pg_get_triggerdef(oid, true)
    enabled: str = "O"  # O origin, D disabled, R replica, A always
    function: tuple[str, str] | None = None  # (schema, function name) for dependencies
    constraint: bool = False
    inherited: bool = False  # cloned onto a partition from its parent

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.TRIGGER, self.schema, self.name, self.table)


@dataclass(frozen=True, slots=True)
class EventTrigger(Identified):
    name: str
    event: str
    function: tuple[str, str]
    tags: tuple[str, ...] = ()
    enabled: str = "O"

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.EVENT_TRIGGER, None, self.name)


@dataclass(frozen=True, slots=True)
class Rule(Identified):
    schema: str
    table: str
    name: str
    definition: str  # pg_get_ruledef(oid, true)
    enabled: str = "O"  # O origin, D disabled, R replica, A always (as triggers)

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.RULE, self.schema, self.name, self.table)


@dataclass(frozen=True, slots=True)
class Policy(Identified):
    schema: str
    table: str
    name: str
    permissive: bool = True
    command: str = "ALL"  # ALL SELECT INSERT UPDATE DELETE
    roles: tuple[str, ...] = ("public",)
    using: str | None = None
    with_check: str | None = None

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.POLICY, self.schema, self.name, self.table)


@dataclass(frozen=True, slots=True)
class Cast(Identified):
    source: str
    target: str
    function: str | None  # regprocedure text, None for WITHOUT FUNCTION / INOUT
    context: str  # e explicit, a assignment, i implicit
    method: str  # f function, i inout, b binary

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.CAST, None, f"({self.source} AS {self.target})")


@dataclass(frozen=True, slots=True)
class Operator(Identified):
    schema: str
    name: str  # the symbol: ===
    left: str | None  # operand types as printed; None: NONE (a prefix operator)
    right: str | None
    function: str  # regproc text
    commutator: tuple[str, str] | None = None  # (schema, symbol)
    negator: tuple[str, str] | None = None
    restrict: str | None = None
    join: str | None = None
    hashes: bool = False
    merges: bool = False

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.OPERATOR, self.schema, f"{self.name}({self.left or 'NONE'}, {self.right or 'NONE'})")


@dataclass(frozen=True, slots=True)
class Publication(Identified):
    name: str
    all_tables: bool = False
    tables: tuple[tuple[str, str], ...] = ()  # (schema, table)
    schemas: tuple[str, ...] = ()  # FOR TABLES IN SCHEMA
    publish: tuple[str, ...] = ("insert", "update", "delete", "truncate")
    via_root: bool = False
    generated_columns: str | None = None  # publish_generated_columns (PostgreSQL 18); None: none
    # (schema, table, column list or (), row filter or None) of the tables that have either
    filters: tuple[tuple[str, str, tuple[str, ...], str | None], ...] = ()

    def table_filter(self, key: tuple[str, str]) -> tuple[tuple[str, ...], str | None]:
        """A member table's (column list, row filter); ((), None) when it has neither."""
        for schema, table, columns, row_filter in self.filters:
            if (schema, table) == key:
                return columns, row_filter
        return (), None

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.PUBLICATION, None, self.name)


# --------------------------------------------------------------------------- privileges & comments


@dataclass(frozen=True, slots=True, order=True)
class Grant(Identified):
    """One privilege of one grantee on one object (or one column of a table)."""

    target: ObjectId  # the table, sequence, function, schema, type … (column grants: COLUMN id)
    grantee: str  # role name or "PUBLIC"
    privilege: str  # SELECT, INSERT, UPDATE, USAGE, EXECUTE …
    grantable: bool = False
    # True: a privilege PostgreSQL grants by default (EXECUTE/USAGE to PUBLIC on functions and
    # types) that was revoked — render as REVOKE; absent entries mean "as by default".
    revoked: bool = False
    # Position of the grantee's entry in the object's ACL (aclexplode order).  pg_dump prints
    # ACL entries in stored order, so GRANTs are emitted in this order; not part of equality.
    position: int = field(default=0, compare=False)
    # The grantee has the privilege by default (the owner; PUBLIC's EXECUTE on a function):
    # only the grant option is beyond the default, so undoing it revokes just that.
    by_default: bool = False

    def _identity(self) -> ObjectId:
        return ObjectId(
            Kind.GRANT,
            self.target.schema,
            f"{self.privilege} on {self.target.kind.value} {self.target.name} to {self.grantee}",
            self.target.parent,
        )


@dataclass(frozen=True, slots=True, order=True)
class DefaultPrivilege(Identified):
    role: str  # the role whose future objects get the privilege
    schema: str | None  # None: in all schemas
    object_type: str  # r tables, S sequences, f functions, T types, n schemas
    grantee: str
    privilege: str
    grantable: bool = False
    revoked: bool = False  # a built-in default privilege revoked (global entries, schema None)
    # Position of the grantee's entry in the stored default ACL: a new object gets the entries
    # in this order (see Grant.position); not part of equality.
    position: int = field(default=0, compare=False)

    def _identity(self) -> ObjectId:
        return ObjectId(
            Kind.DEFAULT_PRIVILEGE,
            self.schema,
            f"{self.role}:{self.object_type}:{self.privilege}:{self.grantee}",
        )


@dataclass(frozen=True, slots=True, order=True)
class Comment(Identified):
    target: ObjectId
    text: str

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.COMMENT, self.target.schema, str(self.target), self.target.parent)


@dataclass(frozen=True, slots=True)
class Unsupported(Identified):
    """An object pgstrata sees but cannot reproduce yet; reported, never dropped silently."""

    schema: str | None
    name: str
    what: str  # e.g. "foreign server", "operator", "text search configuration"

    def _identity(self) -> ObjectId:
        return ObjectId(Kind.UNSUPPORTED, self.schema, f"{self.what} {self.name}")


# --------------------------------------------------------------------------- the whole model


@dataclass(frozen=True, slots=True)
class Dependency:
    """``dependent`` needs ``referenced`` to exist first (from pg_depend and pg_rewrite)."""

    dependent: ObjectId
    referenced: ObjectId


@dataclass(frozen=True, slots=True)
class OutsideReference:
    """``dependent`` needs ``name`` (``pg_describe_object``: "function private.fn()"), an object
    of ``schema``, a user schema the inspection did not read: a plan that makes ``dependent``
    needs the target to have it already."""

    dependent: ObjectId
    name: str
    schema: str


@dataclass(frozen=True, slots=True, order=True)
class Owner(Identified):
    """The role owning an object (read only when ownership is opted in: DESIGN §6)."""

    target: ObjectId
    role: str

    def _identity(self) -> ObjectId:
        return owner_id(self.target)


def owner_id(target: ObjectId) -> ObjectId:
    """The identity of the :class:`Owner` of ``target`` (its ALTER … OWNER TO change)."""
    return ObjectId(Kind.OWNER, target.schema, str(target), target.parent)


@dataclass(frozen=True, slots=True)
class SchemaModel:
    """Everything pgstrata knows about the inspected schemas, sorted by identity."""

    server_version: int = 0  # server_version_num
    schemas: tuple[Schema, ...] = ()
    extensions: tuple[Extension, ...] = ()
    access_methods: tuple[AccessMethod, ...] = ()
    collations: tuple[Collation, ...] = ()
    conversions: tuple[Conversion, ...] = ()
    transforms: tuple[Transform, ...] = ()
    foreign_data_wrappers: tuple[ForeignDataWrapper, ...] = ()
    foreign_servers: tuple[ForeignServer, ...] = ()
    text_search_dictionaries: tuple[TextSearchDictionary, ...] = ()
    text_search_configs: tuple[TextSearchConfig, ...] = ()
    enums: tuple[EnumType, ...] = ()
    domains: tuple[Domain, ...] = ()
    composites: tuple[CompositeType, ...] = ()
    ranges: tuple[RangeType, ...] = ()
    sequences: tuple[Sequence, ...] = ()
    tables: tuple[Table, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    indexes: tuple[Index, ...] = ()
    statistics: tuple[Statistics, ...] = ()
    views: tuple[View, ...] = ()
    functions: tuple[Function, ...] = ()
    triggers: tuple[Trigger, ...] = ()
    event_triggers: tuple[EventTrigger, ...] = ()
    rules: tuple[Rule, ...] = ()
    policies: tuple[Policy, ...] = ()
    casts: tuple[Cast, ...] = ()
    operators: tuple[Operator, ...] = ()
    publications: tuple[Publication, ...] = ()
    grants: tuple[Grant, ...] = ()
    default_privileges: tuple[DefaultPrivilege, ...] = ()
    comments: tuple[Comment, ...] = ()
    owners: tuple[Owner, ...] = ()  # empty unless ownership is opted in
    # The owners of the objects when ownership is NOT compared (read for comparisons only):
    # a privilege granted to the role that owns the object on the other side is one that role
    # holds there anyway (diff.kinds_privileges.compare_grant).  Empty otherwise.
    object_owners: Mapping[ObjectId, str] = field(default_factory=dict, compare=False)
    # Of those owners, the ones the inspecting role may give objects to (ALTER … OWNER TO):
    # an object the plan drops and makes again goes back to its owner (compare.kept_owners).
    settable_owners: frozenset[str] = field(default=frozenset(), compare=False)
    unsupported: tuple[Unsupported, ...] = ()
    dependencies: tuple[Dependency, ...] = ()
    # What the model's objects need in user schemas it does not hold (reported, see
    # OutsideReference); no part of the schema itself.
    outside: tuple[OutsideReference, ...] = field(default=(), compare=False)
    schema_map: tuple[tuple[str, str], ...] = field(default=())  # (logical, physical) renames
    # The role that inspected (current_user): objects a plan creates through the same role get
    # its default privileges (see diff.kinds_privileges.creation_acl_changes).  "" when unknown.
    role: str = field(default="", compare=False)

    def objects(self) -> dict[ObjectId, object]:
        """Every top-level and sub-object by identity (columns are inside their table)."""
        out: dict[ObjectId, object] = {}
        for group in (
            self.schemas, self.extensions, self.access_methods, self.collations, self.conversions, self.transforms,
            self.foreign_data_wrappers,
            self.foreign_servers,
            self.text_search_dictionaries, self.text_search_configs, self.enums, self.domains,
            self.composites, self.ranges, self.sequences, self.tables, self.constraints,
            self.indexes, self.statistics, self.views, self.functions, self.triggers,
            self.event_triggers, self.rules, self.policies, self.casts, self.operators,
            self.publications, self.grants, self.default_privileges, self.comments,
            self.owners, self.unsupported,
        ):
            for obj in group:
                out[obj.id] = obj  # type: ignore[attr-defined]
        return out

    def counts(self) -> dict[str, int]:
        """Object counts per kind, for status and summaries."""
        return {
            "tables": sum(1 for t in self.tables if t.kind != "f"),
            "views": sum(1 for v in self.views if not v.materialized),
            "materialized_views": sum(1 for v in self.views if v.materialized),
            "functions": sum(1 for f in self.functions if f.kind in "fw"),
            "procedures": sum(1 for f in self.functions if f.kind == "p"),
            "indexes": len(self.indexes),
            "sequences": len(self.sequences),
            "types": len(self.enums) + len(self.domains) + len(self.composites) + len(self.ranges),
            "triggers": len(self.triggers),
            "policies": len(self.policies),
        }


fast_inits(globals())  # every value above gets the faster __init__ (pgstrata.fastinit)
