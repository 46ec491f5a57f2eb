"""Rows → schemas, extensions, access methods, collations, conversions, transforms, foreign servers, text search dictionaries and
configurations, and enum, domain, composite and range types."""

from __future__ import annotations

from collections.abc import Sequence

from pgstrata.catalog.context import Context, sorted_by_id
from pgstrata.catalog.oids import (
    PG_AM,
    PG_CLASS,
    PG_COLLATION,
    PG_CONSTRAINT,
    PG_CONVERSION,
    PG_EXTENSION,
    PG_FOREIGN_DATA_WRAPPER,
    PG_FOREIGN_SERVER,
    PG_NAMESPACE,
    PG_PROC,
    PG_TRANSFORM,
    PG_TS_CONFIG,
    PG_TS_DICT,
    PG_TYPE,
)
from pgstrata.catalog.printed import nested
from pgstrata.catalog.rows import (
    AccessMethodRow,
    CollationRow,
    CompositeRow,
    ConversionRow,
    DomainRow,
    EnumRow,
    ExtensionRow,
    ForeignDataWrapperRow,
    ForeignServerRow,
    HiddenRow,
    RangeRow,
    TextSearchConfigRow,
    TextSearchDictionaryRow,
    TransformRow,
)
from pgstrata.model import (
    AccessMethod,
    Attribute,
    Collation,
    CompositeType,
    Conversion,
    Domain,
    DomainCheck,
    EnumType,
    Extension,
    ForeignDataWrapper,
    ForeignServer,
    Kind,
    ObjectId,
    RangeType,
    Schema,
    TextSearchConfig,
    TextSearchDictionary,
    Transform,
    Unsupported,
)


def build_schemas(ctx: Context, *, include_owner: bool) -> tuple[Schema, ...]:
    out = []
    for row in ctx.scope.schemas:
        schema = Schema(name=ctx.schema(row.name), owner=row.owner if include_owner else None)
        out.append((ctx.add(PG_NAMESPACE, row.oid, schema.id), schema))
    return sorted_by_id(out)


def build_extensions(
    rows: Sequence[ExtensionRow], members: Sequence[HiddenRow], ctx: Context
) -> tuple[Extension, ...]:
    out = []
    for row in rows:
        ext = Extension(
            name=row.name, schema=ctx.schema(row.schema), version=row.version,
            relocatable=row.relocatable, members=tuple(row.members),
        )
        out.append((ctx.add(PG_EXTENSION, row.oid, ext.id), ext))
    for member in members:  # a dependency on an extension's object is one on the extension
        if member.extension_oid is not None:
            ident = ctx.objects.get((PG_EXTENSION, member.extension_oid))
            if ident is not None:
                ctx.aliases[(member.classid, member.objid)] = ident
    return sorted_by_id(out)


def build_collations(rows: Sequence[CollationRow], ctx: Context) -> tuple[Collation, ...]:
    out = []
    for row in rows:
        coll = Collation(
            schema=ctx.schema(row.schema), name=row.name, provider=row.provider,
            deterministic=row.deterministic, lc_collate=row.lc_collate, lc_ctype=row.lc_ctype,
            locale=row.locale,
        )
        out.append((ctx.add(PG_COLLATION, row.oid, coll.id), coll))
    return sorted_by_id(out)


def build_access_methods(rows: Sequence[AccessMethodRow], ctx: Context) -> tuple[AccessMethod, ...]:
    out = []
    for row in rows:
        method = AccessMethod(name=row.name, type=row.type, handler=row.handler)
        out.append((ctx.add(PG_AM, row.oid, method.id), method))
    return sorted_by_id(out)


def build_conversions(rows: Sequence[ConversionRow], ctx: Context) -> tuple[Conversion, ...]:
    out = []
    for row in rows:
        conversion = Conversion(schema=ctx.schema(row.schema), name=row.name, source_encoding=row.source_encoding,
                                target_encoding=row.target_encoding, function=row.function,
                                default=row.is_default)
        out.append((ctx.add(PG_CONVERSION, row.oid, conversion.id), conversion))
    return sorted_by_id(out)


def build_transforms(rows: Sequence[TransformRow], ctx: Context) -> tuple[Transform, ...]:
    out = []
    for row in rows:
        transform = Transform(name=f"{row.type} language {row.language}", type=row.type, language=row.language,
                              from_sql=row.from_sql, to_sql=row.to_sql)
        out.append((ctx.add(PG_TRANSFORM, row.oid, transform.id), transform))
    return sorted_by_id(out)


def build_foreign_data_wrappers(rows: Sequence[ForeignDataWrapperRow], ctx: Context
                                ) -> tuple[tuple[ForeignDataWrapper, ...], list[Unsupported]]:
    """The wrappers no extension makes, and the secret options they have (reported, never read)."""
    out = []
    for row in rows:
        wrapper = ForeignDataWrapper(name=row.name, handler=row.handler, validator=row.validator,
                                     options=tuple(row.options))
        out.append((ctx.add(PG_FOREIGN_DATA_WRAPPER, row.oid, wrapper.id), wrapper))
    return sorted_by_id(out), _secret_options(rows, "foreign data wrapper")


