"""``migration squash``: replace a prefix of the migrations by one file.

The new file is the extract of the prefix replayed into a shadow database, plus
what an extract does not reproduce, carried over verbatim in its original order:
roles (CREATE/ALTER ROLE, GRANT role TO role, and DO blocks that say CREATE
ROLE: a database's extract names roles, it never makes them) before the schema,
and after it the data statements (INSERT/UPDATE/DELETE/COPY — reference rows
such as plans or roles tables) and the statements whose effects live outside
the schema: ``SELECT`` calls (pg_cron's ``cron.schedule``,
``vault.create_secret``), ``CALL``, ``DO`` blocks and ``ALTER DATABASE … SET``.
A DO block that made schema objects is then run after they exist: written the
way Supabase migrations write them (``EXCEPTION WHEN duplicate_object``, ``IF
NOT EXISTS``) it does nothing; otherwise the verification below fails and
nothing changes.  Session settings (``SET``, ``SELECT set_config(…)``, pg_dump's
header) are left out: the extract sets its own.  It keeps the version of the
last squashed migration and names the versions it replaces in
a ``-- pgstrata:squashes V1 V2 …`` comment, so environments that applied the old
files stay valid: the runner accepts their history rows (see runner._validated).
The result is verified before the old files are removed: replaying the new
folder must give a ``pg_dump --schema-only`` identical to replaying the old one.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pglast import ast

from pgstrata.ddl.names import TEMPLATE_VARIABLE
from pgstrata.errors import InputError
from pgstrata.migrations.files import MigrationFile, discover, load
from pgstrata.sqlparse import comments

MARKER = "pgstrata:squashes"
DATA_STATEMENTS = {"InsertStmt", "UpdateStmt", "DeleteStmt", "CopyStmt"}
# carried over after the schema with the data statements (see the module docstring)
OUTSIDE_SCHEMA = {"SelectStmt", "CallStmt", "DoStmt", "AlterDatabaseSetStmt"}
# carried over before the schema: the extract's grants and owners name them
ROLE_STATEMENTS = {"CreateRoleStmt", "AlterRoleStmt", "AlterRoleSetStmt", "GrantRoleStmt"}


@dataclass(frozen=True, slots=True)
class SquashResult:
    path: Path
    replaced: tuple[str, ...]
    data_statements: int


def squashed_versions(sql: str) -> set[str]:
    """Versions a squash file declares it replaces (read from its comments by the lexer)."""
    out: set[str] = set()
    for comment in comments(sql):
        text = comment.text.lstrip("-/* ").rstrip("*/ ")
        if text.startswith(MARKER):
            out.update(text[len(MARKER):].split())
    return out


# What a template migration's schema is read as to find its data statements, then written
# back as the variable (the one spelling of this name in a squashed file is ours).
_PLACEHOLDER = "pgstrata_squash_target_schema"


def _carried(prefix: list[MigrationFile], template: bool) -> tuple[list[str], list[str]]:
    """The statements carried over (see the module docstring): (before the schema, after it)."""
    before: list[str] = []
    after: list[str] = []
    back = {_PLACEHOLDER + ".": ':"' + TEMPLATE_VARIABLE + '".', "'" + _PLACEHOLDER + "'": ":'" + TEMPLATE_VARIABLE + "'"}
    for f in prefix:
        for st in (load(f, schema=_PLACEHOLDER) if template else load(f)).statements:
            if st.kind in ROLE_STATEMENTS or (st.kind == "DoStmt" and _makes_roles(st.node)):
                into = before
            elif st.kind in DATA_STATEMENTS or (st.kind in OUTSIDE_SCHEMA and not _session_setting(st.node)):
                into = after
            else:
                continue
            text = st.text
            if template:
                for placeholder, variable in back.items():
                    text = text.replace(placeholder, variable)
            into.append(text)
    return before, after


def _makes_roles(node: Any) -> bool:
    """Whether a DO block's body says CREATE ROLE / USER / GROUP (by PostgreSQL's tokens): the
    guarded role creation Supabase migrations write, which the schema's grants need first."""
    from pglast import parser

    body = next((d.arg.sval for d in node.args or () if d.defname == "as"), "")
    try:
        names = [t.name for t in parser.scan(body)]
    except parser.ParseError:
        return False
    return any(a == "CREATE" and b in ("ROLE", "USER", "GROUP_P") for a, b in zip(names, names[1:], strict=False))


