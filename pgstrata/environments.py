"""Environment → connection URL, starting the embedded server when needed."""

from __future__ import annotations

from pgstrata.config import Environment, Project
from pgstrata.local import LocalServer


def local_server(project: Project) -> LocalServer:
    """The project's embedded server (data under ``.pgstrata/local``)."""
    return LocalServer(project.local_dir, port=project.local_port)


def resolve_url(project: Project, env: Environment, *, start: bool = True) -> str:
    """A URL for the environment's database; for ``local`` ones start the server and create it.

    Raises ConfigError (exit 2) when a ``${VAR}`` is not set and LocalServerError
    (exit 3) when the embedded server cannot start.
    """
    if env.is_local:
        server = local_server(project)
        if start:
            server.ensure_database(env.local_database)
            info = server.info()
        else:
            info = server.info()
        if info is None:
            from pgstrata.errors import UnreachableError

            raise UnreachableError("the local PostgreSQL server is not running (pgstrata local start)")
        return info.socket_url(env.local_database)
    return env.resolve_url_template()
