"""extract: a model → deterministic DDL, computed as the plan from an empty database.

``extract_sql(model)`` is ``compare(model, empty).to_sql()``: the same
comparators, renderers and ordering as a diff, so extract and compare can never
disagree.  Output is byte-identical for equal models (everything is sorted by
identity; no timestamps, no OIDs).

**search_path rule.**  The catalog prints definitions (defaults, view bodies,
index and constraint definitions, column types) with ``search_path`` set to the
inspected schema when exactly one schema is inspected, so objects of that
schema appear *unqualified* (that is what makes ``dev.users`` ≡ ``test.users``);
with several schemas it prints everything qualified.  The script therefore
starts with:

* one schema ``S`` in the model: the database's own path with ``S`` put first
  (``SET search_path TO DEFAULT``, then ``set_config`` prepends ``S``) — ``S`` first is the
  setting the definitions were printed under (pg_catalog stays implicitly first, as it was
  then), so every unqualified reference resolves to the objects created in ``S`` (which, as
  ``--as-schema`` renames the logical schema, is the target); the rest of the path is there
  for what the server runs while the script runs (below), e.g. a function of ``S`` calling an
  extension's function unqualified, as Supabase apps call pgcrypto's in ``extensions``;
* several schemas: ``SET search_path TO DEFAULT`` — every reference the script makes is
  qualified, so the path only matters to what the server runs while the script runs: a
  function body that names a table unqualified, as application code does, called by a
  default added to a table with rows, a CHECK validated, an index built.  That code was
  written for the database's own path (its role's or database's setting, ``"$user",
  public[, extensions]`` on Supabase), not for pg_dump's empty one, under which it fails.

Object names pgstrata writes itself are always schema-qualified in both cases.

**Template.**  ``template=True`` (``extract --template``) writes the one schema
as the psql variable ``:"target_schema"`` — in qualified names, in ``CREATE
SCHEMA`` and (as ``:'target_schema'``) in the search_path setting — so ``psql -v
target_schema=staging -f template.sql`` creates everything in ``staging``.  This
is done by the :class:`~pgstrata.ddl.names.Names` every renderer spells names
through; where the server printed the schema as a qualifier itself (a
routine's header, a call among overloads that a default argument makes
ambiguous) ``Names.printed`` writes the variable, by the lexer's tokens.
Bodies of functions are left as written: psql does not substitute inside
quoted text anyway.
"""

from __future__ import annotations

from pgstrata.collector import leave_for_exit
from pgstrata.ddl.names import Names
from pgstrata.errors import InputError
from pgstrata.model import SchemaModel


def single_schema(model: SchemaModel) -> str | None:
    """The model's only schema, when exactly one was inspected."""
    return model.schemas[0].name if len(model.schemas) == 1 else None


def search_path_settings(model: SchemaModel, names: Names) -> tuple[str, ...]:
    """The search_path statements a script for ``model`` starts with (see the module docstring):
    the same whenever they run, as :func:`pgstrata.schema_ops` runs them again before every
    transaction of a plan."""
    schema = single_schema(model)
    if schema is None:
        return ("SET search_path TO DEFAULT",)
    return ("SET search_path TO DEFAULT",
            "SELECT pg_catalog.set_config('search_path', pg_catalog.quote_ident("
            + names.schema_name(schema) + ") || ', ' || pg_catalog.current_setting('search_path'), false)")


def extract_sql(model: SchemaModel, *, template: bool = False, header: str | None = None) -> str:
    """The DDL that creates ``model`` in an empty database (or, as a template, in any schema)."""
    from pgstrata.diff.compare import compare

    names = Names()
    if template:
        schema = single_schema(model)
        if schema is None:
            raise InputError("a template needs exactly one schema; extract one schema (URL#schema)")
        names = Names(template_schema=schema)
    empty = SchemaModel(server_version=model.server_version)
    plan = compare(model, empty, names=names)
    leave_for_exit(plan)
    return plan.to_sql(header=header)


def extract_url(
    url: str, *, schemas: list[str] | None = None, as_schema: str | None = None, template: bool = False
) -> str:
    """Inspect ``url`` (one schema renamed to ``as_schema`` when given) and extract it."""
    from pgstrata.catalog import inspect_url

    rename = None
    if as_schema is not None:
        if not schemas or len(schemas) != 1:
            raise InputError("--as-schema needs exactly one source schema")
        rename = {schemas[0]: as_schema}
    model = inspect_url(url, schemas=schemas, rename=rename)
    return extract_sql(model, template=template)