def _session_setting(node: Any) -> bool:
    """Whether a statement is a ``SELECT set_config(…)`` and nothing else (pg_dump's header,
    ``supabase db pull``'s first migration): a session setting, which the extract makes its own."""
    if not isinstance(node, ast.SelectStmt) or node.fromClause or not node.targetList:
        return False
    calls = [t.val for t in node.targetList if isinstance(t.val, ast.FuncCall)]
    return len(calls) == len(node.targetList) and all(
        call.funcname[-1].sval == "set_config" for call in calls)


def render(prefix: list[MigrationFile], schema_sql: str, *, template: bool = False) -> str:
    versions = " ".join(f.version for f in prefix)
    before, after = _carried(prefix, template)
    parts = [f"-- {MARKER} {versions}",
             f"-- squashed by pgstrata from {len(prefix)} migrations ({prefix[0].version} … "
             f"{prefix[-1].version})", ""]
    if before:
        parts += ["-- roles the squashed migrations make or change, in their original order", ""]
        parts += [text + ";" for text in before] + [""]
    parts.append(schema_sql.rstrip("\n"))
    if after:
        parts += ["", "-- data and other statements of the squashed migrations whose effects an extract does not",
                  "-- hold (rows, scheduled jobs, secrets), in their original order", ""]
        parts += [text + ";" for text in after]
    return "\n".join(parts) + "\n", len(before) + len(after)  # type: ignore[return-value]


def squash(project: object, *, to: str | None = None) -> SquashResult:
    """Squash the migrations up to ``to`` (default: all) into one verified file."""
    from pgstrata.check import schema_dump
    from pgstrata.config import Project
    from pgstrata.extract import extract_sql
    from pgstrata.sources import open_source, replay_migrations, scratch_database

    assert isinstance(project, Project)
    files = discover(project.migrations_dir)
    if to is not None and to not in {f.version for f in files}:
        raise InputError(f"no migration with version {to} in {project.migrations_dir}")
    prefix = [f for f in files if to is None or f.version <= to]
    if len(prefix) < 2:
        raise InputError("nothing to squash: fewer than two migrations up to that version")
    last = prefix[-1]
    with open_source(f"migrations@{last.version}", project) as shadow:
        from pgstrata.catalog import inspect_url

        model = inspect_url(shadow.url, schemas=list(project.schemas))
        before = schema_dump(shadow.url)
    template = project.template_schema is not None  # written as the migrations are (files.read_migration)
    text, data_count = render(prefix, extract_sql(model, template=template), template=template)  # type: ignore[misc]
    new_path = last.path.with_name(f"{last.version}_squashed.sql")
    backup = Path(tempfile.mkdtemp(prefix="pgstrata-squash-"))
    moved: list[tuple[Path, Path]] = []
    try:
        for f in prefix:
            for p in (f.path, f.down_path):
                if p is not None:
                    dest = backup / p.name
                    shutil.move(str(p), dest)
                    moved.append((dest, p))
        new_path.write_text(text, encoding="utf-8")
        with scratch_database(project, "squash") as url:
            replay_migrations(project, url, to=last.version)
            after = schema_dump(url)
        if after != before:
            raise InputError("the squashed file does not reproduce the migrations it replaces; "
                             "nothing was changed")
    except BaseException:
        new_path.unlink(missing_ok=True)
        for src, dest in moved:
            shutil.move(str(src), dest)
        raise
    finally:
        shutil.rmtree(backup, ignore_errors=True)
    return SquashResult(path=new_path, replaced=tuple(f.version for f in prefix),
                        data_statements=data_count)
