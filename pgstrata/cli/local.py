"""pgstrata local …: the embedded PostgreSQL server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from pgstrata.cli.app import JSON_OPTION, Ctx, cli, pass_ctx


@cli.group()
def local() -> None:
    """The embedded PostgreSQL server (data under .pgstrata/local)."""


def _server(c: Ctx) -> Any:
    from pgstrata.config import find_config, load
    from pgstrata.environments import local_server

    path = c.config or find_config()
    if path is None:
        from pgstrata.local import LocalServer

        return LocalServer(Path.cwd() / ".pgstrata" / "local")
    return local_server(load(path))


@local.command("start")
@pass_ctx
def local_start(c: Ctx) -> None:
    """Start the embedded server (initialising it the first time)."""
    info = _server(c).start()
    c.out.print(f"local PostgreSQL is running (pid {info.pid}) at {info.url()}")


@local.command("stop")
@pass_ctx
def local_stop(c: Ctx) -> None:
    """Stop the embedded server."""
    stopped = _server(c).stop()
    c.out.print("local PostgreSQL stopped" if stopped else "local PostgreSQL was not running")


@local.command("status")
@JSON_OPTION
@pass_ctx
def local_status(c: Ctx, as_json: bool) -> None:
    """Whether the embedded server runs, and where."""
    server = _server(c)
    info = server.info()
    payload = {
        "running": info is not None,
        "pid": info.pid if info else None,
        "url": info.url() if info else None,
        "data_dir": str(server.data_dir),
    }
    if as_json:
        c.json(payload)
    elif info:
        c.out.print(f"running (pid {info.pid}) at {info.url()}; data in {server.data_dir}")
    else:
        c.out.print(f"not running; data in {server.data_dir}")


@local.command("url")
@click.argument("database", required=False, default="postgres")
@pass_ctx
def local_url(c: Ctx, database: str) -> None:
    """Print a DATABASE_URL for the embedded server (starting it if needed)."""
    server = _server(c)
    server.ensure_database(database)
    info = server.info()
    c.out.print(info.url(database))
