"""Renderers for views, routines, triggers, rules, policies and casts."""

from __future__ import annotations

import re

from pgstrata.ddl.names import Names, aggregate_args, role
from pgstrata.model import Cast, EventTrigger, Function, Operator, Policy, Rule, Trigger, View
from pgstrata.quoting import ident, literal

# ----------------------------------------------------------------------------- views


def create_view(v: View, n: Names, *, replace: bool = False, fill: bool = True) -> list[str]:
    """CREATE VIEW; a materialized view WITH DATA only with ``fill`` (else filled later by
    :func:`refresh_view`)."""
    name = n.qual(v.schema, v.name)
    body = v.definition.rstrip().rstrip(";")
    if (values := _values_body(v, body)) is not None:
        name += " (" + ", ".join(ident(col) for col, _ in v.columns) + ")"
        body = values
    if v.materialized:
        sql = f"CREATE MATERIALIZED VIEW {name}"
        if v.access_method and v.access_method != "heap":
            sql += " USING " + ident(v.access_method)
        if v.options:
            sql += " WITH (" + ", ".join(v.options) + ")"
        sql += " AS\n" + body + ("\nWITH DATA" if v.with_data and fill else "\nWITH NO DATA")
        return [sql, *view_settings(None, v, n)]
    sql = f"CREATE {'OR REPLACE ' if replace else ''}VIEW {name}"
    if v.options:
        sql += " WITH (" + ", ".join(v.options) + ")"
    sql += " AS\n" + body
    if v.check_option:
        sql += f"\n  WITH {v.check_option.upper()} CHECK OPTION"
    return [sql] if replace else [sql, *view_defaults(None, v, n)]


# A VALUES list at the top of a view that names its columns (CREATE VIEW v (a, b) AS VALUES …),
# as PostgreSQL prints it: read back, that text is a subquery, printed ``FROM ( VALUES``.
# (PostgreSQL before 16 qualifies the columns: ``"*VALUES*".column1 AS plan``)
_TOP_VALUES = re.compile(r'\s*SELECT ((?:"\*VALUES\*"\.)?column1 AS .*?)\n\s*FROM \(VALUES (.*)\) "\*VALUES\*"(.*)', re.S)


def _values_body(v: View, body: str) -> str | None:
    """The VALUES list ``body`` prints as a SELECT from it (None for any other body), to be
    made under the view's column names again: it then reads back as the same VALUES."""
    m = _TOP_VALUES.fullmatch(body)
    if m is None or '"*VALUES*"' in m.group(3):  # (an ORDER BY naming the columns so)
        return None
    items = m.group(1).split(",\n")
    if len(items) != len(v.columns) or any(
            not item.strip().removeprefix('"*VALUES*".').startswith(f"column{k} AS ")
            for k, item in enumerate(items, 1)):
        return None
    return f" VALUES {m.group(2)}{m.group(3)}"


def refresh_view(v: View, n: Names) -> list[str]:
    return [f"REFRESH MATERIALIZED VIEW {n.qual(v.schema, v.name)}"]


def placeholder_view(v: View, n: Names, *, replace: bool = False) -> list[str]:
    """CREATE VIEW with the view's columns as typed NULLs, for a view that reads itself: its
    real body (a CREATE OR REPLACE VIEW after this one) names a relation that must exist
    first, as pg_dump does for a loop of views; with ``replace``, the columns the view gains
    must exist before a body reading them from the view itself."""
    columns = ",\n    ".join(f"NULL::{typ} AS {ident(col)}" for col, typ in v.columns)
    head = "CREATE OR REPLACE VIEW" if replace else "CREATE VIEW"
    return [f"{head} {n.qual(v.schema, v.name)} AS\n SELECT " + columns]


def view_defaults(old: View | None, new: View, n: Names) -> list[str]:
    """ALTER VIEW … ALTER COLUMN … SET/DROP DEFAULT from ``old``'s column defaults (None: a
    new view, which has none) to ``new``'s."""
    before = dict(old.defaults) if old is not None else {}
    after = dict(new.defaults)
    head = f"ALTER VIEW {n.qual(new.schema, new.name)} ALTER COLUMN "
    names = {name for name, _ in new.columns}
    out = [head + ident(c) + " DROP DEFAULT" for c in before if c not in after and c in names]
    out += [f"{head}{ident(c)} SET DEFAULT {expr}" for c, expr in new.defaults if before.get(c) != expr]
    return out


