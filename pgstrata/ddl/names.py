"""How object references are spelled in rendered SQL (the only place names meet SQL text here).

Every renderer in :mod:`pgstrata.ddl` spells schema-qualified names through a
:class:`Names`.  The default spells them with :mod:`pgstrata.quoting`.  In
*template* mode (``extract --template``) one schema is written as the psql
variable ``:"target_schema"`` instead, so ``psql -v target_schema=staging -f
template.sql`` creates the objects in ``staging``.  psql substitutes variables
outside quoted strings only, which is exactly where qualified names occur.
"""

from __future__ import annotations

from dataclasses import dataclass

from pgstrata.model import Kind, ObjectId
from pgstrata.quoting import ident, literal, qualified

TEMPLATE_VARIABLE = "target_schema"


@dataclass(frozen=True, slots=True)
class Names:
    """Spelling of schema-qualified names; ``template_schema`` is written as a psql variable."""

    template_schema: str | None = None
    domains: frozenset[tuple[str, str]] = frozenset()  # (schema, name): constraint parents that are domains

    def schema(self, name: str) -> str:
        if self.template_schema is not None and name == self.template_schema:
            return ':"' + TEMPLATE_VARIABLE + '"'
        return ident(name)

    def printed(self, sql: str) -> str:
        """``sql`` with the template schema written as the variable where the server printed it
        as a qualifier (a routine's header; a call among overloads that a default argument
        makes ambiguous, ``DEFAULT public.role_of(NULL::uuid)``), by the lexer's tokens: never
        inside a string or a function's quoted body.  Without a template, ``sql`` itself."""
        if self.template_schema is None:
            return sql
        mark = ident(self.template_schema)
        if mark + "." not in sql:
            return sql
        from pgstrata.sqlparse import swap_qualifiers

        variable = self.schema(self.template_schema)
        return swap_qualifiers(sql, lambda found, _name: variable if found == mark else None)

    def schema_name(self, name: str) -> str:
        """The schema's name as a text value (a literal; psql's ``:'target_schema'`` in a
        template), for SQL that computes with it rather than naming it."""
        if self.template_schema is not None and name == self.template_schema:
            return ":'" + TEMPLATE_VARIABLE + "'"
        return literal(name)

    def qual(self, schema: str | None, name: str) -> str:
        if schema is None:
            return ident(name)
        if self.template_schema is not None and schema == self.template_schema:
            return self.schema(schema) + "." + ident(name)
        return qualified(schema, name)

    def routine(self, schema: str, name_with_args: str) -> str:
        """``s.f(args)`` from an ObjectId name ``f(args)`` (args already SQL text)."""
        name, _, args = name_with_args.partition("(")
        return self.qual(schema, name) + "(" + args

    def aggregate(self, schema: str, name_with_args: str) -> str:
        """``s.agg(args)`` as statements saying AGGREGATE spell it: ``s.agg(*)`` over no arguments."""
        name, _, args = name_with_args.partition("(")
        return self.qual(schema, name) + "(" + aggregate_args(args.removesuffix(")")) + ")"

    def ref(self, target: ObjectId) -> str:
        """``<keyword> <reference>`` of an object, as COMMENT ON / SECURITY LABEL write it."""
        k = target.kind
        if k is Kind.COLUMN:
            assert target.parent is not None
            return "COLUMN " + self.qual(target.schema, target.parent) + "." + ident(target.name)
        if k in (Kind.CONSTRAINT, Kind.TRIGGER, Kind.RULE, Kind.POLICY):
            assert target.parent is not None
            kw = k.value.upper()
            on = "ON DOMAIN" if (k is Kind.CONSTRAINT and (target.schema or "", target.parent)
                                 in self.domains) else "ON"
            return f"{kw} {ident(target.name)} {on} {self.qual(target.schema, target.parent)}"
        if k is Kind.AGGREGATE:
            assert target.schema is not None
            return "AGGREGATE " + self.aggregate(target.schema, target.name)
        if k in (Kind.FUNCTION, Kind.PROCEDURE):
            assert target.schema is not None
            return k.value.upper() + " " + self.routine(target.schema, target.name)
        if k is Kind.CAST:
            return "CAST " + target.name
        if k is Kind.TRANSFORM:  # name: <type> language <language>
            type_name, _, language = target.name.rpartition(" language ")
            return f"TRANSFORM FOR {type_name} LANGUAGE {ident(language)}"
        if k is Kind.OPERATOR:  # name: ===(left, right)
            assert target.schema is not None
            symbol, _, args = target.name.partition("(")
            return f"OPERATOR {self.schema(target.schema)}.{symbol} ({args}"
        if k in (Kind.ENUM, Kind.COMPOSITE, Kind.RANGE):
            return "TYPE " + self.qual(target.schema, target.name)
        if k is Kind.SCHEMA:
            return "SCHEMA " + self.schema(target.name)
        return k.value.upper() + " " + self.qual(target.schema, target.name)


def aggregate_args(args: str) -> str:
    """An aggregate's argument list where the AGGREGATE keyword names it.

    ``pg_get_function_identity_arguments`` of ``count(*)``-like aggregates is empty, but
    DROP / COMMENT ON / ALTER AGGREGATE accept only ``agg(*)`` for them (``agg()`` is a syntax
    error); GRANT … ON FUNCTION, which has no ``*`` form, keeps ``agg()``."""
    return args or "*"


def role(name: str) -> str:
    """A role in GRANT/TO lists: ``PUBLIC`` is a keyword, everything else an identifier."""
    return "PUBLIC" if name in ("public", "PUBLIC") else ident(name)


def string(value: str | None) -> str:
    return literal(value)
