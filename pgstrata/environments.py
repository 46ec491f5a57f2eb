"""Environment → connection URL, starting the embedded server when needed."""

from __future__ import annotations

from pgstrata.config import Environment, Project
from pgstrata.errors import UnreachableError
from pgstrata.local import LocalServer


def local_server(project: Project) -> LocalServer:
    """The project's embedded server (data under ``.pgstrata/local``).

    A Supabase project's server also gets pgstrata's stand-in extensions
    (uuid-ossp, pgcrypto, pg_net, pg_cron, …) on PostgreSQL 18's
    ``extension_control_path``, so real Supabase migrations apply unchanged.
    """
    if project.supabase:
        from pgstrata.supabase import control_path_setting, standin_dir

        return LocalServer(project.local_dir, port=project.local_port,
                           settings={"extension_control_path": control_path_setting()},
                           readable_dirs=(standin_dir(),))
    return LocalServer(project.local_dir, port=project.local_port)


def prepare_database(project: Project, url: str) -> None:
    """Give a database on the local server what the project's migrations rely on."""
    if not project.supabase:
        return
    from pgstrata.connect import connection
    from pgstrata.supabase import prepare_local_database

    with connection(url) as conn:
        prepare_local_database(conn)


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
        if info is None:
            raise UnreachableError("the local PostgreSQL server is not running (pgstrata local start)")
        url = info.socket_url(env.local_database)
        if start:
            prepare_database(project, url)
        return url
    return env.resolve_url_template()
