"""Renderers for schemas, extensions, access methods, collations, conversions, transforms, foreign servers, text search dictionaries and
configurations, types and sequences."""

from __future__ import annotations

from collections.abc import Iterable

from pgstrata.ddl.names import Names
from pgstrata.ddl.tables import default_clause, option_changes
from pgstrata.model import (
    AccessMethod,
    Collation,
    CompositeType,
    Conversion,
    Domain,
    DomainCheck,
    EnumType,
    Extension,
    ForeignDataWrapper,
    ForeignServer,
    Identity,
    RangeType,
    Schema,
    Sequence,
    TextSearchConfig,
    TextSearchDictionary,
    Transform,
)
from pgstrata.quoting import ident, literal

# ----------------------------------------------------------------------------- schemas, extensions


def create_schema(s: Schema, n: Names) -> list[str]:
    # IF NOT EXISTS: ``public`` (and a template's target) usually exist already.
    return ["CREATE SCHEMA IF NOT EXISTS " + n.schema(s.name)]


def drop_schema(s: Schema, n: Names) -> list[str]:
    return ["DROP SCHEMA " + n.schema(s.name)]


def create_extension(e: Extension, n: Names) -> list[str]:
    return [f"CREATE EXTENSION IF NOT EXISTS {ident(e.name)} WITH SCHEMA {n.schema(e.schema)}"]


def drop_extension(e: Extension, n: Names) -> list[str]:
    return ["DROP EXTENSION " + ident(e.name)]


# ----------------------------------------------------------------------------- collations


def create_collation(c: Collation, n: Names) -> list[str]:
    provider = {"c": "libc", "i": "icu", "b": "builtin"}.get(c.provider, "libc")
    opts = [f"provider = {provider}"]
    if c.provider in ("i", "b") and c.locale is not None:
        opts.append("locale = " + literal(c.locale))
    elif c.lc_collate == c.lc_ctype and c.lc_collate is not None:
        opts.append("locale = " + literal(c.lc_collate))
    else:
        if c.lc_collate is not None:
            opts.append("lc_collate = " + literal(c.lc_collate))
        if c.lc_ctype is not None:
            opts.append("lc_ctype = " + literal(c.lc_ctype))
    if not c.deterministic:
        opts.append("deterministic = false")
    return [f"CREATE COLLATION {n.qual(c.schema, c.name)} ({', '.join(opts)})"]


# ----------------------------------------------------------------------------- access methods


def create_access_method(a: AccessMethod, n: Names) -> list[str]:
    kind = {"t": "TABLE", "i": "INDEX"}[a.type]
    return [f"CREATE ACCESS METHOD {ident(a.name)} TYPE {kind} HANDLER {a.handler}"]


def drop_access_method(a: AccessMethod, n: Names) -> list[str]:
    return ["DROP ACCESS METHOD " + ident(a.name)]


# ----------------------------------------------------------------------------- conversions


def create_conversion(c: Conversion, n: Names) -> list[str]:
    default = "DEFAULT " if c.default else ""
    return [f"CREATE {default}CONVERSION {n.qual(c.schema, c.name)} FOR {literal(c.source_encoding)}"
            f" TO {literal(c.target_encoding)} FROM {c.function}"]


def drop_conversion(c: Conversion, n: Names) -> list[str]:
    return ["DROP CONVERSION " + n.qual(c.schema, c.name)]


def drop_collation(c: Collation, n: Names) -> list[str]:
    return ["DROP COLLATION " + n.qual(c.schema, c.name)]


# ----------------------------------------------------------------------------- transforms


def create_transform(t: Transform, n: Names) -> list[str]:
    ways = [f"{way} SQL WITH FUNCTION {function}"
            for way, function in (("FROM", t.from_sql), ("TO", t.to_sql)) if function is not None]
    return [f"CREATE TRANSFORM FOR {t.type} LANGUAGE {ident(t.language)} ({', '.join(ways)})"]


def drop_transform(t: Transform, n: Names) -> list[str]:
    return [f"DROP TRANSFORM FOR {t.type} LANGUAGE {ident(t.language)}"]


# ----------------------------------------------------------------------------- foreign-data wrappers


def create_foreign_data_wrapper(w: ForeignDataWrapper, n: Names) -> list[str]:
    sql = "CREATE FOREIGN DATA WRAPPER " + ident(w.name)
    sql += f" HANDLER {w.handler}" if w.handler is not None else ""
    sql += f" VALIDATOR {w.validator}" if w.validator is not None else ""
    if w.options:
        sql += " OPTIONS (" + ", ".join(w.options) + ")"
    return [sql]


