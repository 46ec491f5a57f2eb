"""The embedded server: start, stop, restart, a stale pid file, a taken port."""

from __future__ import annotations

import os
import signal
import socket
import time
from pathlib import Path

import psycopg
import pytest
from conftest import free_port

from pgstrata.local import LocalServer


def _wait_dead(pid: int) -> None:
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)


@pytest.fixture
def server(tmp_path: Path):  # type: ignore[no-untyped-def]
    srv = LocalServer(tmp_path / ".pgstrata" / "local", port=free_port())
    yield srv
    srv.stop()


def test_start_stop_restart(server: LocalServer) -> None:
    assert server.info() is None
    info = server.start()
    assert server.start() == info  # idempotent
    with psycopg.connect(info.url()) as conn:  # TCP on 127.0.0.1
        assert conn.execute("select 1").fetchone() == (1,)
    with psycopg.connect(info.socket_url()) as conn:  # unix socket
        assert conn.execute("show server_version_num").fetchone()[0] >= "180000"
    server.ensure_database("dev")
    server.ensure_database("dev")
    with psycopg.connect(info.socket_url("dev")) as conn:
        assert conn.execute("select current_database()").fetchone() == ("dev",)
    assert server.stop() is True
    assert server.info() is None
    assert server.stop() is False
    again = server.start()
    with psycopg.connect(again.socket_url("dev")) as conn:  # data survived
        assert conn.execute("select current_database()").fetchone() == ("dev",)


def test_survives_kill_9_and_stale_pid_file(server: LocalServer) -> None:
    info = server.start()
    os.kill(info.pid, signal.SIGKILL)
    _wait_dead(info.pid)
    assert (server.data_dir / "postmaster.pid").exists()  # stale
    assert server.info() is None
    info2 = server.start()
    assert info2.pid != info.pid
    with psycopg.connect(info2.socket_url()) as conn:
        assert conn.execute("select 1").fetchone() == (1,)


def test_taken_port_moves_to_next_free(server: LocalServer) -> None:
    blocker = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    blocker.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    blocker.bind(("127.0.0.1", server.port))
    blocker.listen()
    try:
        info = server.start()
        assert info.port != 55700
        with psycopg.connect(info.url()) as conn:
            assert conn.execute("select 1").fetchone() == (1,)
    finally:
        blocker.close()


def test_port_taken_between_its_check_and_the_bind(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two servers starting at the same moment may both find one port free: the one that
    loses the bind starts on the next free port instead of failing."""
    import pgstrata.local as local

    blocker = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    blocker.bind(("127.0.0.1", server.port))
    blocker.listen()
    real, asked = local._port_free, []

    def free_when_checked(port: int) -> bool:  # the other server binds right after the check
        asked.append(port)
        return len(asked) == 1 or real(port)

    monkeypatch.setattr(local, "_port_free", free_when_checked)
    try:
        info = server.start()
        assert asked[0] == server.port and info.port != server.port
        with psycopg.connect(info.url()) as conn:
            assert conn.execute("select 1").fetchone() == (1,)
    finally:
        blocker.close()


def test_url_has_no_password(server: LocalServer) -> None:
    info = server.start()
    assert info.url("dev") == f"postgresql://postgres@127.0.0.1:{info.port}/dev"
