"""Apply and roll back migrations so that a file never half-applies (DESIGN §3).

- One session advisory lock per history table: concurrent runs wait (up to a
  timeout), then fail with exit 3 naming the holder.
- A transactional file and its history row commit in ONE transaction.
- A file with statements that cannot run in a transaction runs statement by
  statement after a committed ``running`` row, so a crash stays visible until
  ``migration repair``.
- Checksums of applied files are re-validated on every run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import psycopg

from pgstrata.connect import (
    connect,
    looks_like_pooler,
    mask_url,
    put_schema_first,
    scrub,
    server_message,
    translate_error,
    url_password,
)
from pgstrata.errors import DatabaseError, InputError, MigrationFailed, PgstrataError
from pgstrata.migrations.files import LoadedMigration, MigrationFile, load
from pgstrata.migrations.history import APPLIED, FAILED, RUNNING, History, HistoryRow
from pgstrata.sqlparse import ParsedStatement

Progress = Callable[[str, "LoadedMigration", int, int], None]


class HistoryError(PgstrataError):
    """Raised when the history disagrees with the files (edited, missing, failed, out of order)."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class Target:
    """Where migrations go: one database, optionally one schema of it."""

    url: str
    environment: str = "database"
    schema: str | None = None  # search_path and history table for non-public environments
    logical_schema: str = "public"  # the project's schema, as its migrations name it
    lock_timeout: str = "5s"
    statement_timeout: str = "0"
    advisory_lock_timeout: float = 60.0

    @property
    def template_schema(self) -> str:
        """What a template migration's ``:"target_schema"`` is here (files.read_migration)."""
        return self.schema or self.logical_schema


@dataclass(frozen=True, slots=True)
class FileState:
    """One line of ``migration list``: a file, a history row, or both."""

    version: str
    name: str
    state: str  # applied | pending | missing | changed | failed | running
    local_checksum: str | None = None
    applied_checksum: str | None = None
    applied_at: str | None = None
    has_down: bool = False


@dataclass
class RunResult:
    applied: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # dry run
    statements: dict[str, list[str]] = field(default_factory=dict)


