"""Check the SQL test data: every case file must load cleanly into a fresh database.

Run:  .venv/bin/python tests/validate_case_data.py [--jobs N] [--only SUBSTRING] [--server 18|15]

It starts its own servers (the embedded PostgreSQL 18 on port 56000 and, where installed,
Debian's PostgreSQL 15 on port 56100), loads each ``tests/cases/*/schema.sql`` and
``tests/diff_cases/*/{a,b}.sql`` into a fresh database with ``psql -v ON_ERROR_STOP=1``,
and reports every failure.  It also checks the files' shape:

* header lines at the top: optional ``-- min_version: NN``, ``-- requires_extension: a, b``
  and ``-- owners: true`` (the case compares owners: opt-in), then a one-line
  ``-- description``;
* files that name the Supabase roles (anon, authenticated, service_role) create them
  defensively themselves (roles are cluster-wide: a missing block would pass by accident);
* an extension that the server lacks must be declared with ``requires_extension``
  (the file is then skipped on that server rather than failed);
* ``a.sql`` and ``b.sql`` of a pair give different ``pg_dump --schema-only`` output.

Exit status 0 when everything passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from pgstrata.local import LocalServer  # noqa: E402

CASES = ROOT / "cases"
DIFF_CASES = ROOT / "diff_cases"
DEBIAN_PG15 = Path("/usr/lib/postgresql/15/bin")
SUPABASE_ROLES = ("anon", "authenticated", "service_role")
HEADER = re.compile(r"^--\s*(min_version|requires_extension|owners)\s*:\s*(.+?)\s*$")
EXTENSION = re.compile(r"create\s+extension\s+(?:if\s+not\s+exists\s+)?\"?([a-z0-9_-]+)\"?", re.I)


@dataclass
class Header:
    min_version: int = 0
    extensions: set[str] = field(default_factory=set)
    description: str = ""
    problems: list[str] = field(default_factory=list)


def read_header(path: Path) -> Header:
    header = Header()
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines) and HEADER.match(lines[i]):
        key, value = HEADER.match(lines[i]).groups()
        if key == "min_version":
            header.min_version = int(value)
        elif key == "owners":
            if value != "true":
                header.problems.append("'-- owners:' takes only 'true'")
        else:
            header.extensions |= {v.strip() for v in value.split(",") if v.strip()}
        i += 1
    if i < len(lines) and lines[i].startswith("-- ") and len(lines[i]) > 10:
        header.description = lines[i][3:]
    else:
        header.problems.append("no one-line '-- description' after the header lines")
    return header


def strip_comments(sql: str) -> str:
    return "\n".join(line.split("--", 1)[0] for line in sql.splitlines())


def lint(path: Path, header: Header) -> list[str]:
    problems = list(header.problems)
    sql = strip_comments(path.read_text(encoding="utf-8"))
    named = {r for r in SUPABASE_ROLES if re.search(rf"\b{r}\b", sql)}
    if named and "CREATE ROLE" not in sql.upper():
        problems.append(f"uses role(s) {sorted(named)} without creating them defensively")
    return problems


@dataclass
class Server:
    name: str
    major: int
    url_of: object
    psql: Path
    pg_dump: Path
    extensions: set[str]


def start_server(name: str, root: Path, port: int, bin_dir: Path | None) -> tuple[LocalServer, Server]:
    srv = LocalServer(root / name, port=port, bin_dir=bin_dir)
    info = srv.start()
    with psycopg.connect(info.socket_url("postgres"), autocommit=True) as conn:
        major = int(conn.execute("SHOW server_version_num").fetchone()[0]) // 10000
        exts = {r[0] for r in conn.execute("SELECT name FROM pg_available_extensions")}
    psql = srv.bin_dir / "psql"
    if not psql.exists():
        psql = Path(shutil.which("psql") or "/usr/bin/psql")
    return srv, Server(name, major, info.socket_url, psql, srv.bin_dir / "pg_dump", exts)


_counter = iter(range(10**9))
_counter_lock = threading.Lock()


def fresh_db(server: Server) -> str:
    with _counter_lock:
        name = f"v_{os.getpid()}_{next(_counter)}"
    with psycopg.connect(server.url_of("postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
    return name


def drop_db(server: Server, name: str) -> None:
    with psycopg.connect(server.url_of("postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def load(server: Server, db: str, path: Path) -> str | None:
    """Run ``path`` with psql; None on success, else the tail of its output."""
    env = dict(os.environ, PGOPTIONS="-c client_min_messages=warning")
    proc = subprocess.run(
        [str(server.psql), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(path), server.url_of(db)],
        capture_output=True, text=True, env=env, timeout=600,
    )
    if proc.returncode == 0:
        return None
    out = (proc.stderr or proc.stdout).strip().splitlines()
    return "\n".join(out[-6:])


def dump(server: Server, db: str) -> str:
    proc = subprocess.run(
        [str(server.pg_dump), "--schema-only", server.url_of(db)], capture_output=True, text=True, check=True
    )
    return "\n".join(ln for ln in proc.stdout.splitlines() if not ln.startswith(("\\restrict", "\\unrestrict")))


def skip_reason(server: Server, header: Header) -> str | None:
    if header.min_version > server.major:
        return f"needs PostgreSQL {header.min_version}"
    missing = {e for e in header.extensions if e not in server.extensions}
    if missing:
        return f"extension(s) {sorted(missing)} not available"
    return None


def undeclared_missing(server: Server, header: Header, sql: str) -> set[str]:
    wanted = {m.group(1).lower() for m in EXTENSION.finditer(strip_comments(sql))}
    return {e for e in wanted if e not in server.extensions and e not in header.extensions}


@dataclass
class Job:
    label: str
    files: list[Path]  # one file (round-trip case) or [a.sql, b.sql] (diff pair)


def run_job(server: Server, job: Job) -> tuple[list[str], list[str], int]:
    """Return (failures, skips, files loaded)."""
    headers = [read_header(p) for p in job.files]
    combined = Header(
        min_version=max(h.min_version for h in headers),
        extensions=set().union(*(h.extensions for h in headers)),
    )
    failures: list[str] = []
    for p in job.files:
        missing = undeclared_missing(server, combined, p.read_text(encoding="utf-8"))
        if missing:
            failures.append(f"[{server.name}] {job.label}/{p.name}: creates unavailable extension(s) "
                            f"{sorted(missing)} without '-- requires_extension:'")
    if failures:
        return failures, [], 0
    reason = skip_reason(server, combined)
    if reason:
        return [], [f"[{server.name}] {job.label}: skipped ({reason})"], 0
    dumps: list[str] = []
    loaded = 0
    for p in job.files:
        db = fresh_db(server)
        try:
            err = load(server, db, p)
            if err:
                failures.append(f"[{server.name}] {job.label}/{p.name}:\n    " + err.replace("\n", "\n    "))
            else:
                loaded += 1
                if len(job.files) == 2:
                    dumps.append(dump(server, db))
        finally:
            drop_db(server, db)
    if len(dumps) == 2 and dumps[0] == dumps[1]:
        failures.append(f"[{server.name}] {job.label}: a.sql and b.sql give identical pg_dump output")
    return failures, [], loaded


def collect(only: str | None) -> tuple[list[Job], list[str]]:
    jobs: list[Job] = []
    problems: list[str] = []
    for d in sorted(p for p in CASES.iterdir() if p.is_dir()):
        f = d / "schema.sql"
        if not f.exists():
            problems.append(f"cases/{d.name}: no schema.sql")
            continue
        jobs.append(Job(f"cases/{d.name}", [f]))
    for d in sorted(p for p in DIFF_CASES.iterdir() if p.is_dir()):
        a, b = d / "a.sql", d / "b.sql"
        if not (a.exists() and b.exists()):
            problems.append(f"diff_cases/{d.name}: needs both a.sql and b.sql")
            continue
        if a.read_bytes() == b.read_bytes():
            problems.append(f"diff_cases/{d.name}: a.sql and b.sql are identical")
        jobs.append(Job(f"diff_cases/{d.name}", [a, b]))
    if only:
        jobs = [j for j in jobs if only in j.label]
    for job in jobs:
        for p in job.files:
            problems += [f"{job.label}/{p.name}: {msg}" for msg in lint(p, read_header(p))]
        if len(job.files) == 2:
            ha, hb = (read_header(p) for p in job.files)
            if (ha.min_version, ha.extensions) != (hb.min_version, hb.extensions):
                problems.append(f"{job.label}: a.sql and b.sql headers disagree (min_version/requires_extension)")
    return jobs, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=8)
    parser.add_argument("--only", help="only cases whose label contains this text")
    parser.add_argument("--server", choices=["18", "15"], action="append",
                        help="run on this server only (repeatable; default: both where available)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list skipped cases")
    args = parser.parse_args(argv)

    jobs, problems = collect(args.only)
    n_cases = sum(1 for j in jobs if len(j.files) == 1)
    print(f"{n_cases} round-trip cases, {len(jobs) - n_cases} diff pairs")

    wanted = set(args.server or ["18", "15"])
    tmp = Path(tempfile.mkdtemp(prefix="pgstrata-validate-"))
    started: list[LocalServer] = []
    failures: list[str] = []
    skips: list[str] = []
    try:
        servers: list[Server] = []
        if "18" in wanted:
            srv, handle = start_server("pg18", tmp, 56000, None)
            started.append(srv)
            servers.append(handle)
        if "15" in wanted:
            if (DEBIAN_PG15 / "postgres").exists():
                srv, handle = start_server("pg15", tmp, 56100, DEBIAN_PG15)
                started.append(srv)
                servers.append(handle)
            else:
                print("Debian PostgreSQL 15 is not installed: skipping it")
        for server in servers:
            loaded = 0
            with ThreadPoolExecutor(max_workers=args.jobs) as pool:
                for f, s, n in pool.map(lambda j, srv=server: run_job(srv, j), jobs):
                    failures += f
                    skips += s
                    loaded += n
            print(f"[{server.name}] PostgreSQL {server.major}: {loaded} files loaded")
    finally:
        for srv in started:
            try:
                srv.stop()
            except Exception as exc:  # keep stopping the others
                print(f"could not stop {srv.root}: {exc}")
        shutil.rmtree(tmp, ignore_errors=True)

    if args.verbose or skips:
        print(f"{len(skips)} skipped" + (":" if args.verbose else " (use -v to list)"))
        if args.verbose:
            for line in skips:
                print("  " + line)
    for line in problems:
        print("PROBLEM " + line)
    for line in failures:
        print("FAIL " + line)
    ok = not problems and not failures
    print("OK" if ok else f"{len(problems)} problem(s), {len(failures)} failure(s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