def drop_foreign_data_wrapper(w: ForeignDataWrapper, n: Names) -> list[str]:
    return ["DROP FOREIGN DATA WRAPPER " + ident(w.name)]


def alter_foreign_data_wrapper(old: ForeignDataWrapper, new: ForeignDataWrapper, n: Names) -> list[str]:
    """Handler, validator and options of ``old`` made those of ``new``."""
    head = "ALTER FOREIGN DATA WRAPPER " + ident(new.name)
    parts = []
    if old.handler != new.handler:
        parts.append(f"HANDLER {new.handler}" if new.handler is not None else "NO HANDLER")
    if old.validator != new.validator:
        parts.append(f"VALIDATOR {new.validator}" if new.validator is not None else "NO VALIDATOR")
    if items := option_changes(old.options, new.options):
        parts.append(f"OPTIONS ({', '.join(items)})")
    return [f"{head} {' '.join(parts)}"] if parts else []


# ----------------------------------------------------------------------------- foreign servers


def create_foreign_server(s: ForeignServer, n: Names) -> list[str]:
    sql = "CREATE SERVER " + ident(s.name)
    if s.type is not None:
        sql += " TYPE " + literal(s.type)
    if s.version is not None:
        sql += " VERSION " + literal(s.version)
    sql += " FOREIGN DATA WRAPPER " + ident(s.wrapper)
    if s.options:
        sql += " OPTIONS (" + ", ".join(s.options) + ")"
    return [sql]


def drop_foreign_server(s: ForeignServer, n: Names) -> list[str]:
    return ["DROP SERVER " + ident(s.name)]


def alter_foreign_server(old: ForeignServer, new: ForeignServer, n: Names) -> list[str]:
    """Version and options of ``old`` made those of ``new`` (same wrapper and type); options
    are matched by name (an item is ``name 'value'``)."""
    head = "ALTER SERVER " + ident(new.name)
    out = []
    if old.version != new.version:
        out.append(f"{head} VERSION {literal(new.version) if new.version is not None else 'NULL'}")
    if items := option_changes(old.options, new.options):
        out.append(f"{head} OPTIONS ({', '.join(items)})")
    return out


# ----------------------------------------------------------------------------- text search


def create_text_search_dictionary(d: TextSearchDictionary, n: Names) -> list[str]:
    options = f", {d.options}" if d.options else ""
    return [f"CREATE TEXT SEARCH DICTIONARY {n.qual(d.schema, d.name)} (TEMPLATE = {d.template}{options})"]


def drop_text_search_dictionary(d: TextSearchDictionary, n: Names) -> list[str]:
    return ["DROP TEXT SEARCH DICTIONARY " + n.qual(d.schema, d.name)]


def alter_text_search_dictionary(old: TextSearchDictionary, new: TextSearchDictionary,
                                 n: Names) -> list[str]:
    """The options of ``old`` made those of ``new`` (same template): every new option set,
    the ones ``new`` has not named without a value (which removes them)."""
    from pgstrata.sqlparse import definition_option_names

    kept = set(definition_option_names(new.options)) if new.options else set()
    removed = [ident(o) for o in definition_option_names(old.options or "") if o not in kept]
    items = ([new.options] if new.options else []) + removed
    return [f"ALTER TEXT SEARCH DICTIONARY {n.qual(new.schema, new.name)} ({', '.join(items)})"]


def create_text_search_config(c: TextSearchConfig, n: Names) -> list[str]:
    name = n.qual(c.schema, c.name)
    return [f"CREATE TEXT SEARCH CONFIGURATION {name} (PARSER = {c.parser})",
            *_ts_mappings(name, "ADD", c.mappings)]


def drop_text_search_config(c: TextSearchConfig, n: Names) -> list[str]:
    return ["DROP TEXT SEARCH CONFIGURATION " + n.qual(c.schema, c.name)]


def alter_text_search_config(old: TextSearchConfig, new: TextSearchConfig, n: Names) -> list[str]:
    """The mappings of ``old`` made those of ``new`` (same parser)."""
    name = n.qual(new.schema, new.name)
    before, after = dict(old.mappings), dict(new.mappings)
    dropped = [token for token, _ in old.mappings if token not in after]
    out = [f"ALTER TEXT SEARCH CONFIGURATION {name} DROP MAPPING FOR {', '.join(dropped)}"] if dropped else []
    out += _ts_mappings(name, "ADD", [(t, d) for t, d in new.mappings if t not in before])
    out += _ts_mappings(name, "ALTER", [(t, d) for t, d in new.mappings
                                        if t in before and before[t] != d])
    return out


