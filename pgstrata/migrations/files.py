"""The migrations folder: discover, name, read and split migration files.

Layout (the Supabase CLI's, so ``supabase/migrations`` works unchanged)::

    20240501120000_create_users.sql        the migration ("up")
    20240501120000_create_users.down.sql   optional: its reverse

The version is the digits before the first underscore.  Fourteen digits (a UTC
timestamp) is what ``new_migration`` writes; like the Supabase CLI, any run of
digits is accepted, as long as ordering the versions as text (the CLI's order
and the history table's ``version text``) and as numbers agree — otherwise the
two tools would apply the files in different orders, so that is an error.
Regular expressions here match file names only, never SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pgstrata.ddl.names import TEMPLATE_VARIABLE
from pgstrata.errors import InputError
from pgstrata.sqlparse import ParsedStatement, checksum, read_sql, split, with_variable

UP_PATTERN = re.compile(r"^(?P<version>[0-9]+)_(?P<name>.*)\.sql$")
DOWN_SUFFIX = ".down.sql"
VERSION_FORMAT = "%Y%m%d%H%M%S"
_EXPECTED = "<14-digit UTC timestamp>_<name>.sql, e.g. 20240501120000_create_users.sql"
_NAME_CHARS = re.compile(r"^[A-Za-z0-9 _\-]+$")
_MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class MigrationFile:
    """One migration on disk: its version, name and files; nothing read yet."""

    version: str
    name: str
    path: Path
    down_path: Path | None = None

    @property
    def filename(self) -> str:
        return self.path.name

    def load(self, *, server_version: int | None = None, schema: str = "public") -> LoadedMigration:
        """Read and split the file (and its down file); see :func:`load`."""
        return load(self, server_version=server_version, schema=schema)


@dataclass(frozen=True, slots=True)
class LoadedMigration:
    """A migration file read and split by PostgreSQL's parser."""

    file: MigrationFile
    sql: str
    statements: tuple[ParsedStatement, ...]
    checksum: str
    down_sql: str | None = None
    down_statements: tuple[ParsedStatement, ...] | None = None

    @property
    def transactional(self) -> bool:
        """True when the runner may wrap the whole file in one transaction.

        False when a statement refuses a transaction block (CREATE INDEX
        CONCURRENTLY, …) or begins/ends a transaction itself (BEGIN, COMMIT, …).
        """
        return all(s.transactional and not s.is_transaction_control for s in self.statements)


def discover(folder: Path) -> list[MigrationFile]:
    """The migrations in ``folder`` ordered by version; a missing folder has none.

    Files that do not end in ``.sql``, hidden files and sub-folders are ignored.
    A ``.sql`` file with another name, two files with one version, versions
    whose text and numeric orders disagree, and a ``.down.sql`` file without its
    migration are InputErrors naming the file.
    """
    if not folder.exists():
        return []
    if not folder.is_dir():
        raise InputError(f"{folder}: the migrations folder is not a directory")
    ups: dict[str, Path] = {}
    downs: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or not path.name.endswith(".sql") or path.is_dir():
            continue
        if path.name.endswith(DOWN_SUFFIX):
            downs[path.name[: -len(DOWN_SUFFIX)]] = path
        else:
            ups[path.name[: -len(".sql")]] = path
    files = [_up_file(path, downs.get(stem)) for stem, path in ups.items()]
    _check_downs(downs, ups)
    files.sort(key=lambda f: f.version)
    _check_versions(files)
    return files


def load(file: MigrationFile, *, server_version: int | None = None, schema: str = "public") -> LoadedMigration:
    """Read ``file`` (UTF-8, a BOM tolerated) and split it; InputError names file:line.

    ``schema`` is what a template migration's ``:"target_schema"`` stands for (the schema of
    the environment it runs in: see :func:`read_migration`)."""
    sql = read_migration(file.path, schema)
    statements = tuple(split(sql, filename=str(file.path), server_version=server_version))
    down_sql = down_statements = None
    if file.down_path is not None:
        down_sql = read_migration(file.down_path, schema)
        down_statements = tuple(
            split(down_sql, filename=str(file.down_path), server_version=server_version)
        )
    return LoadedMigration(
        file=file,
        sql=sql,
        statements=statements,
        checksum=checksum(statements),
        down_sql=down_sql,
        down_statements=down_statements,
    )