def view_settings(old: View | None, new: View, n: Names) -> list[str]:
    """ALTER MATERIALIZED VIEW … ALTER COLUMN … from ``old``'s column settings (None: a new
    materialized view, which has none) to ``new``'s: what goes undone first, then what is set."""
    before = set(old.settings) if old is not None else set()
    after = set(new.settings)
    head = f"ALTER MATERIALIZED VIEW {n.qual(new.schema, new.name)} ALTER COLUMN "
    names = {name for name, _ in new.columns}
    # (not when a new setting of the column has the same undo: it overwrites the old one)
    overwritten = {(c, undo) for c, _, undo in new.settings}
    undone = [f"{head}{ident(s[0])} {s[2]}" for s in (old.settings if old is not None else ())
              if s not in after and s[0] in names and (s[0], s[2]) not in overwritten]
    return undone + [f"{head}{ident(s[0])} {s[1]}" for s in new.settings if s not in before]


def drop_view(v: View, n: Names) -> list[str]:
    kw = "MATERIALIZED VIEW" if v.materialized else "VIEW"
    return [f"DROP {kw} {n.qual(v.schema, v.name)}"]


def rename_view(v: View, to: str, n: Names) -> list[str]:
    kw = "MATERIALIZED VIEW" if v.materialized else "VIEW"
    return [f"ALTER {kw} {n.qual(v.schema, v.name)} RENAME TO {ident(to)}"]


# ----------------------------------------------------------------------------- routines


def create_function(f: Function, n: Names) -> list[str]:
    # (a template's variable is written into the server-printed header by Names.printed, which
    # compare applies to every statement of a template plan)
    return [f.definition.rstrip().rstrip(";").rstrip()]


def routine_keyword(f: Function) -> str:
    return {"p": "PROCEDURE", "a": "AGGREGATE"}.get(f.kind, "FUNCTION")


def drop_function(f: Function, n: Names) -> list[str]:
    args = aggregate_args(f.identity_args) if f.kind == "a" else f.identity_args
    return [f"DROP {routine_keyword(f)} {n.qual(f.schema, f.name)}({args})"]


# ----------------------------------------------------------------------------- triggers & rules


# pg_trigger.tgenabled / pg_rewrite.ev_enabled / pg_event_trigger.evtenabled → the ALTER words
ENABLE_WORDS = {"O": "ENABLE", "D": "DISABLE", "R": "ENABLE REPLICA", "A": "ENABLE ALWAYS"}


def create_trigger(t: Trigger, n: Names) -> list[str]:
    out = [t.definition.rstrip().rstrip(";")]
    if t.enabled != "O":
        out.append(trigger_state(t, n))
    return out


def trigger_state(t: Trigger, n: Names) -> str:
    return f"ALTER TABLE {n.qual(t.schema, t.table)} {ENABLE_WORDS[t.enabled]} TRIGGER {ident(t.name)}"


def drop_trigger(t: Trigger, n: Names) -> list[str]:
    return [f"DROP TRIGGER {ident(t.name)} ON {n.qual(t.schema, t.table)}"]


def create_event_trigger(e: EventTrigger, n: Names) -> list[str]:
    sql = f"CREATE EVENT TRIGGER {ident(e.name)} ON {ident(e.event)}"
    if e.tags:
        sql += "\n  WHEN TAG IN (" + ", ".join(literal(t) for t in e.tags) + ")"
    sql += f"\n  EXECUTE FUNCTION {n.qual(*e.function)}()"
    out = [sql]
    if e.enabled != "O":
        out.append(event_trigger_state(e.name, e.enabled))
    return out


def event_trigger_state(name: str, enabled: str) -> str:
    """ALTER EVENT TRIGGER … to the firing state ``enabled`` (pg_event_trigger.evtenabled)."""
    return f"ALTER EVENT TRIGGER {ident(name)} {ENABLE_WORDS[enabled]}"