def _ts_mappings(name: str, verb: str, mappings: Iterable[tuple[str, str]]) -> list[str]:
    """``ALTER TEXT SEARCH CONFIGURATION … ADD|ALTER MAPPING FOR …``, one statement per run of
    token types with the same dictionaries (token aliases are plain words)."""
    out: list[str] = []
    run: list[str] = []
    dictionaries = None
    for token, dicts in [*mappings, ("", None)]:
        if run and dicts != dictionaries:
            out.append(f"ALTER TEXT SEARCH CONFIGURATION {name} {verb} MAPPING FOR {', '.join(run)}"
                       f" WITH {dictionaries}")
            run = []
        run.append(token)
        dictionaries = dicts
    return out


# ----------------------------------------------------------------------------- enums


def through_text(column: str, new_type: str) -> str:
    """``column`` converted to ``new_type`` through its text form (``col::text::t``, arrays
    ``col::text[]::t[]``): how values move to a rebuilt type of the same name."""
    dims = "[]" * new_type.count("[]")
    base = new_type[: len(new_type) - len(dims)] if dims else new_type
    return f"{ident(column)}::text{dims}::{base}{dims}"


def through_row(column: str, new_type: str, attributes: Iterable[tuple[str, str, bool]]) -> str:
    """``column``, of a composite type whose attributes change, converted to ``new_type`` (the
    same composite made again) attribute by attribute, by name: ``attributes`` are the new
    type's (name, type, whether the old type has it); one it lacks is NULL.  Through text, as
    :func:`through_text`, each attribute may be of a rebuilt type too.  (Not for arrays: the
    USING of ALTER … TYPE takes no subquery to go over their elements.)"""
    col = ident(column)
    fields = ", ".join(f"({col}).{ident(name)}::text::{type_}" if kept else f"NULL::{type_}"
                       for name, type_, kept in attributes)
    return f"CASE WHEN num_nulls({col}) = 1 THEN NULL ELSE ROW({fields})::{new_type} END"


def create_enum(e: EnumType, n: Names) -> list[str]:
    labels = ", ".join(literal(label) for label in e.labels)
    return [f"CREATE TYPE {n.qual(e.schema, e.name)} AS ENUM ({labels})"]


def drop_type(schema: str, name: str, n: Names) -> list[str]:
    return ["DROP TYPE " + n.qual(schema, name)]


def add_enum_value(e: EnumType, label: str, *, before: str | None, after: str | None, n: Names) -> str:
    sql = f"ALTER TYPE {n.qual(e.schema, e.name)} ADD VALUE {literal(label)}"
    if before is not None:
        sql += " BEFORE " + literal(before)
    elif after is not None:
        sql += " AFTER " + literal(after)
    return sql


def rename_enum_value(e: EnumType, label: str, to: str, n: Names) -> str:
    return f"ALTER TYPE {n.qual(e.schema, e.name)} RENAME VALUE {literal(label)} TO {literal(to)}"


# ----------------------------------------------------------------------------- domains


def check_body(check: DomainCheck) -> str:
    """The CHECK (…) text of a domain/table check without a trailing NOT VALID."""
    body = check.definition
    if body.endswith(" NOT VALID"):
        body = body[: -len(" NOT VALID")]
    return body


def create_domain(d: Domain, n: Names) -> list[str]:
    sql = f"CREATE DOMAIN {n.qual(d.schema, d.name)} AS {d.base_type}"
    if d.collation:
        sql += " COLLATE " + d.collation
    if d.default is not None:
        sql += " " + default_clause(d.default)
    if d.not_null:
        sql += f" CONSTRAINT {ident(d.not_null_name)} NOT NULL" if d.not_null_name else " NOT NULL"
    later: list[str] = []
    for check in d.checks:
        if check.validated:
            sql += f" CONSTRAINT {ident(check.name)} {check_body(check)}"
        else:
            later.append(add_domain_check(d, check, n))
    return [sql, *later]


def domain_default(d: Domain, default: str | None, n: Names) -> str:
    """ALTER DOMAIN … SET DEFAULT ``default`` (None: DROP DEFAULT)."""
    head = f"ALTER DOMAIN {n.qual(d.schema, d.name)}"
    return f"{head} SET DEFAULT {default}" if default else f"{head} DROP DEFAULT"


def domain_not_null_name(d: Domain) -> str:
    """The name of the domain's NOT NULL constraint (PostgreSQL 17+)."""
    return d.not_null_name or f"{d.name.encode()[:54].decode(errors='ignore')}_not_null"


def add_domain_check(d: Domain, check: DomainCheck, n: Names) -> str:
    sql = f"ALTER DOMAIN {n.qual(d.schema, d.name)} ADD CONSTRAINT {ident(check.name)} {check_body(check)}"
    return sql if check.validated else sql + " NOT VALID"


