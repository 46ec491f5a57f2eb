"""Protection levels × actions: the one yes/no of pgstrata."""

from __future__ import annotations

import pytest

from pgstrata.errors import PolicyRefused
from pgstrata.policy import Action, Protection, decide, enforce

ALLOWED = {
    Protection.NONE: set(Action),
    Protection.MANUAL: set(),
    Protection.MIGRATIONS: {Action.MIGRATE, Action.ROLLBACK, Action.SEED, Action.REPAIR,
                            Action.RESTORE},
    Protection.APPROVAL: {Action.MIGRATE, Action.ROLLBACK, Action.SEED, Action.REPAIR,
                          Action.RESTORE},
}


@pytest.mark.parametrize("protection", list(Protection))
@pytest.mark.parametrize("action", list(Action))
def test_matrix(protection: Protection, action: Action) -> None:
    approved = decide(protection, action, environment="env", approved="env")
    assert approved.allowed == (action in ALLOWED[protection])
    if not approved.allowed:
        assert protection.value in approved.reason and action.value in approved.reason
        with pytest.raises(PolicyRefused) as info:
            enforce(protection, action, environment="env", approved="env")
        assert info.value.exit_code == 4


@pytest.mark.parametrize("action", sorted(ALLOWED[Protection.APPROVAL]))
def test_approval_needs_the_environment_name(action: Action) -> None:
    assert not decide(Protection.APPROVAL, action, environment="production").allowed
    wrong = decide(Protection.APPROVAL, action, environment="production", approved="staging")
    assert not wrong.allowed and "staging" in wrong.reason
    ok = decide(Protection.APPROVAL, action, environment="production", approved="production")
    assert ok.allowed and ok.needs_approval


def test_approval_requires_backup_before_migrate() -> None:
    d = decide(Protection.APPROVAL, Action.MIGRATE, environment="p", approved="p")
    assert d.needs_backup
    assert not decide(Protection.APPROVAL, Action.SEED, environment="p", approved="p").needs_backup


@pytest.mark.parametrize("protection", [Protection.MIGRATIONS, Protection.APPROVAL])
def test_data_loss_refused_without_flag(protection: Protection) -> None:
    d = decide(protection, Action.MIGRATE, environment="e", approved="e", hazards=["deletes_data"])
    assert not d.allowed and "deletes_data" in d.reason and "--allow-data-loss" in (d.hint or "")
    d = decide(protection, Action.MIGRATE, environment="e", approved="e", hazards=["deletes_data"],
               allow_data_loss=True)
    assert d.allowed


def test_scratch_allows_data_loss() -> None:
    assert decide(Protection.NONE, Action.SYNC, environment="t", hazards=["deletes_data"]).allowed


def test_manual_refusal_says_what_to_do_instead() -> None:
    d = decide(Protection.MANUAL, Action.SYNC, environment="dev")
    assert not d.allowed and "migration diff" in (d.hint or "")
