"""Rows → publications (database-wide objects).

When the whole database is inspected every publication is in the model.  When schemas are
named, a publication is when it is FOR ALL TABLES or has a table or a schema among them,
and only those members are listed (so ``dev`` and ``test`` of one database compare alike).
Row filters and column lists (PostgreSQL 15+) are kept per member table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pgstrata.catalog.context import Context, sorted_by_id
from pgstrata.catalog.oids import PG_PUBLICATION, PG_PUBLICATION_REL
from pgstrata.catalog.printed import nested
from pgstrata.catalog.rows import PublicationRow, PublicationSchemaRow, PublicationTableRow
from pgstrata.model import Publication


def build_publications(
    publications: Sequence[PublicationRow],
    tables: Sequence[PublicationTableRow],
    schemas: Sequence[PublicationSchemaRow],
    ctx: Context,
) -> tuple[Publication, ...]:
    members: defaultdict[int, list[PublicationTableRow]] = defaultdict(list)
    for table in tables:
        members[table.publication_oid].append(table)
    in_schemas: defaultdict[int, list[str]] = defaultdict(list)
    for schema in schemas:
        in_schemas[schema.publication_oid].append(ctx.schema(schema.schema))
    out = []
    for row in publications:
        rels = members.get(row.oid, [])
        spaces = in_schemas.get(row.oid, [])
        if not (ctx.scope.whole or row.all_tables or rels or spaces):
            continue
        publication = Publication(
            name=row.name,
            all_tables=row.all_tables,
            tables=tuple(sorted((ctx.schema(r.schema), r.table_name) for r in rels)),
            schemas=tuple(sorted(spaces)),
            publish=tuple(
                action
                for action, on in (
                    ("insert", row.publish_insert), ("update", row.publish_update),
                    ("delete", row.publish_delete), ("truncate", row.publish_truncate),
                )
                if on
            ),
            via_root=row.via_root,
            generated_columns=row.generated_columns,
            filters=tuple(sorted(
                (ctx.schema(r.schema), r.table_name, tuple(r.columns or ()), nested(r.row_filter))
                for r in rels if r.columns is not None or r.row_filter is not None
            )),
        )
        ident = ctx.add(PG_PUBLICATION, row.oid, publication.id)
        for rel in rels:
            ctx.aliases[(PG_PUBLICATION_REL, rel.oid)] = ident
        out.append((ident, publication))
    return sorted_by_id(out)
