"""Approval typed at a real prompt: a pseudo-terminal drives `pgstrata migrate production`."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest


def _tables(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [r[0] for r in conn.execute(
            "select tablename from pg_tables where schemaname = 'public' order by 1").fetchall()]


def _run_on_pty(args: list[str], answer: str, cwd: Path) -> tuple[int, str]:
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"}  # a person at a terminal
    proc = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=env,
                            close_fds=True)
    os.close(slave)
    seen = b""
    answered = False
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if not answered and b"type its name" in seen:
                os.write(master, answer.encode() + b"\n")
                answered = True
        elif proc.poll() is not None:
            break
    code = proc.wait(timeout=60)
    os.close(master)
    return code, seen.decode(errors="replace")


@pytest.fixture
def project(tmp_path: Path, db18: str) -> Path:
    (tmp_path / "migrations").mkdir()
    (tmp_path / "migrations" / "20240101000000_a.sql").write_text("create table a (id int);")
    (tmp_path / "pgstrata.toml").write_text(
        f'[project]\nmigrations = "migrations"\n'
        f'[environments.production]\nurl = "{db18}"\nprotection = "approval"\n')
    return tmp_path


def test_wrong_name_at_the_prompt_refuses(project: Path, db18: str) -> None:
    code, screen = _run_on_pty([sys.executable, "-m", "pgstrata", "migrate", "production"],
                               "staging", project)
    assert "type its name" in screen
    assert code == 4, screen
    assert _tables(db18) == []


def test_typing_the_name_approves(project: Path, db18: str) -> None:
    code, screen = _run_on_pty([sys.executable, "-m", "pgstrata", "migrate", "production"],
                               "production", project)
    assert code == 0, screen
    assert _tables(db18) == ["a"]
    assert list((project / ".pgstrata" / "backups" / "production").glob("*.dump"))


def test_without_a_terminal_nothing_waits(project: Path, db18: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "pgstrata", "migrate", "production"],
                          cwd=project, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 4 and "--approve production" in proc.stderr
    assert _tables(db18) == []
