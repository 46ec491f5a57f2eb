"""Migration files, their history table, the runner and the shadow database.

``files`` is pure apart from reading the folder: discovery, naming, splitting
with PostgreSQL's parser and checksums.  The modules that talk to a database
(history, runner, shadow) live beside it.
"""

from __future__ import annotations

from pgstrata.migrations.files import (
    LoadedMigration,
    MigrationFile,
    discover,
    load,
    new_migration,
    snake_name,
)

__all__ = ["LoadedMigration", "MigrationFile", "discover", "load", "new_migration", "snake_name"]