class Session:
    """A locked connection to a target's history; use as a context manager."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self.conn = connect(target.url, autocommit=True)
        self.history = History(self.conn, target.schema)
        self.server_version = self.conn.info.server_version
        self._locked = False

    def __enter__(self) -> Session:
        try:
            self._lock()
            self.history.ensure()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            if self._locked and not self.conn.closed:
                self.conn.execute("SELECT pg_catalog.pg_advisory_unlock(%s)", (self.history.lock_key,))
        except psycopg.Error:
            pass
        self.conn.close()

    def _lock(self) -> None:
        key = self.history.lock_key
        deadline = time.monotonic() + self.target.advisory_lock_timeout
        while True:
            got = self.conn.execute("SELECT pg_catalog.pg_try_advisory_lock(%s)", (key,)).fetchone()
            if got and got[0]:
                self._locked = True
                return
            if time.monotonic() >= deadline:
                raise DatabaseError(
                    f"another migration run holds the lock on {self.target.environment}'s history "
                    f"({self._holder()}); waited {self.target.advisory_lock_timeout:g}s"
                )
            time.sleep(0.1)

    def _holder(self) -> str:
        key = self.history.lock_key & 0xFFFFFFFFFFFFFFFF
        row = self.conn.execute(
            "SELECT a.pid, coalesce(nullif(a.application_name, ''), 'unknown application'),"
            " a.usename FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a USING (pid)"
            " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %s::oid"
            " AND l.objid = %s::oid AND l.objsubid = 1 LIMIT 1",
            (key >> 32, key & 0xFFFFFFFF),
        ).fetchone()
        if row is None:
            return "holder unknown"
        return f"pid {row[0]}, {row[1]}, user {row[2]}"

    # -- helpers ---------------------------------------------------------------------------
    def settings(self, *, local: bool) -> None:
        """lock_timeout, statement_timeout and search_path for what follows."""
        scope = "true" if local else "false"
        set_config = "SELECT pg_catalog.set_config(%s, %s, " + scope + ")"
        self.conn.execute(set_config, ("lock_timeout", self.target.lock_timeout))
        self.conn.execute(set_config, ("statement_timeout", self.target.statement_timeout))
        if self.server_version >= 140000:  # notice a killed client quickly, release its locks
            self.conn.execute(set_config, ("client_connection_check_interval", "1000"))
        if self.target.schema and self.target.schema != "public":
            put_schema_first(self.conn, self.target.schema, local=local)

    def load(self, file: MigrationFile) -> LoadedMigration:
        return load(file, server_version=self.server_version, schema=self.target.template_schema)


def _body(m: LoadedMigration) -> tuple[list[ParsedStatement], bool]:
    """Statements to run and whether they can share one transaction.

    A file wrapped in its own ``BEGIN; … COMMIT;`` (common in hand-written
    migrations) runs inside our transaction without those two statements.
    """
    stmts = list(m.statements)
    if (len(stmts) >= 2 and stmts[0].is_transaction_control and stmts[-1].is_transaction_control
            and not any(s.is_transaction_control for s in stmts[1:-1])):
        stmts = stmts[1:-1]
    ok = all(s.transactional and not s.is_transaction_control for s in stmts)
    return stmts, ok


def _fail(target: Target, m: LoadedMigration, stmt: ParsedStatement | None, exc: psycopg.Error,
          *, rolled_back: bool, direction: str = "migration") -> MigrationFailed:
    diag = getattr(exc, "diag", None)
    message = server_message(exc)
    message = scrub(message, url_password(target.url) or "")
    line = stmt.line if stmt else 1
    if stmt is not None and diag is not None and diag.statement_position:
        line += stmt.text[: int(diag.statement_position) - 1].count("\n")
    path = m.file.down_path if direction == "rollback" and m.file.down_path else m.file.path
    outcome = ("nothing from it was applied" if rolled_back
               else f"it stopped part-way and is marked {FAILED} in the history")
    return MigrationFailed(
        f"{direction} {path.name} failed at line {line} on {target.environment}: {message}; {outcome}",
        version=m.file.version,
        sqlstate=getattr(diag, "sqlstate", None),
        file=str(path),
        line=line,
        hint=None if rolled_back else f"check the database, then `pgstrata migration repair "
        f"{target.environment} {m.file.version} --status applied|reverted`",
    )


def _run_transactional(s: Session, m: LoadedMigration, stmts: list[ParsedStatement],
                       after: Callable[[int], None], direction: str) -> None:
    current: ParsedStatement | None = None
    started = time.monotonic()
    try:
        with s.conn.transaction():
            s.settings(local=True)
            for current in stmts:
                s.conn.execute(current.text.encode(), prepare=False)
            current = None
            after(int((time.monotonic() - started) * 1000))
    except psycopg.Error as exc:
        raise _fail(s.target, m, current, exc, rolled_back=True, direction=direction) from None
    finally:
        if not s.conn.closed and s.conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE:
            s.conn.execute("RESET ALL")  # a file's own SET must not leak into the next file


def _run_statement_by_statement(s: Session, m: LoadedMigration, stmts: list[ParsedStatement],
                                before: Callable[[], None], after: Callable[[int], None],
                                on_fail: Callable[[], None], direction: str) -> None:
    before()
    started = time.monotonic()
    current: ParsedStatement | None = None
    try:
        s.settings(local=False)
        for current in stmts:
            s.conn.execute(current.text.encode(), prepare=False)
    except psycopg.Error as exc:
        on_fail()
        raise _fail(s.target, m, current, exc, rolled_back=False, direction=direction) from None
    finally:
        s.conn.execute("RESET ALL")
    with s.conn.transaction():
        after(int((time.monotonic() - started) * 1000))


def _validated(s: Session, files: Sequence[MigrationFile]) -> tuple[dict[str, HistoryRow], dict[str, LoadedMigration]]:
    """Check the history against the files; return rows and the loaded applied files."""
    rows = {r.version: r for r in s.history.rows()}
    by_version = {f.version: f for f in files}
    env = s.target.environment
    loaded: dict[str, LoadedMigration] = {}
    replaced, squash_files = _squash_declarations(files)
    for version, row in rows.items():
        if row.state in (RUNNING, FAILED):
            raise HistoryError(
                f"migration {version} is marked {row.state} in {env}'s history: it stopped part-way",
                hint=f"check the database, then `pgstrata migration repair {env} {version} "
                "--status applied|reverted`",
            )
        file = by_version.get(version)
        if file is None and version in replaced:
            continue  # applied before `migration squash` folded it into a newer file
        if file is None:
            raise HistoryError(
                f"migration {version} is applied on {env} but not in the migrations folder",
                hint=f"restore the file, or `pgstrata migration repair {env} {version} --status reverted`",
            )
        m = s.load(file)
        loaded[version] = m
        if row.checksum is None:
            s.history.adopt_checksum(version, m.checksum)  # written by the Supabase CLI
        elif row.checksum != m.checksum and version in squash_files:
            s.history.adopt_checksum(version, m.checksum, force=True)  # the squash replaced it
        elif row.checksum != m.checksum:
            raise HistoryError(
                f"migration {file.filename} was edited after it was applied on {env}",
                hint=f"revert the edit and add a new migration, or `pgstrata migration repair {env} "
                f"{version} --status applied` to accept it",
            )
    return rows, loaded


def _squash_declarations(files: Sequence[MigrationFile]) -> tuple[set[str], set[str]]:
    """(versions replaced by squash files, the squash files' own versions)."""
    from pgstrata.migrations.squash import squashed_versions

    replaced: set[str] = set()
    squash_files: set[str] = set()
    for f in files:
        if f.path.name.endswith("_squashed.sql"):
            replaced |= squashed_versions(f.path.read_text(encoding="utf-8"))
            squash_files.add(f.version)
    return replaced, squash_files


def pooler_warning(target: Target) -> str | None:
    """A warning for URLs of a transaction-mode pooler, where session locks do not hold."""
    if not looks_like_pooler(target.url):
        return None
    return (f"{target.environment}'s URL looks like Supabase's transaction-mode pooler (port 6543): "
            "session advisory locks and SET do not hold there; use the direct or session (5432) URL")


def migrate(target: Target, files: Sequence[MigrationFile], *, to: str | None = None,
            dry_run: bool = False, progress: Progress | None = None) -> RunResult:
    """Apply pending migrations in version order (up to and including ``to``)."""
    result = RunResult()
    warning = pooler_warning(target)
    if warning:
        result.warnings.append(warning)
    with Session(target) as s:
        rows, _ = _validated(s, files)
        last = max(rows) if rows else ""
        todo = [f for f in files if f.version not in rows and (to is None or f.version <= to)]
        for f in todo:
            if f.version < last:
                raise HistoryError(
                    f"migration {f.filename} is older than {last}, the newest applied on "
                    f"{target.environment}",
                    hint="rename it with a newer timestamp (`pgstrata migration new` makes one)",
                )
        for i, f in enumerate(todo, 1):
            m = s.load(f)
            stmts, transactional = _body(m)
            result.statements[f.version] = [st.text for st in stmts]
            if progress:
                progress("apply", m, i, len(todo))
            if dry_run:
                result.skipped.append(f.version)
                continue
            texts = [st.text for st in m.statements]

            def record(ms: int, m: LoadedMigration = m, texts: list[str] = texts) -> None:
                s.history.record(m.file.version, m.file.name, texts, m.checksum, execution_ms=ms)

            if transactional:
                _run_transactional(s, m, stmts, record, "migration")
            else:
                _run_statement_by_statement(
                    s, m, stmts,
                    before=lambda m=m, texts=texts: s.history.record(
                        m.file.version, m.file.name, texts, m.checksum, state=RUNNING),
                    after=lambda ms, m=m: s.history.set_state(m.file.version, APPLIED, execution_ms=ms),
                    on_fail=lambda m=m: s.history.set_state(m.file.version, FAILED),
                    direction="migration",
                )
            result.applied.append(f.version)
    return result


def rollback(target: Target, files: Sequence[MigrationFile], *, to: str | None = None,
             dry_run: bool = False, progress: Progress | None = None) -> RunResult:
    """Run ``.down.sql`` files in reverse order: the last one, or all newer than ``to``."""
    result = RunResult()
    with Session(target) as s:
        rows, loaded = _validated(s, files)
        applied = sorted(rows, reverse=True)
        todo = [v for v in applied if v > to] if to is not None else applied[:1]
        missing = [loaded[v].file.filename for v in todo if loaded[v].file.down_path is None]
        if missing:
            raise InputError(f"cannot roll back: {missing[0]} has no .down.sql file")
        for i, v in enumerate(todo, 1):
            m = loaded[v]
            assert m.down_statements is not None
            down = LoadedMigration(m.file, m.down_sql or "", m.down_statements, m.checksum)
            stmts, transactional = _body(down)
            result.statements[v] = [st.text for st in stmts]
            if progress:
                progress("rollback", m, i, len(todo))
            if dry_run:
                result.skipped.append(v)
                continue
            if transactional:
                _run_transactional(s, m, stmts, lambda _ms, v=v: s.history.delete(v), "rollback")
            else:
                _run_statement_by_statement(
                    s, m, stmts, before=lambda v=v: s.history.set_state(v, RUNNING),
                    after=lambda _ms, v=v: s.history.delete(v),
                    on_fail=lambda v=v: s.history.set_state(v, FAILED), direction="rollback",
                )
            result.applied.append(v)
    return result


def repair(target: Target, files: Sequence[MigrationFile], version: str, status: str) -> str:
    """Mark ``version`` applied (with the local file's checksum) or reverted (row removed)."""
    if status not in ("applied", "reverted"):
        raise InputError(f"--status must be applied or reverted, not {status!r}")
    with Session(target) as s:
        if status == "reverted":
            s.history.delete(version)
            return f"{version} marked reverted on {target.environment}"
        file = next((f for f in files if f.version == version), None)
        if file is None:
            raise InputError(f"no migration file with version {version} in the migrations folder")
        m = s.load(file)
        s.history.record(version, file.name, [st.text for st in m.statements], m.checksum)
        return f"{version} marked applied on {target.environment}"


def states(target: Target, files: Sequence[MigrationFile]) -> list[FileState]:
    """Files vs history for ``migration list`` and ``status`` (reads only, no lock)."""
    try:
        conn = connect(target.url, autocommit=True)
    except PgstrataError:
        raise
    try:
        history = History(conn, target.schema)
        rows = {r.version: r for r in history.rows()}
        server_version = conn.info.server_version
    except psycopg.Error as exc:
        raise translate_error(exc, target.url) from None
    finally:
        conn.close()
    out: list[FileState] = []
    by_version = {f.version: f for f in files}
    for version in sorted(set(rows) | set(by_version)):
        row, file = rows.get(version), by_version.get(version)
        local = load(file, server_version=server_version, schema=target.template_schema).checksum if file else None
        if row is None:
            state = "pending"
        elif file is None:
            state = "missing"
        elif row.state in (RUNNING, FAILED):
            state = row.state
        elif row.checksum is not None and row.checksum != local:
            state = "changed"
        else:
            state = "applied"
        out.append(FileState(
            version=version,
            name=file.name if file else (row.name or "") if row else "",
            state=state, local_checksum=local, applied_checksum=row.checksum if row else None,
            applied_at=row.applied_at.isoformat() if row and row.applied_at else None,
            has_down=bool(file and file.down_path),
        ))
    return out


def describe(target: Target) -> str:
    """The target for messages, with its URL masked."""
    return f"{target.environment} ({mask_url(target.url)})"