def read_migration(path: Path, schema: str = "public") -> str:
    """A migration file's text for ``schema``.  ``migration diff`` writes a project whose
    environments name their schema differently (``schema = "qa"``) as a template, like
    ``extract --template``: the project's schema is ``:"target_schema"``, which the runner
    sets to the environment's schema, as ``psql -v target_schema=qa -f FILE`` would."""
    return with_variable(read_sql(path), TEMPLATE_VARIABLE, schema)


def new_migration(folder: Path, name: str, now: datetime | None = None) -> Path:
    """Create an empty ``<UTC YYYYMMDDHHMMSS>_<snake_name>.sql`` in ``folder``.

    A naive ``now`` is taken as UTC.  When another file already uses the
    timestamp, the next free second is used.  The folder is created if needed.
    """
    snake = snake_name(name)
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    taken = _versions_in(folder)
    while moment.strftime(VERSION_FORMAT) in taken:
        moment += timedelta(seconds=1)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{moment.strftime(VERSION_FORMAT)}_{snake}.sql"
    try:
        with path.open("x", encoding="utf-8"):
            pass
    except OSError as exc:
        raise InputError(f"{path}: cannot create the migration file ({exc.strerror})") from exc
    return path


def snake_name(name: str) -> str:
    """``"Add users table"``, ``"AddUsersTable"``, ``"add-users-table"`` → ``add_users_table``."""
    text = name.strip()
    if not text:
        raise InputError("a migration needs a name, e.g. create_users")
    if not _NAME_CHARS.match(text):
        raise InputError(
            f"migration name {name!r} may only contain ASCII letters, digits, spaces, '-' and '_'"
        )
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    text = re.sub(r"(?<=[A-Z])(?=[A-Z][a-z])", "_", text)
    text = re.sub(r"[\s\-_]+", "_", text).strip("_").lower()
    if not text:
        raise InputError(f"migration name {name!r} has no letters or digits")
    if len(text) > _MAX_NAME:
        raise InputError(f"migration name is longer than {_MAX_NAME} characters")
    return text


# -- helpers -------------------------------------------------------------------------


def _up_file(path: Path, down: Path | None) -> MigrationFile:
    match = UP_PATTERN.match(path.name)
    if match is None:
        raise InputError(
            f"{path}: not a migration file name; expected {_EXPECTED}",
            hint="rename it, or move files that are not migrations out of the folder",
        )
    return MigrationFile(
        version=match["version"], name=match["name"], path=path, down_path=down
    )


def _check_downs(downs: dict[str, Path], ups: dict[str, Path]) -> None:
    for stem, path in sorted(downs.items()):
        if stem not in ups:
            raise InputError(
                f"{path}: down migration without its migration {stem}.sql",
                hint="rename it to match its migration, or delete it",
            )


def _check_versions(files: list[MigrationFile]) -> None:
    for before, after in zip(files, files[1:], strict=False):
        if before.version == after.version:
            raise InputError(
                f"{after.path}: version {after.version} is also used by {before.path.name}",
                hint="give one of them a new timestamp (pgstrata migration new makes one)",
            )
        if int(before.version) >= int(after.version):
            raise InputError(
                f"{after.path}: versions {before.version} and {after.version} sort differently "
                "as text and as numbers",
                hint="pad versions to the same number of digits (14-digit UTC timestamps)",
            )


def _versions_in(folder: Path) -> set[str]:
    if not folder.is_dir():
        return set()
    found = set()
    for path in folder.iterdir():
        match = UP_PATTERN.match(path.name)
        if match is not None:
            found.add(match["version"])
    return found