def drop_event_trigger(e: EventTrigger, n: Names) -> list[str]:
    return ["DROP EVENT TRIGGER " + ident(e.name)]


def create_rule(r: Rule, n: Names) -> list[str]:
    out = [r.definition.rstrip().rstrip(";")]
    if r.enabled != "O":
        out.append(rule_state(r, n))
    return out


def rule_state(r: Rule, n: Names) -> str:
    return f"ALTER TABLE {n.qual(r.schema, r.table)} {ENABLE_WORDS[r.enabled]} RULE {ident(r.name)}"


def drop_rule(r: Rule, n: Names) -> list[str]:
    return [f"DROP RULE {ident(r.name)} ON {n.qual(r.schema, r.table)}"]


# ----------------------------------------------------------------------------- policies


def _roles(roles: tuple[str, ...]) -> str:
    return ", ".join(role(r) for r in roles) if roles else "PUBLIC"


def create_policy(p: Policy, n: Names) -> list[str]:
    sql = f"CREATE POLICY {ident(p.name)} ON {n.qual(p.schema, p.table)}"
    if not p.permissive:
        sql += "\n  AS RESTRICTIVE"
    if p.command != "ALL":
        sql += "\n  FOR " + p.command
    if tuple(p.roles) != ("public",):
        sql += "\n  TO " + _roles(p.roles)
    if p.using is not None:
        sql += f"\n  USING ({p.using})"
    if p.with_check is not None:
        sql += f"\n  WITH CHECK ({p.with_check})"
    return [sql]


def alter_policy(old: Policy, new: Policy, n: Names) -> list[str]:
    sql = f"ALTER POLICY {ident(new.name)} ON {n.qual(new.schema, new.table)}"
    if old.roles != new.roles:
        sql += " TO " + _roles(new.roles)
    if old.using != new.using and new.using is not None:
        sql += f" USING ({new.using})"
    if old.with_check != new.with_check and new.with_check is not None:
        sql += f" WITH CHECK ({new.with_check})"
    return [sql]


def drop_policy(p: Policy, n: Names) -> list[str]:
    return [f"DROP POLICY {ident(p.name)} ON {n.qual(p.schema, p.table)}"]


# ----------------------------------------------------------------------------- casts


def create_cast(c: Cast, n: Names) -> list[str]:
    if c.method == "f" and c.function:
        how = "WITH FUNCTION " + c.function
    elif c.method == "i":
        how = "WITH INOUT"
    else:
        how = "WITHOUT FUNCTION"
    ctx = {"a": " AS ASSIGNMENT", "i": " AS IMPLICIT"}.get(c.context, "")
    return [f"CREATE CAST ({c.source} AS {c.target}) {how}{ctx}"]


def drop_cast(c: Cast, n: Names) -> list[str]:
    return [f"DROP CAST ({c.source} AS {c.target})"]


def operator_ref(schema: str, symbol: str, n: Names) -> str:
    """``OPERATOR(schema.===)``: an operator named where an expression or an option takes one."""
    return f"OPERATOR({n.schema(schema)}.{symbol})"


def create_operator(o: Operator, n: Names) -> list[str]:
    items = [f"FUNCTION = {o.function}"]
    if o.left is not None:
        items.append(f"LEFTARG = {o.left}")
    if o.right is not None:
        items.append(f"RIGHTARG = {o.right}")
    if o.commutator is not None:
        items.append("COMMUTATOR = " + operator_ref(*o.commutator, n))
    if o.negator is not None:
        items.append("NEGATOR = " + operator_ref(*o.negator, n))
    if o.restrict is not None:
        items.append(f"RESTRICT = {o.restrict}")
    if o.join is not None:
        items.append(f"JOIN = {o.join}")
    items += [flag for flag, on in (("HASHES", o.hashes), ("MERGES", o.merges)) if on]
    return [f"CREATE OPERATOR {n.schema(o.schema)}.{o.name} ({', '.join(items)})"]


def drop_operator(o: Operator, n: Names) -> list[str]:
    return [f"DROP OPERATOR {n.schema(o.schema)}.{o.name} ({o.left or 'NONE'}, {o.right or 'NONE'})"]
