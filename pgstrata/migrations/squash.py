"""``migration squash``: replace a prefix of the migrations by one file.

The new file is the extract of the prefix replayed into a shadow database, plus
the prefix's data statements (INSERT/UPDATE/DELETE/COPY — reference rows such as
plans or roles tables) carried over verbatim in their original order.  It keeps
the version of the last squashed migration and names the versions it replaces in
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

from pgstrata.ddl.names import TEMPLATE_VARIABLE
from pgstrata.errors import InputError
from pgstrata.migrations.files import MigrationFile, discover, load
from pgstrata.sqlparse import comments

MARKER = "pgstrata:squashes"
DATA_STATEMENTS = {"InsertStmt", "UpdateStmt", "DeleteStmt", "CopyStmt"}


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


def _data_statements(prefix: list[MigrationFile], template: bool) -> list[str]:
    if not template:
        return [st.text for f in prefix for st in load(f).statements if st.kind in DATA_STATEMENTS]
    back = {_PLACEHOLDER + ".": ':"' + TEMPLATE_VARIABLE + '".', "'" + _PLACEHOLDER + "'": ":'" + TEMPLATE_VARIABLE + "'"}
    out = []
    for f in prefix:
        for st in load(f, schema=_PLACEHOLDER).statements:
            if st.kind in DATA_STATEMENTS:
                text = st.text
                for placeholder, variable in back.items():
                    text = text.replace(placeholder, variable)
                out.append(text)
    return out


def render(prefix: list[MigrationFile], schema_sql: str, *, template: bool = False) -> str:
    versions = " ".join(f.version for f in prefix)
    data = _data_statements(prefix, template)
    parts = [f"-- {MARKER} {versions}",
             f"-- squashed by pgstrata from {len(prefix)} migrations ({prefix[0].version} … "
             f"{prefix[-1].version})", "", schema_sql.rstrip("\n")]
    if data:
        parts += ["", "-- data statements of the squashed migrations, in their original order", ""]
        parts += [text + ";" for text in data]
    return "\n".join(parts) + "\n", len(data)  # type: ignore[return-value]


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