def build_foreign_servers(rows: Sequence[ForeignServerRow], ctx: Context
                          ) -> tuple[tuple[ForeignServer, ...], list[Unsupported]]:
    """The servers, and the secret options they have (reported, never read)."""
    out = []
    for row in rows:
        server = ForeignServer(name=row.name, wrapper=row.wrapper, type=row.type, version=row.version,
                               options=tuple(row.options))
        out.append((ctx.add(PG_FOREIGN_SERVER, row.oid, server.id), server))
    return sorted_by_id(out), _secret_options(rows, "foreign server")


def _secret_options(rows: Sequence[ForeignDataWrapperRow] | Sequence[ForeignServerRow], what: str
                    ) -> list[Unsupported]:
    """One warning per option whose value is a secret (only its name was read)."""
    return [Unsupported(schema=None, name=f"{row.name} option {option}", what=f"{what} secret option")
            for row in rows for option in row.secret_options]


def build_text_search_dictionaries(rows: Sequence[TextSearchDictionaryRow], ctx: Context
                                   ) -> tuple[TextSearchDictionary, ...]:
    out = []
    for row in rows:
        dictionary = TextSearchDictionary(schema=ctx.schema(row.schema), name=row.name,
                                          template=row.template, options=row.options)
        out.append((ctx.add(PG_TS_DICT, row.oid, dictionary.id), dictionary))
    return sorted_by_id(out)


def build_text_search_configs(rows: Sequence[TextSearchConfigRow], ctx: Context
                              ) -> tuple[TextSearchConfig, ...]:
    out = []
    for row in rows:
        config = TextSearchConfig(
            schema=ctx.schema(row.schema), name=row.name, parser=row.parser,
            mappings=tuple(zip(row.tokens, row.dictionaries, strict=True)),
        )
        out.append((ctx.add(PG_TS_CONFIG, row.oid, config.id), config))
    return sorted_by_id(out)


def build_enums(rows: Sequence[EnumRow], ctx: Context) -> tuple[EnumType, ...]:
    out = []
    for row in rows:
        enum = EnumType(schema=ctx.schema(row.schema), name=row.name, labels=tuple(row.labels))
        out.append((ctx.add(PG_TYPE, row.oid, enum.id), enum))
    return sorted_by_id(out)


def build_domains(rows: Sequence[DomainRow], ctx: Context) -> tuple[Domain, ...]:
    out = []
    for row in rows:
        checks = tuple(
            DomainCheck(name=name, definition=ctx.printed(definition, lambda row=row: {"VALUE": row.base_type}),
                        validated=validated)
            for name, definition, validated in zip(
                row.check_names, row.check_definitions, row.check_validated, strict=True
            )
        )
        schema = ctx.schema(row.schema)
        domain = Domain(
            schema=schema, name=row.name, base_type=row.base_type,
            not_null=row.not_null, default=nested(row.default_expr), collation=row.collation,
            checks=checks, not_null_name=row.not_null_name if row.not_null else None,
        )
        for oid, check in zip(row.check_oids, checks, strict=True):
            # a comment on a domain's CHECK names it like a table constraint, parent = domain
            target = ObjectId(Kind.CONSTRAINT, schema, check.name, row.name)
            ctx.targets[(PG_CONSTRAINT, oid)] = target
        out.append((ctx.add(PG_TYPE, row.oid, domain.id), domain))
    return sorted_by_id(out)


def build_composites(rows: Sequence[CompositeRow], ctx: Context) -> tuple[CompositeType, ...]:
    out = []
    for row in rows:
        attributes = tuple(
            Attribute(name=name, type=type_, collation=collation)
            for name, type_, collation in zip(
                row.attribute_names, row.attribute_types, row.attribute_collations, strict=True
            )
        )
        schema = ctx.schema(row.schema)
        composite = CompositeType(schema=schema, name=row.name, attributes=attributes)
        # attribute types are recorded on the composite's pg_class row
        ident = ctx.aliases[(PG_CLASS, row.relid)] = ctx.add(PG_TYPE, row.oid, composite.id)
        ctx.relations[row.relid] = (schema, row.name)
        out.append((ident, composite))
    return sorted_by_id(out)


def build_ranges(rows: Sequence[RangeRow], ctx: Context) -> tuple[RangeType, ...]:
    out = []
    for row in rows:
        rng = RangeType(
            schema=ctx.schema(row.schema), name=row.name, subtype=row.subtype,
            subtype_opclass=row.subtype_opclass, collation=row.collation,
            canonical=row.canonical, subtype_diff=row.subtype_diff,
            multirange_name=row.multirange_name,
            multirange_schema=(ctx.schema(row.multirange_schema)
                               if row.multirange_schema not in (None, row.schema) else None),
        )
        ident = ctx.add(PG_TYPE, row.oid, rng.id)
        if row.multirange_oid is not None:
            ctx.aliases[(PG_TYPE, row.multirange_oid)] = ident
        for constructor in row.constructor_oids:  # (a CHECK or default calling one needs the range)
            ctx.aliases[(PG_PROC, constructor)] = ident
        out.append((ident, rng))
    return sorted_by_id(out)
