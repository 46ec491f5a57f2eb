"""The command line: parse → one library call → render text or JSON.

The only package that prints, prompts or exits.  ``main(argv, stdout, stderr)``
returns the exit code so tests can run the CLI in-process.  ``app`` holds the click
group and the entry points; each sibling module adds one area's commands to it.
"""

from __future__ import annotations

from pgstrata.cli import backups, checks, local, migrations, project, schema  # noqa: F401  (they register)
from pgstrata.cli.app import Ctx, cli, entry, main

__all__ = ["Ctx", "cli", "entry", "main"]
