"""The options and questions that guard writes: --approve, --allow-data-loss, --dry-run, and
the prompts a terminal gets instead of them (never in CI or a pipe: there the flag is needed)."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from pgstrata.cli.app import Ctx

APPROVE = click.option("--approve", "approve", metavar="ENV",
                       help="Approve a write to a protected environment by naming it.")
DATA_LOSS = click.option("--allow-data-loss", is_flag=True,
                         help="Allow statements that delete data on protected environments.")
DRY_RUN = click.option("--dry-run", is_flag=True, help="Show what would run; change nothing.")


def approval(c: Ctx, project: Any, env_name: str, action: Any, given: str | None) -> str | None:
    """The approved environment name: --approve, or typed at a prompt on a terminal."""
    from pgstrata.policy import decide

    env = project.environment(env_name)
    if given is not None:
        return given
    needs = decide(env.protection, action, environment=env.name, approved=None)
    if not needs.needs_approval:
        return None
    if not interactive():
        return None  # the policy refuses with a sentence naming --approve
    c.err.print(f"{env.name} has protection \"approval\": type its name to approve {action.value}: ",
                end="", markup=False)
    typed = click.get_text_stream("stdin").readline().strip()
    return typed or None


def interactive() -> bool:
    return sys.stdin.isatty() and not os.environ.get("CI")


def confirm(c: Ctx, question: str) -> None:
    """Ask on a terminal; refuse (exit 4) without one — every prompt has a flag (--yes)."""
    from pgstrata.errors import PolicyRefused

    if not interactive():
        raise PolicyRefused(f"{question} needs confirmation", hint="pass --yes to confirm")
    c.err.print(f"{question} [y/N] ", end="", markup=False)
    answer = click.get_text_stream("stdin").readline().strip().lower()
    if answer not in ("y", "yes"):
        raise PolicyRefused("not confirmed; nothing was changed")
