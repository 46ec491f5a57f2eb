"""Environment → connection URL, starting the embedded server when needed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pgstrata.config import Environment, Project
from pgstrata.errors import UnreachableError
from pgstrata.local import LocalServer

if TYPE_CHECKING:
    import psycopg


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


# The privileges a schema has but its owner's, in its ACL's order (pg_dump's): PUBLIC is
# grantee 0; the role creating the copy owns it.
_SCHEMA_GRANTS = (
    "SELECT a.grantee = 0, pg_catalog.pg_get_userbyid(a.grantee), a.privilege_type, a.is_grantable"
    " FROM pg_catalog.pg_namespace n, pg_catalog.aclexplode(n.nspacl) WITH ORDINALITY a"
    " WHERE n.nspname = %s AND a.grantee <> n.nspowner"
    " AND a.grantee <> (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = current_user)"
    " ORDER BY a.ordinality")


def create_schemas(conn: psycopg.Connection[Any], env: Environment, *, replace: bool = False) -> None:
    """Create the environment's schemas that do not exist yet (``replace``: drop and create
    them all, as reset does, keeping the privileges each had).  A schema environment's schema
    (``schema = "qa"``) stands for the project's schema (``public``): made new, it gets the
    privileges that one has in the same database (``Environment.schema_map``), which no
    migration grants - initdb gives ``public`` USAGE to PUBLIC, Supabase to ``anon``,
    ``authenticated`` and ``service_role`` - so that the app reads it as it reads ``public``
    and a compare of the two shows no difference."""
    from psycopg import sql

    logical = env.schema_map
    for schema in env.physical_schemas:
        exists = conn.execute("SELECT FROM pg_catalog.pg_namespace WHERE nspname = %s",
                              (schema,)).fetchone() is not None  # (a row of no columns: ())
        if exists and not replace:
            continue
        like = schema if exists else logical.get(schema, schema)
        grants = conn.execute(_SCHEMA_GRANTS, (like,)).fetchall() if like != schema or exists else []
        if exists:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        for public, role, privilege, grantable in grants:
            if privilege not in ("USAGE", "CREATE"):
                continue
            conn.execute(sql.SQL("GRANT {} ON SCHEMA {} TO {}{}").format(
                sql.SQL(privilege), sql.Identifier(schema),
                sql.SQL("PUBLIC") if public else sql.Identifier(role),
                sql.SQL(" WITH GRANT OPTION" if grantable else "")))
