"""SOURCE / TARGET specs (DESIGN §1) → a database URL and the schemas to read.

- an environment name from pgstrata.toml;
- a libpq URL, optionally with ``#schema`` (without it: every user schema);
- ``file:PATH.sql``: loaded into a scratch database on the local server;
- ``migrations`` / ``migrations@VERSION``: the migrations folder replayed into a
  shadow database.

Scratch and shadow databases are dropped when the context manager exits.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
from psycopg import sql

from pgstrata.config import Project
from pgstrata.connect import connection, mask_url, server_message, translate_error
from pgstrata.environments import local_server, prepare_database, resolve_url
from pgstrata.errors import ConfigError, InputError
from pgstrata.local import LocalServer

if TYPE_CHECKING:
    from pgstrata.migrations.runner import Target

_counter = itertools.count()


@dataclass(frozen=True, slots=True)
class Source:
    """A resolved source: where to read, which schemas, how to name them logically."""

    label: str  # for messages; URLs masked
    url: str
    schemas: tuple[str, ...] | None  # physical schema names; None: every user schema
    rename: dict[str, str] = field(default_factory=dict)  # physical → logical
    scratch: bool = False  # a database pgstrata made and will drop


def scratch_server(project: Project | None) -> LocalServer:
    """The local server scratch databases live on: the project's, else a per-user one."""
    if project is not None:
        return local_server(project)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pgstrata" / "local"
    return LocalServer(cache)


@contextmanager
def scratch_database(project: Project | None, purpose: str) -> Iterator[str]:
    """A fresh database on the local server (Supabase basics when the project wants them)."""
    server = scratch_server(project)
    info = server.start()
    name = f"pgstrata_{purpose}_{os.getpid()}_{next(_counter)}"
    admin = info.socket_url("postgres")
    with connection(admin) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
    url = info.socket_url(name)
    try:
        if project is not None:
            prepare_database(project, url)
        yield url
    finally:
        with connection(admin) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def load_sql_file(url: str, path: Path) -> None:
    """Run a SQL file statement by statement in one transaction; errors name file:line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"file not found: {path}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text") from None
    from pgstrata.sqlparse import split  # pglast: imported by the sources that parse SQL only

    statements = split(text, filename=str(path))
    with connection(url) as conn:
        current = None
        try:
            with conn.transaction():
                for current in statements:
                    if current.is_transaction_control:
                        continue
                    conn.execute(current.text.encode(), prepare=False)
        except psycopg.Error as exc:
            message = server_message(exc)
            line = current.line if current else 1
            raise InputError(f"{path}:{line}: {message}") from None


def _project_schemas(project: Project | None) -> tuple[str, ...] | None:
    return project.schemas if project is not None else None


@contextmanager
def open_source(spec: str, project: Project | None) -> Iterator[Source]:
    """Resolve a SOURCE/TARGET spec; scratch databases live until the block ends."""
    with ExitStack() as stack:
        if spec.startswith("file:"):
            path = Path(spec[len("file:"):]).expanduser()
            if not path.is_file():
                raise InputError(f"file not found: {path}")
            url = stack.enter_context(scratch_database(project, "file"))
            load_sql_file(url, path)
            yield Source(label=f"file:{path}", url=url, schemas=_project_schemas(project), scratch=True)
        elif spec == "migrations" or spec.startswith("migrations@"):
            if project is None:
                raise ConfigError("the `migrations` source needs a pgstrata.toml")
            version = spec.split("@", 1)[1] if "@" in spec else None
            url = stack.enter_context(scratch_database(project, "shadow"))
            replay_migrations(project, url, to=version)
            yield Source(label=spec, url=url, schemas=project.schemas, scratch=True)
        elif spec.startswith(("postgres://", "postgresql://")):
            url, _, schema = spec.partition("#")
            schemas = tuple(s for s in schema.split(",") if s) or None
            yield Source(label=mask_url(spec), url=url, schemas=schemas)
        else:
            if project is None:
                raise ConfigError(
                    f"{spec!r} is not a URL, file: or migrations source, and there is no "
                    "pgstrata.toml to look up an environment of that name",
                    hint="run `pgstrata init`, or pass a postgresql:// URL",
                )
            env = project.environment(spec)
            yield Source(label=env.name, url=resolve_url(project, env),
                         schemas=env.physical_schemas, rename=env.schema_map)


def replay_migrations(project: Project, url: str, *, to: str | None = None) -> None:
    """Apply the migrations folder (up to ``to``) to a scratch database."""
    from pgstrata.migrations import discover
    from pgstrata.migrations.runner import migrate

    files = discover(project.migrations_dir)
    if to is not None and to not in {f.version for f in files}:
        raise InputError(f"no migration with version {to} in {project.migrations_dir}")
    migrate(shadow_target(project, url), files, to=to)


def shadow_target(project: Project, url: str) -> Target:
    """A scratch database as the migration runner's target: no statement timeout, and the
    project's own schema for a template migration's ``:"target_schema"``."""
    from pgstrata.migrations.runner import Target

    return Target(url=url, environment="shadow database", statement_timeout="0",
                  logical_schema=project.schemas[0])


def schema_exists(url: str, schemas: tuple[str, ...]) -> None:
    """InputError naming the first schema that does not exist in the database."""
    with connection(url) as conn:
        try:
            present = {r[0] for r in conn.execute(
                "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY(%s)",
                (list(schemas),)).fetchall()}
        except psycopg.Error as exc:
            raise translate_error(exc, url) from None
    for schema in schemas:
        if schema not in present:
            raise InputError(f"schema {schema!r} does not exist")
