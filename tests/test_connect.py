"""URL masking and secret scrubbing; connection errors never leak a password."""

from __future__ import annotations

import pytest

from pgstrata.connect import (
    connect,
    looks_like_pooler,
    mask_url,
    scrub,
    with_default_sslmode,
)
from pgstrata.errors import UnreachableError
from pgstrata.quoting import ident, literal


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        ("postgresql://u:s3cret@h:5432/db", "postgresql://u:***@h:5432/db"),
        ("postgresql://u@h/db", "postgresql://u@h/db"),
        ("postgres://u:p%40ss@h/db?sslmode=require", "postgres://u:***@h/db?sslmode=require"),
        ("postgresql://h/db?password=s3cret&user=u", "postgresql://h/db?password=***&user=u"),
    ],
)
def test_mask_url(url: str, masked: str) -> None:
    assert mask_url(url) == masked


def test_scrub_removes_urls_kv_and_literal_secrets() -> None:
    text = "failed for postgresql://u:hunter22@db/x with password=hunter22 and key hunter22"
    out = scrub(text, "hunter22")
    assert "hunter22" not in out


def test_remote_urls_require_tls_unless_set() -> None:
    assert with_default_sslmode("postgresql://u@db.example.com/x").endswith("sslmode=require")
    assert with_default_sslmode("postgresql://u@db.example.com/x?sslmode=disable").endswith("disable")
    assert with_default_sslmode("postgresql://u@localhost/x") == "postgresql://u@localhost/x"
    assert "sslmode" not in with_default_sslmode("postgresql://u@/x?host=/tmp")


def test_pooler_port_detected() -> None:
    assert looks_like_pooler("postgresql://u@aws-0.pooler.supabase.com:6543/postgres")
    assert not looks_like_pooler("postgresql://u@db:5432/postgres")


def test_unreachable_error_is_exit_3_and_masked() -> None:
    with pytest.raises(UnreachableError) as info:
        connect("postgresql://user:topsecret99@127.0.0.1:1/db?connect_timeout=2")
    assert info.value.exit_code == 3
    assert "topsecret99" not in str(info.value)
    assert "127.0.0.1" in str(info.value)


def test_wrong_password_message_is_scrubbed(pg18) -> None:  # type: ignore[no-untyped-def]
    # trust auth accepts any password, so check that the password never shows in the error of a
    # database that does not exist either.
    url = f"postgresql://postgres:topsecret99@127.0.0.1:{pg18.info.port}/no_such_db"
    with pytest.raises(Exception) as info:
        connect(url)
    assert "topsecret99" not in str(info.value)


@pytest.mark.parametrize(
    "name", ["users", "User", "select", "with space", 'we"ird', "ünïcode", "a$b", "_x1", "1abc", "user"]
)
def test_ident_matches_quote_ident(pg18, name: str) -> None:  # type: ignore[no-untyped-def]
    conn = connect(pg18.url())
    try:
        expected = conn.execute("SELECT quote_ident(%s), quote_literal(%s)", (name, name)).fetchone()
    finally:
        conn.close()
    assert (ident(name), literal(name)) == expected


def test_literal_with_backslash(pg18) -> None:  # type: ignore[no-untyped-def]
    conn = connect(pg18.url())
    try:
        value = conn.execute("SELECT " + literal("a\\b'c")).fetchone()
    finally:
        conn.close()
    assert value == ("a\\b'c",)


def test_ident_quotes_every_keyword_as_the_server_does(pg18) -> None:  # type: ignore[no-untyped-def]
    """The keyword copy in pgstrata.keywords against the server's own list and pglast's."""
    from pglast.keywords import COL_NAME_KEYWORDS, RESERVED_KEYWORDS, TYPE_FUNC_NAME_KEYWORDS

    from pgstrata.keywords import NEEDS_QUOTE_KEYWORDS

    assert NEEDS_QUOTE_KEYWORDS == RESERVED_KEYWORDS | COL_NAME_KEYWORDS | TYPE_FUNC_NAME_KEYWORDS
    conn = connect(pg18.url())
    try:
        rows = conn.execute("SELECT word, quote_ident(word) FROM pg_get_keywords()").fetchall()
    finally:
        conn.close()
    assert len(rows) > 400
    assert [(word, ident(word)) for word, _ in rows] == rows
