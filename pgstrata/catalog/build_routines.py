"""Rows → functions, procedures, aggregates, triggers, event triggers, rules, policies, casts.

``Function.definition`` is the complete statement that creates the routine, as runnable text
without a trailing semicolon:

* functions, procedures, window functions: ``pg_get_functiondef`` output with trailing blanks
  removed.  PostgreSQL always writes the name there schema-qualified (``quote_ident(schema) .
  quote_ident(name)``, which the query also returns as ``printed_name``); that exact prefix
  ``CREATE OR REPLACE FUNCTION <printed_name>(`` (or ``PROCEDURE``) is replaced by the same
  words with ``quoting.qualified(<logical schema>, name)``, so a function of schema ``dev``
  inspected with ``rename={"dev": "test"}`` reads ``CREATE OR REPLACE FUNCTION test.f(…``.
  Nothing after the opening parenthesis is touched (argument types and the body print as
  the search_path rule of ``read`` makes them).
* aggregates: a ``CREATE OR REPLACE AGGREGATE <qualified>(<args>) (…)`` statement built from
  pg_aggregate, with the options pg_dump would write.
"""

from __future__ import annotations

from collections.abc import Sequence

from pgstrata.catalog.build_tables import strip_statement
from pgstrata.catalog.context import Context, sorted_by_id
from pgstrata.catalog.oids import (
    PG_CAST,
    PG_EVENT_TRIGGER,
    PG_OPERATOR,
    PG_POLICY,
    PG_PROC,
    PG_REWRITE,
    PG_TRIGGER,
)
from pgstrata.catalog.printed import nested, unnamed_columns_kept
from pgstrata.catalog.rows import (
    AggregateRow,
    CastRow,
    EventTriggerRow,
    FunctionRow,
    OperatorRow,
    PolicyRow,
    RuleRow,
    TriggerRow,
)
from pgstrata.model import Cast, EventTrigger, Function, Operator, Policy, Rule, Trigger
from pgstrata.quoting import literal, qualified

POLICY_COMMANDS = {"*": "ALL", "r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE"}
_MODIFY = {"r": "READ_ONLY", "s": "SHAREABLE", "w": "READ_WRITE"}
_PARALLEL = {"s": "SAFE", "r": "RESTRICTED"}


def requalify(definition: str, printed_name: str, kind: str, schema: str, name: str) -> str:
    """pg_get_functiondef text with its header's name written for the logical schema."""
    keyword = "PROCEDURE" if kind == "p" else "FUNCTION"
    head = f"CREATE OR REPLACE {keyword} {printed_name}("
    text = definition.rstrip()
    if not text.startswith(head):  # never seen: leave PostgreSQL's text as it is
        return text
    return f"CREATE OR REPLACE {keyword} {qualified(schema, name)}(" + text[len(head):]


def build_functions(
    functions: Sequence[FunctionRow], aggregates: Sequence[AggregateRow], ctx: Context
) -> tuple[Function, ...]:
    out = []
    for row in functions:
        schema = ctx.schema(row.schema)
        fn = Function(
            schema=schema,
            name=row.name,
            identity_args=row.identity_args,
            definition=nested(unnamed_columns_kept(requalify(row.definition, row.printed_name, row.kind, schema,
                                                                   row.name))),
            kind=row.kind,
            arguments=row.arguments,
            result=row.result,
            language=row.language,
            volatility=row.volatility,
            security_definer=row.security_definer,
            config=tuple(row.config or ()),
        )
        out.append((ctx.add(PG_PROC, row.oid, fn.id), fn))
    for agg in aggregates:
        schema = ctx.schema(agg.schema)
        fn = Function(
            schema=schema,
            name=agg.name,
            identity_args=agg.identity_args,
            definition=aggregate_definition(agg, schema),
            kind="a",
            arguments=agg.arguments,
            result=agg.result,
            language="internal",
        )
        out.append((ctx.add(PG_PROC, agg.oid, fn.id), fn))
    return sorted_by_id(out)


def aggregate_definition(row: AggregateRow, schema: str) -> str:
    """CREATE OR REPLACE AGGREGATE text of one pg_aggregate row, options as pg_dump writes them."""
    normal = row.agg_kind == "n"
    default_modify = "r" if normal else "w"
    options = [f"SFUNC = {row.sfunc}", f"STYPE = {row.stype}"]
    if row.sspace:
        options.append(f"SSPACE = {row.sspace}")
    if row.finalfunc:
        options.append(f"FINALFUNC = {row.finalfunc}")
        if row.finalfunc_extra:
            options.append("FINALFUNC_EXTRA")
    if row.finalfunc_modify != default_modify:
        options.append(f"FINALFUNC_MODIFY = {_MODIFY[row.finalfunc_modify]}")
    for label, value in (("COMBINEFUNC", row.combinefunc), ("SERIALFUNC", row.serialfunc),
                         ("DESERIALFUNC", row.deserialfunc)):
        if value:
            options.append(f"{label} = {value}")
    if row.initcond is not None:
        options.append(f"INITCOND = {literal(row.initcond)}")
    options.extend(_moving_options(row, default_modify))
    if row.sortop:
        options.append(f"SORTOP = {row.sortop}")
    if row.agg_kind == "h":
        options.append("HYPOTHETICAL")
    if row.parallel in _PARALLEL:
        options.append(f"PARALLEL = {_PARALLEL[row.parallel]}")
    args = row.arguments if row.arguments or not normal else "*"
    body = ",\n    ".join(options)
    return f"CREATE OR REPLACE AGGREGATE {qualified(schema, row.name)}({args}) (\n    {body}\n)"


