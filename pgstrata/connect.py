"""psycopg connections: URL masking, session settings, psycopg errors → ours.

Every message that may contain a URL passes through :func:`mask_url` or
:func:`scrub`, so a password or key never reaches stdout, logs or errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import errors as pgerrors

from pgstrata.errors import DatabaseError, UnreachableError

APPLICATION_NAME = "pgstrata"
CONNECT_TIMEOUT = 10
_LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1", "[::1]"}
_SECRET_PARAMS = {"password", "passfile", "sslpassword", "sslkey", "apikey", "key", "token"}
_URL_IN_TEXT = re.compile(r"postgres(?:ql)?://[^\s'\"]+")
_PASSWORD_KV = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


def mask_url(url: str) -> str:
    """The URL with any password and secret query parameter replaced by ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<invalid url>"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        if ":" in userinfo:
            user = userinfo.split(":", 1)[0]
            userinfo = f"{user}:***"
        netloc = f"{userinfo}@{host}"
    query = parts.query
    if query:
        pairs = [
            (k, "***" if k.lower() in _SECRET_PARAMS else v)
            for k, v in parse_qsl(query, keep_blank_values=True)
        ]
        query = urlencode(pairs, safe="/*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def scrub(text: str, *secrets: str) -> str:
    """Remove URLs' passwords, ``password=`` pairs and the given secret strings from text."""
    text = _URL_IN_TEXT.sub(lambda m: mask_url(m.group(0)), text)
    text = _PASSWORD_KV.sub(lambda m: m.group(1) + "***", text)
    for secret in secrets:
        if secret and len(secret) >= 3:
            text = text.replace(secret, "***")
    return text


def url_password(url: str) -> str | None:
    """The password inside a URL, if any (used only to scrub it from messages)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    pw = parts.password
    for k, v in parse_qsl(parts.query):
        if k == "password":
            pw = v
    return pw


def is_local_host(url: str) -> bool:
    """True when the URL points at localhost or a unix socket."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    query_host = dict(parse_qsl(parts.query)).get("host", "")
    if query_host.startswith("/") or host.startswith("/") or host.startswith("%2f"):
        return True
    return host in _LOCAL_HOSTS


def with_default_sslmode(url: str) -> str:
    """Add ``sslmode=require`` to a remote URL that does not set sslmode itself."""
    if is_local_host(url):
        return url
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(k == "sslmode" for k, _ in query):
        return url
    query.append(("sslmode", "require"))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


def looks_like_pooler(url: str) -> bool:
    """True for Supabase's transaction-mode pooler port (6543), where session locks do not hold."""
    try:
        return urlsplit(url).port == 6543
    except ValueError:
        return False


def server_message(exc: BaseException) -> str:
    """PostgreSQL's primary error message (one line), else the exception's first line."""
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None)
    return (primary or (str(exc).splitlines() or [type(exc).__name__])[0]).strip()


def translate_error(exc: BaseException, url: str | None = None) -> DatabaseError:
    """Turn a psycopg exception into our DatabaseError with a scrubbed one-line message."""
    secret = url_password(url) if url else None
    text = " ".join(str(exc).strip().splitlines()[:1]) or exc.__class__.__name__
    text = scrub(text, secret or "")
    where = f" ({mask_url(url)})" if url else ""
    if isinstance(exc, psycopg.OperationalError) and not isinstance(exc, pgerrors.QueryCanceled):
        sqlstate = getattr(getattr(exc, "diag", None), "sqlstate", None)
        if sqlstate is None or sqlstate.startswith("08") or sqlstate.startswith("28"):
            return UnreachableError(f"cannot connect{where}: {text}")
    sqlstate = getattr(getattr(exc, "diag", None), "sqlstate", None)
    return DatabaseError(f"database error{where}: {text}", sqlstate=sqlstate)


def connect(url: str, *, autocommit: bool = True, **settings: Any) -> psycopg.Connection:
    """Open a connection with our application name, a connect timeout and TLS for remote hosts."""
    conninfo = with_default_sslmode(url)
    try:
        conn = psycopg.connect(
            conninfo,
            autocommit=autocommit,
            application_name=APPLICATION_NAME,
            connect_timeout=CONNECT_TIMEOUT,
        )
    except psycopg.Error as exc:
        raise translate_error(exc, url) from None
    if settings:
        with conn.cursor() as cur:
            for name, value in settings.items():
                cur.execute("SELECT pg_catalog.set_config(%s, %s, false)", (name, str(value)))
    return conn


@contextmanager
def connection(url: str, *, autocommit: bool = True, **settings: Any) -> Iterator[psycopg.Connection]:
    """Context manager around :func:`connect` that maps psycopg errors raised inside it."""
    conn = connect(url, autocommit=autocommit, **settings)
    try:
        yield conn
    except psycopg.Error as exc:
        raise translate_error(exc, url) from None
    finally:
        conn.close()


def put_schema_first(conn: psycopg.Connection, schema: str, *, local: bool) -> None:
    """``schema`` first on the session's ``search_path``, the database's own path after it:
    an environment that is one schema of a shared database runs the app's SQL in its schema,
    and what that SQL calls unqualified elsewhere (Supabase's ``extensions``:
    ``uuid_generate_v4()``) is found as in a database of its own."""
    from pgstrata.quoting import ident

    conn.execute("SELECT pg_catalog.set_config('search_path', %s || ', ' || "
                 "pg_catalog.current_setting('search_path'), %s)", (ident(schema), local))
