"""What one inspection reads, and in which order: the fields of CatalogRows and the stages.

``read`` sends the queries of ``STAGES`` in order, one pipeline sync per stage; ``build``
may use a stage's rows as soon as that stage has arrived, while the server works on the next
ones.  Dependencies come early so that most of them are resolved while the server is still
busy; the rest once every object is known, before the last stage is needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pgstrata.catalog.rows import (
    AccessMethodRow,
    AggregateRow,
    CastRow,
    CollationRow,
    ColumnRow,
    CommentRow,
    CompositeRow,
    ConstraintRow,
    ConversionRow,
    DefaultPrivilegeRow,
    DependencyRow,
    DomainRow,
    EnumRow,
    EventTriggerRow,
    ExtensionRow,
    ForeignDataWrapperRow,
    ForeignServerRow,
    FunctionRow,
    GrantRow,
    HiddenRow,
    IndexRow,
    InheritRow,
    NotNullRow,
    OperatorRow,
    OutsideRow,
    OwnerRow,
    PolicyRow,
    PublicationRow,
    PublicationSchemaRow,
    PublicationTableRow,
    RangeRow,
    RuleRow,
    SequenceRow,
    StatisticsRow,
    TableRow,
    TextSearchConfigRow,
    TextSearchDictionaryRow,
    TransformRow,
    TriggerRow,
    UnsupportedRow,
    ViewRow,
)


@dataclass(slots=True)
class CatalogRows:
    """Every query's rows for one inspection; a field per ``queries/<name>.sql``."""

    hidden: list[HiddenRow] = field(default_factory=list)  # read with the scope, not staged
    extensions: list[ExtensionRow] = field(default_factory=list)
    access_methods: list[AccessMethodRow] = field(default_factory=list)
    collations: list[CollationRow] = field(default_factory=list)
    conversions: list[ConversionRow] = field(default_factory=list)
    transforms: list[TransformRow] = field(default_factory=list)
    foreign_data_wrappers: list[ForeignDataWrapperRow] = field(default_factory=list)
    foreign_servers: list[ForeignServerRow] = field(default_factory=list)
    text_search_dictionaries: list[TextSearchDictionaryRow] = field(default_factory=list)
    text_search_configs: list[TextSearchConfigRow] = field(default_factory=list)
    enums: list[EnumRow] = field(default_factory=list)
    domains: list[DomainRow] = field(default_factory=list)
    composites: list[CompositeRow] = field(default_factory=list)
    ranges: list[RangeRow] = field(default_factory=list)
    sequences: list[SequenceRow] = field(default_factory=list)
    tables: list[TableRow] = field(default_factory=list)
    inherits: list[InheritRow] = field(default_factory=list)
    columns: list[ColumnRow] = field(default_factory=list)
    not_nulls: list[NotNullRow] = field(default_factory=list)
    views: list[ViewRow] = field(default_factory=list)
    constraints: list[ConstraintRow] = field(default_factory=list)
    dependencies: list[DependencyRow] = field(default_factory=list)
    indexes: list[IndexRow] = field(default_factory=list)
    statistics: list[StatisticsRow] = field(default_factory=list)
    functions: list[FunctionRow] = field(default_factory=list)
    aggregates: list[AggregateRow] = field(default_factory=list)
    operators: list[OperatorRow] = field(default_factory=list)
    triggers: list[TriggerRow] = field(default_factory=list)
    event_triggers: list[EventTriggerRow] = field(default_factory=list)
    rules: list[RuleRow] = field(default_factory=list)
    policies: list[PolicyRow] = field(default_factory=list)
    casts: list[CastRow] = field(default_factory=list)
    publications: list[PublicationRow] = field(default_factory=list)
    publication_tables: list[PublicationTableRow] = field(default_factory=list)
    publication_schemas: list[PublicationSchemaRow] = field(default_factory=list)
    grants: list[GrantRow] = field(default_factory=list)
    default_privileges: list[DefaultPrivilegeRow] = field(default_factory=list)
    comments: list[CommentRow] = field(default_factory=list)
    owners: list[OwnerRow] = field(default_factory=list)
    unsupported: list[UnsupportedRow] = field(default_factory=list)
    outside: list[OutsideRow] = field(default_factory=list)


# query name → row type
ROW_TYPES: dict[str, type] = {
    "extensions": ExtensionRow,
    "access_methods": AccessMethodRow,
    "collations": CollationRow,
    "conversions": ConversionRow,
    "transforms": TransformRow,
    "foreign_data_wrappers": ForeignDataWrapperRow,
    "foreign_servers": ForeignServerRow,
    "text_search_dictionaries": TextSearchDictionaryRow,
    "text_search_configs": TextSearchConfigRow,
    "enums": EnumRow,
    "domains": DomainRow,
    "composites": CompositeRow,
    "ranges": RangeRow,
    "sequences": SequenceRow,
    "tables": TableRow,
    "inherits": InheritRow,
    "columns": ColumnRow,
    "not_nulls": NotNullRow,
    "views": ViewRow,
    "constraints": ConstraintRow,
    "dependencies": DependencyRow,
    "indexes": IndexRow,
    "statistics": StatisticsRow,
    "functions": FunctionRow,
    "aggregates": AggregateRow,
    "operators": OperatorRow,
    "triggers": TriggerRow,
    "event_triggers": EventTriggerRow,
    "rules": RuleRow,
    "policies": PolicyRow,
    "casts": CastRow,
    "publications": PublicationRow,
    "publication_tables": PublicationTableRow,
    "publication_schemas": PublicationSchemaRow,
    "grants": GrantRow,
    "default_privileges": DefaultPrivilegeRow,
    "comments": CommentRow,
    "owners": OwnerRow,
    "unsupported": UnsupportedRow,
    "outside": OutsideRow,
}

STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("relations", ("extensions", "access_methods", "collations", "conversions", "transforms", "foreign_data_wrappers", "foreign_servers",
                   "text_search_dictionaries", "text_search_configs", "enums", "domains", "composites", "ranges",
                   "sequences", "tables", "inherits", "columns", "not_nulls", "views")),
    ("constraints", ("constraints", "dependencies")),
    ("objects", ("indexes", "statistics", "functions", "aggregates", "operators", "triggers",
                 "event_triggers", "rules", "policies", "casts", "publications",
                 "publication_tables", "publication_schemas")),
    ("annotations", ("grants", "default_privileges", "comments", "owners", "unsupported", "outside")),
)