def _moving_options(row: AggregateRow, default_modify: str) -> list[str]:
    if not row.msfunc:
        return []
    options = [f"MSFUNC = {row.msfunc}", f"MINVFUNC = {row.minvfunc}", f"MSTYPE = {row.mstype}"]
    if row.msspace:
        options.append(f"MSSPACE = {row.msspace}")
    if row.mfinalfunc:
        options.append(f"MFINALFUNC = {row.mfinalfunc}")
        if row.mfinalfunc_extra:
            options.append("MFINALFUNC_EXTRA")
    if row.mfinalfunc_modify != default_modify:
        options.append(f"MFINALFUNC_MODIFY = {_MODIFY[row.mfinalfunc_modify]}")
    if row.minitcond is not None:
        options.append(f"MINITCOND = {literal(row.minitcond)}")
    return options


def build_triggers(rows: Sequence[TriggerRow], ctx: Context) -> tuple[Trigger, ...]:
    out = []
    for row in rows:
        trigger = Trigger(
            schema=ctx.schema(row.schema),
            table=row.table_name,
            name=row.name,
            definition=ctx.printed(row.definition, ctx.types_of(ctx.relid(ctx.schema(row.schema), row.table_name))),
            enabled=row.enabled,
            function=(ctx.schema(row.function_schema), row.function_name),
            constraint=row.is_constraint,
            inherited=row.inherited,
        )
        out.append((ctx.add(PG_TRIGGER, row.oid, trigger.id), trigger))
    return sorted_by_id(out)


def build_event_triggers(rows: Sequence[EventTriggerRow], ctx: Context) -> tuple[EventTrigger, ...]:
    out = []
    for row in rows:
        trigger = EventTrigger(
            name=row.name,
            event=row.event,
            function=(ctx.schema(row.function_schema), row.function_name),
            tags=tuple(row.tags),
            enabled=row.enabled,
        )
        out.append((ctx.add(PG_EVENT_TRIGGER, row.oid, trigger.id), trigger))
    return sorted_by_id(out)


def build_rules(rows: Sequence[RuleRow], ctx: Context) -> tuple[Rule, ...]:
    out = []
    for row in rows:
        rule = Rule(
            schema=ctx.schema(row.schema), table=row.table_name, name=row.name,
            # (as a trigger's: a rule printed with all parentheses names its table qualified)
            definition=ctx.printed(strip_statement(row.definition), None), enabled=row.enabled,
        )
        out.append((ctx.add(PG_REWRITE, row.oid, rule.id), rule))
    return sorted_by_id(out)


def build_policies(rows: Sequence[PolicyRow], ctx: Context) -> tuple[Policy, ...]:
    out = []
    for row in rows:
        types = ctx.types_of(ctx.relid(ctx.schema(row.schema), row.table_name))
        policy = Policy(
            schema=ctx.schema(row.schema),
            table=row.table_name,
            name=row.name,
            permissive=row.permissive,
            command=POLICY_COMMANDS[row.command],
            roles=tuple(row.roles),
            using=ctx.printed(row.using_expr, types),
            with_check=ctx.printed(row.check_expr, types),
        )
        out.append((ctx.add(PG_POLICY, row.oid, policy.id), policy))
    return sorted_by_id(out)


def build_casts(rows: Sequence[CastRow], ctx: Context) -> tuple[Cast, ...]:
    out = []
    for row in rows:
        cast = Cast(
            source=row.source, target=row.target, function=row.function,
            context=row.context, method=row.method,
        )
        out.append((ctx.add(PG_CAST, row.oid, cast.id), cast))
    return sorted_by_id(out)


def build_operators(rows: Sequence[OperatorRow], ctx: Context) -> tuple[Operator, ...]:
    out = []
    for row in rows:
        operator = Operator(
            schema=ctx.schema(row.schema), name=row.name, left=row.left_type, right=row.right_type,
            function=row.function,
            commutator=(ctx.schema(row.commutator_schema), row.commutator)
            if row.commutator_schema is not None and row.commutator is not None else None,
            negator=(ctx.schema(row.negator_schema), row.negator)
            if row.negator_schema is not None and row.negator is not None else None,
            restrict=row.restrict, join=row.join_estimator, hashes=row.hashes, merges=row.merges,
        )
        out.append((ctx.add(PG_OPERATOR, row.oid, operator.id), operator))
    return sorted_by_id(out)
