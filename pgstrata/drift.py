"""Drift: how an environment differs from what its applied migrations should produce."""

from __future__ import annotations

from pgstrata.config import Project


def drift_changes(project: Project, env_name: str, spec: str | None) -> list[str]:
    """One line per object that differs between ENV and ``spec`` (``migrations@VERSION``).

    ``spec`` None means no migration was applied: the expected state is empty
    (every object in the environment is drift).
    """
    from pgstrata import schema_ops

    source = spec or "migrations@0"
    if spec is None:
        from pgstrata.sources import scratch_database

        with scratch_database(project, "empty") as url:
            plan = schema_ops.compare(project, url + "#" + ",".join(project.schemas), env_name).plan
    else:
        plan = schema_ops.compare(project, source, env_name).plan
    verbs = {"create": "missing", "drop": "unexpected", "alter": "differs", "replace": "differs"}
    return [f"{verbs.get(c.action.value, 'differs')}: {c.id}" for c in plan.listed]


def environment_drift(project: Project, env_name: str) -> list[str]:
    """Drift of ENV against the migrations it has applied (reads only)."""
    from pgstrata import api

    applied = [s.version for s in api.migration_list(project, env_name) if s.state == "applied"]
    return drift_changes(project, env_name, f"migrations@{applied[-1]}" if applied else None)
