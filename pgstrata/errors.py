"""The one exception tree of pgstrata.

Every error carries the process exit code the CLI uses for it (DESIGN §1):
2 bad input, 3 database unreachable / database error, 4 refused by policy,
5 a migration failed and was rolled back.  Messages are one sentence and never
contain a password: URLs are masked before they reach a message.
"""

from __future__ import annotations


class PgstrataError(Exception):
    """Raised for any failure pgstrata reports to its user; the base of the tree."""

    exit_code: int = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class UsageError(PgstrataError):
    """Raised when the command line itself is wrong (unknown command, bad option value)."""

    exit_code = 2


class ConfigError(PgstrataError):
    """Raised when pgstrata.toml, .env or an environment definition is invalid or missing."""

    exit_code = 2

    def __init__(self, message: str, *, key: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.key = key


class InputError(PgstrataError):
    """Raised when a file, SQL text, source name or schema named by the user is unusable."""

    exit_code = 2


class NotImplementedYet(PgstrataError):
    """Raised by commands whose capability has not been built yet."""

    exit_code = 2


class DatabaseError(PgstrataError):
    """Raised when the database answers with an error (sqlstate kept when known)."""

    exit_code = 3

    def __init__(
        self, message: str, *, sqlstate: str | None = None, hint: str | None = None
    ) -> None:
        super().__init__(message, hint=hint)
        self.sqlstate = sqlstate


class UnreachableError(DatabaseError):
    """Raised when a database cannot be connected to at all."""

    exit_code = 3


class LocalServerError(DatabaseError):
    """Raised when the embedded PostgreSQL server cannot be initialised, started or stopped."""

    exit_code = 3


class PolicyRefused(PgstrataError):
    """Raised when an environment's protection level forbids the requested write."""

    exit_code = 4

    def __init__(
        self, message: str, *, environment: str | None = None, hint: str | None = None
    ) -> None:
        super().__init__(message, hint=hint)
        self.environment = environment


class MigrationFailed(PgstrataError):
    """Raised when a migration failed and its transaction was rolled back."""

    exit_code = 5

    def __init__(
        self,
        message: str,
        *,
        version: str | None = None,
        sqlstate: str | None = None,
        hint: str | None = None,
        file: str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.version = version
        self.sqlstate = sqlstate
        self.file = file
        self.line = line
