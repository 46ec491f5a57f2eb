"""The click group, what every command gets (``Ctx``, shared options) and the entry points.

The commands live in the sibling modules, one per area; ``pgstrata.cli`` imports them all.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from pgstrata import __version__
from pgstrata.collector import ending_without_teardown
from pgstrata.errors import InputError, PgstrataError

if TYPE_CHECKING:
    from rich.console import Console

JSON_SCHEMA_VERSION = 1
INTERNAL_ERROR = 70  # EX_SOFTWARE: a bug, not the user's input


@dataclass
class Ctx:
    """What every command gets: where to write, and the global options."""

    stdout: IO[str]
    stderr: IO[str]
    config: Path | None
    debug: bool

    # rich Consoles made on first use: importing rich costs every command ~15 ms at start,
    # and a command that writes a file and succeeds never prints
    @cached_property
    def out(self) -> Console:
        return _console(self.stdout)

    @cached_property
    def err(self) -> Console:
        return _console(self.stderr)

    def project(self) -> Any:
        from pgstrata import config

        return config.load(self.config)

    def json(self, payload: Any) -> None:
        data = {"schema_version": JSON_SCHEMA_VERSION, **payload} if isinstance(payload, dict) else payload
        self.out.print_json(json.dumps(data, default=str), highlight=False) if self.out.is_terminal \
            else self.out.file.write(json.dumps(data, indent=2, default=str) + "\n")


def _console(file: IO[str]) -> Console:
    from rich.console import Console

    no_color = bool(os.environ.get("NO_COLOR")) or not file.isatty()
    return Console(file=file, no_color=no_color, highlight=False, soft_wrap=True,
                   force_terminal=None if file.isatty() else False, width=None if file.isatty() else 160)


pass_ctx = click.make_pass_decorator(Ctx)
JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
OWNERS_OPTION = click.option(
    "--owners/--no-owners", default=None,
    help="Also compare object owners (ALTER … OWNER TO); default: project.owners, else off.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="pgstrata")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None,
              help="Path to pgstrata.toml (default: found by walking up from here).")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None, debug: bool) -> None:
    """pgstrata keeps one application's PostgreSQL schemas consistent across environments."""
    base: Ctx = ctx.obj
    base.config = config_path
    base.debug = debug


# ----------------------------------------------------------------------------- entry points


def main(argv: Sequence[str] | None = None, stdout: IO[str] | None = None,
         stderr: IO[str] | None = None) -> int:
    """Run the CLI; return the exit code (DESIGN §1)."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    ctx = Ctx(stdout=stdout, stderr=stderr, config=None, debug=False)
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    try:
        result = _run(args, ctx)
    except PgstrataError as exc:
        if debug:
            import traceback

            traceback.print_exc(file=stderr)
        ctx.err.print(f"error: {exc.message}", markup=False)
        if exc.hint:
            ctx.err.print(f"hint: {exc.hint}", markup=False)
        return exc.exit_code
    except click.exceptions.Abort:
        ctx.err.print("aborted", markup=False)
        return 4
    except click.ClickException as exc:
        ctx.err.print(f"error: {exc.format_message()}", markup=False)
        return 2
    except KeyboardInterrupt:
        ctx.err.print("interrupted", markup=False)
        return 130
    except Exception as exc:  # a bug: still one sentence, never a secret, traceback on --debug
        from pgstrata.connect import scrub

        if debug:
            import traceback

            traceback.print_exc(file=stderr)
        ctx.err.print(f"internal error: {type(exc).__name__}: {scrub(str(exc))} "
                      "(this is a bug in pgstrata; --debug shows the traceback)", markup=False)
        return INTERNAL_ERROR
    return result if isinstance(result, int) else 0


def _run(args: list[str], ctx: Ctx) -> Any:
    """The command, with a file the user named that cannot be read or written (``-o`` into a
    missing folder, a read-only file, a folder given for a file) reported as bad input: the
    operating system's sentence, naming the file, instead of an internal error."""
    try:
        return cli.main(args=args, prog_name="pgstrata", standalone_mode=False, obj=ctx)
    except OSError as exc:
        if exc.filename is None or not exc.strerror:
            raise
        raise InputError(f"{exc.filename}: {exc.strerror}") from exc


def entry() -> None:
    """Console-script entry point.

    The process ends with ``os._exit`` once everything is written: nothing is left to run at
    exit (no atexit handlers, no open connections or servers are ours to close), and freeing
    the models object by object would only add to the command's time."""
    ending_without_teardown()
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: what was written is all
            stream.flush()
    os._exit(code)
