"""`pgstrata demo` end to end in an empty folder, twice (it must be idempotent)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import free_port

from pgstrata.local import LocalServer


def test_demo_runs_end_to_end_twice(tmp_path: Path) -> None:
    port = str(free_port())
    env = {k: v for k, v in os.environ.items() if k not in ("STAGING_DATABASE_URL",
                                                             "PRODUCTION_DATABASE_URL")}
    try:
        for _ in range(2):
            proc = subprocess.run([sys.executable, "-m", "pgstrata", "demo", "--port", port],
                                  cwd=tmp_path, capture_output=True, text=True, timeout=300, env=env)
            assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
            assert "Traceback" not in proc.stdout + proc.stderr
            out = proc.stdout
            assert "needs approval" in out  # production refused without --approve
            assert "staging and production are the same" in out
            assert "wrote supabase/migrations/" in out and "add_tool_rating.sql" in out
        migrations = list((tmp_path / "pgstrata-demo" / "supabase" / "migrations").glob("*_add_tool_rating.sql"))
        assert len(migrations) == 1  # the second run started from a clean copy
        backups = list((tmp_path / "pgstrata-demo" / ".pgstrata" / "backups" / "production").glob("*.dump"))
        assert len(backups) == 1
    finally:
        LocalServer(tmp_path / "pgstrata-demo" / ".pgstrata" / "local").stop()
