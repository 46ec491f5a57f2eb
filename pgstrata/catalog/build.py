"""Rows of one inspection → the SchemaModel (pure: unit-testable from hand-written rows).

The builders run in an order that lets later ones name earlier objects: types and tables
register their catalog addresses in the :class:`Context`, then comments, grants and
dependencies, which the catalog states by address, are resolved against them.  Whatever
cannot be resolved is outside the inspected scope (another schema, an extension's object,
a built-in) and is left out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pgstrata.catalog.build_access import build_default_privileges, build_grants
from pgstrata.catalog.build_deps import DependencyGraph, outside_references
from pgstrata.catalog.build_publications import build_publications
from pgstrata.catalog.build_routines import (
    build_casts,
    build_event_triggers,
    build_functions,
    build_operators,
    build_policies,
    build_rules,
    build_triggers,
)
from pgstrata.catalog.build_tables import (
    build_constraints,
    build_indexes,
    build_sequences,
    build_statistics,
    build_tables,
    build_views,
)
from pgstrata.catalog.build_types import (
    build_access_methods,
    build_collations,
    build_composites,
    build_conversions,
    build_domains,
    build_enums,
    build_extensions,
    build_foreign_data_wrappers,
    build_foreign_servers,
    build_ranges,
    build_schemas,
    build_text_search_configs,
    build_text_search_dictionaries,
    build_transforms,
)
from pgstrata.catalog.context import Context, id_key
from pgstrata.catalog.oids import PG_CONSTRAINT
from pgstrata.catalog.rows import CommentRow, NotNullRow, OwnerRow, UnsupportedRow
from pgstrata.catalog.scope import Scope
from pgstrata.catalog.stages import CatalogRows
from pgstrata.model import Comment, Kind, ObjectId, Owner, SchemaModel, Unsupported


def build_model(
    rows: CatalogRows,
    scope: Scope,
    *,
    server_version: int = 0,
    include_owner: bool = False,
    ready: Callable[[str], None] = lambda stage: None,
) -> SchemaModel:
    """The model of the rows read for ``scope`` (names already logical, everything sorted).

    ``ready(stage)`` is called before the rows of each stage of ``stages.STAGES`` are used, so
    that a reader still receiving later stages can fill them in meanwhile.
    """
    ctx = Context(scope)
    ready("relations")
    schemas = build_schemas(ctx, include_owner=include_owner)
    extensions = build_extensions(rows.extensions, rows.hidden, ctx)
    access_methods = build_access_methods(rows.access_methods, ctx)
    collations = build_collations(rows.collations, ctx)
    conversions = build_conversions(rows.conversions, ctx)
    transforms = build_transforms(rows.transforms, ctx)
    foreign_data_wrappers, wrapper_secrets = build_foreign_data_wrappers(rows.foreign_data_wrappers, ctx)
    foreign_servers, secret_options = build_foreign_servers(rows.foreign_servers, ctx)
    text_search_dictionaries = build_text_search_dictionaries(rows.text_search_dictionaries, ctx)
    text_search_configs = build_text_search_configs(rows.text_search_configs, ctx)
    enums = build_enums(rows.enums, ctx)
    domains = build_domains(rows.domains, ctx)
    composites = build_composites(rows.composites, ctx)
    ranges = build_ranges(rows.ranges, ctx)
    sequences, identities = build_sequences(rows.sequences, ctx)
    tables = build_tables(
        rows.tables, rows.columns, rows.inherits, rows.not_nulls, identities, ctx
    )
    views = build_views(rows.views, ctx)
    ready("constraints")
    constraints = build_constraints(rows.constraints, ctx)
    graph = DependencyGraph(ctx)  # edges between the objects known so far, while waiting
    later = graph.add(rows.dependencies)
    ready("objects")
    indexes = build_indexes(rows.indexes, ctx)
    statistics = build_statistics(rows.statistics, ctx)
    functions = build_functions(rows.functions, rows.aggregates, ctx)
    triggers = build_triggers(rows.triggers, ctx)
    event_triggers = build_event_triggers(rows.event_triggers, ctx)
    rules = build_rules(rows.rules, ctx)
    policies = build_policies(rows.policies, ctx)
    casts = build_casts(rows.casts, ctx)
    operators = build_operators(rows.operators, ctx)
    publications = build_publications(
        rows.publications, rows.publication_tables, rows.publication_schemas, ctx
    )
    unresolved = graph.add(later)  # every object is known now
    dependencies = graph.result()
    ready("annotations")
    owners = build_owners(rows.owners, ctx)  # read when compared, or for comparisons (object_owners)
    return SchemaModel(
        server_version=server_version,
        schemas=schemas,
        extensions=extensions,
        access_methods=access_methods,
        collations=collations,
        conversions=conversions,
        transforms=transforms,
        foreign_data_wrappers=foreign_data_wrappers,
        foreign_servers=foreign_servers,
        text_search_dictionaries=text_search_dictionaries,
        text_search_configs=text_search_configs,
        enums=enums,
        domains=domains,
        composites=composites,
        ranges=ranges,
        sequences=sequences,
        tables=tables,
        constraints=constraints,
        indexes=indexes,
        statistics=statistics,
        views=views,
        functions=functions,
        triggers=triggers,
        event_triggers=event_triggers,
        rules=rules,
        policies=policies,
        casts=casts,
        operators=operators,
        publications=publications,
        grants=build_grants(rows.grants, ctx),
        default_privileges=build_default_privileges(rows.default_privileges, ctx),
        comments=build_comments(rows.comments, ctx, rows.not_nulls),
        owners=owners if include_owner else (),
        object_owners={} if include_owner else {o.target: o.role for o in owners},
        settable_owners=frozenset() if include_owner else frozenset(r.owner for r in rows.owners if r.settable),
        unsupported=build_unsupported(
            rows.unsupported, [*wrapper_secrets, *secret_options], ctx),
        dependencies=dependencies,
        outside=outside_references(unresolved, rows.outside, graph),
        schema_map=scope.schema_map(),
        role=scope.role,
    )


def build_comments(rows: Sequence[CommentRow], ctx: Context,
                   not_nulls: Sequence[NotNullRow] = ()) -> tuple[Comment, ...]:
    """The comments on the model's objects; one on a NOT NULL constraint (PostgreSQL 18) names
    it as a constraint of its table (COMMENT ON CONSTRAINT … ON table)."""
    out = []
    unresolved: dict[int, str] = {}
    for row in rows:
        target = ctx.target(row.classid, row.objid, row.column_name)
        if target is not None:
            out.append(Comment(target=target, text=row.text))
        elif row.classid == PG_CONSTRAINT:
            unresolved[row.objid] = row.text
    if unresolved:
        for n in not_nulls:
            if n.oid in unresolved and (relation := ctx.relations.get(n.relid)) is not None:
                target = ObjectId(Kind.CONSTRAINT, relation[0], n.name, relation[1])
                out.append(Comment(target=target, text=unresolved[n.oid]))
    return tuple(sorted(out, key=lambda c: id_key(c.id)))


def build_owners(rows: Sequence[OwnerRow], ctx: Context) -> tuple[Owner, ...]:
    """The owners of the model's objects (rows of other objects fall away)."""
    objects = ctx.objects
    out = [Owner(target=target, role=row.owner) for row in rows
           if (target := objects.get((row.classid, row.objid))) is not None]
    return tuple(sorted(out, key=lambda o: id_key(o.id)))


def build_unsupported(
    rows: Sequence[UnsupportedRow], found: Sequence[Unsupported], ctx: Context
) -> tuple[Unsupported, ...]:
    out = [
        Unsupported(schema=ctx.optional_schema(r.schema), name=r.name, what=r.what) for r in rows
    ]
    out.extend(found)
    return tuple(sorted(set(out), key=lambda u: id_key(u.id)))
