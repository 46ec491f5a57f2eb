"""Protection levels: the only place that says yes or no to a write (DESIGN §2).

Every writing command calls :func:`decide` (or :func:`enforce`) with the
environment's protection, the action and the hazards of what it is about to
do.  Nothing else in pgstrata decides whether a write is allowed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from pgstrata.errors import PolicyRefused


class Protection(StrEnum):
    NONE = "none"  # scratch/test: everything
    MANUAL = "manual"  # hand-edited (the seed's dev): pgstrata never writes
    MIGRATIONS = "migrations"  # staging: migrate, rollback, seed, repair
    APPROVAL = "approval"  # production: as migrations + --approve ENV + verified backup


class Action(StrEnum):
    CREATE = "create"
    SYNC = "sync"
    RESET = "reset"
    SEED = "seed"
    MIGRATE = "migrate"
    ROLLBACK = "rollback"
    RESTORE = "restore"
    REPAIR = "migration repair"


# What each protection level allows (approval adds its own conditions on top).
_ALLOWED: dict[Protection, frozenset[Action]] = {
    Protection.NONE: frozenset(Action),
    Protection.MANUAL: frozenset(),
    Protection.MIGRATIONS: frozenset(
        {Action.MIGRATE, Action.ROLLBACK, Action.SEED, Action.REPAIR, Action.RESTORE}
    ),
    Protection.APPROVAL: frozenset(
        {Action.MIGRATE, Action.ROLLBACK, Action.SEED, Action.REPAIR, Action.RESTORE}
    ),
}
_NEEDS_BACKUP = frozenset({Action.MIGRATE, Action.ROLLBACK, Action.SYNC, Action.RESTORE})
_DATA_LOSS_GUARDED = frozenset({Protection.MIGRATIONS, Protection.APPROVAL})
DELETES_DATA = "deletes_data"

_INSTEAD = {
    Action.CREATE: "create it from migrations on an environment with protection \"none\", "
    "or apply migrations here with `pgstrata migrate {env}`",
    Action.SYNC: "write a migration (`pgstrata migration diff NAME`) and run `pgstrata migrate {env}`",
    Action.RESET: "reset only scratch environments (protection \"none\")",
    Action.SEED: "seed a scratch environment instead",
    Action.MIGRATE: "apply the change by hand, or change its protection in pgstrata.toml",
    Action.ROLLBACK: "roll back by hand, or change its protection in pgstrata.toml",
    Action.RESTORE: "restore into another database with --into",
    Action.REPAIR: "edit its history by hand, or change its protection in pgstrata.toml",
}


@dataclass(frozen=True, slots=True)
class Decision:
    """The answer for one (environment, action): allowed or not, and why."""

    allowed: bool
    reason: str
    needs_approval: bool = False  # allowed once the environment's name is confirmed
    needs_backup: bool = False  # a verified backup must be taken just before
    hint: str | None = None


def decide(
    protection: Protection,
    action: Action,
    *,
    environment: str,
    hazards: Iterable[str] = (),
    approved: str | None = None,
    allow_data_loss: bool = False,
) -> Decision:
    """Decide whether ``action`` may write to ``environment``.

    ``approved`` is the environment name the user confirmed (``--approve NAME`` or
    typed at a prompt); ``hazards`` are the hazard names of the planned statements.
    """
    hazard_set = {str(h) for h in hazards}
    if action not in _ALLOWED[protection]:
        return Decision(
            allowed=False,
            reason=f"environment {environment!r} has protection \"{protection.value}\", "
            f"which does not allow {action.value}",
            hint=_INSTEAD[action].format(env=environment),
        )
    if protection in _DATA_LOSS_GUARDED and DELETES_DATA in hazard_set and not allow_data_loss:
        return Decision(
            allowed=False,
            reason=f"{action.value} on {environment!r} would delete data (hazard deletes_data)",
            hint="review the statements and pass --allow-data-loss if that is intended",
        )
    if protection is Protection.APPROVAL:
        if approved != environment:
            given = f" (got --approve {approved})" if approved else ""
            return Decision(
                allowed=False,
                reason=f"{action.value} on {environment!r} needs approval{given}",
                needs_approval=True,
                needs_backup=action in _NEEDS_BACKUP,
                hint=f"pass --approve {environment} or type the name at the prompt",
            )
        return Decision(
            allowed=True, reason="approved", needs_approval=True,
            needs_backup=action in _NEEDS_BACKUP,
        )
    return Decision(allowed=True, reason=f"protection \"{protection.value}\" allows {action.value}")


def enforce(
    protection: Protection,
    action: Action,
    *,
    environment: str,
    hazards: Iterable[str] = (),
    approved: str | None = None,
    allow_data_loss: bool = False,
) -> Decision:
    """:func:`decide`, raising :class:`PolicyRefused` (exit 4) when the answer is no."""
    decision = decide(
        protection, action, environment=environment, hazards=hazards, approved=approved,
        allow_data_loss=allow_data_loss,
    )
    if not decision.allowed:
        raise PolicyRefused(decision.reason, environment=environment, hint=decision.hint)
    return decision