def drop_domain_check(d: Domain, name: str, n: Names) -> str:
    return f"ALTER DOMAIN {n.qual(d.schema, d.name)} DROP CONSTRAINT {ident(name)}"


def drop_domain(d: Domain, n: Names) -> list[str]:
    return ["DROP DOMAIN " + n.qual(d.schema, d.name)]


# ----------------------------------------------------------------------------- composite & range


def create_composite(c: CompositeType, n: Names) -> list[str]:
    attrs = []
    for a in c.attributes:
        attrs.append(f"\n    {ident(a.name)} {a.type}" + (f" COLLATE {a.collation}" if a.collation else ""))
    return [f"CREATE TYPE {n.qual(c.schema, c.name)} AS ({','.join(attrs)}\n)"]


def create_range(r: RangeType, n: Names) -> list[str]:
    opts = ["subtype = " + r.subtype]
    if r.multirange_name:
        opts.append("multirange_type_name = " + n.qual(r.multirange_schema or r.schema, r.multirange_name))
    if r.subtype_opclass:
        opts.append("subtype_opclass = " + r.subtype_opclass)
    if r.collation:
        opts.append("collation = " + r.collation)
    if r.canonical:
        opts.append("canonical = " + r.canonical)
    if r.subtype_diff:
        opts.append("subtype_diff = " + r.subtype_diff)
    body = ",\n    ".join(opts)
    return [f"CREATE TYPE {n.qual(r.schema, r.name)} AS RANGE (\n    {body}\n)"]


# ----------------------------------------------------------------------------- sequences


def sequence_options(s: Sequence, *, with_type: bool = True) -> str:
    parts = [f"AS {s.data_type}"] if with_type else []
    parts += [
        f"START WITH {s.start}",
        f"INCREMENT BY {s.increment}",
        f"MINVALUE {s.min_value}",
        f"MAXVALUE {s.max_value}",
        f"CACHE {s.cache}",
        "CYCLE" if s.cycle else "NO CYCLE",
    ]
    return " ".join(parts)


def create_sequence(s: Sequence, n: Names) -> list[str]:
    unlogged = "UNLOGGED " if s.persistence == "u" else ""
    return [f"CREATE {unlogged}SEQUENCE {n.qual(s.schema, s.name)} {sequence_options(s)}"]


def range_narrows(old: Sequence | Identity, new: Sequence | Identity) -> bool:
    """Whether a sequence's MINVALUE rises or its MAXVALUE falls: its current value may then
    fall outside the range, which PostgreSQL refuses (the ALTER restarts it at the new START)."""
    return new.min_value > old.min_value or new.max_value < old.max_value


def alter_sequence(old: Sequence, new: Sequence, n: Names) -> list[str]:
    parts: list[str] = []
    if old.data_type != new.data_type:
        parts.append("AS " + new.data_type)
    if old.start != new.start:
        parts.append(f"START WITH {new.start}")
    if old.increment != new.increment:
        parts.append(f"INCREMENT BY {new.increment}")
    if old.min_value != new.min_value or old.data_type != new.data_type:
        parts.append(f"MINVALUE {new.min_value}")
    if old.max_value != new.max_value or old.data_type != new.data_type:
        parts.append(f"MAXVALUE {new.max_value}")
    if old.cache != new.cache:
        parts.append(f"CACHE {new.cache}")
    if old.cycle != new.cycle:
        parts.append("CYCLE" if new.cycle else "NO CYCLE")
    if range_narrows(old, new):
        parts.append(f"RESTART WITH {new.start}")
    out = [f"ALTER SEQUENCE {n.qual(new.schema, new.name)} {' '.join(parts)}"] if parts else []
    if old.persistence != new.persistence:
        out += sequence_persistence(new, n)
    return out


def sequence_persistence(s: Sequence, n: Names) -> list[str]:
    kw = "UNLOGGED" if s.persistence == "u" else "LOGGED"
    return [f"ALTER SEQUENCE {n.qual(s.schema, s.name)} SET {kw}"]


def sequence_owned_by(s: Sequence, n: Names) -> list[str]:
    if s.owned_by is None:
        return [f"ALTER SEQUENCE {n.qual(s.schema, s.name)} OWNED BY NONE"]
    table, column = s.owned_by
    return [f"ALTER SEQUENCE {n.qual(s.schema, s.name)} OWNED BY {n.qual(s.schema, table)}.{ident(column)}"]


def drop_sequence(s: Sequence, n: Names) -> list[str]:
    return ["DROP SEQUENCE " + n.qual(s.schema, s.name)]
