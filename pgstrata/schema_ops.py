"""extract / compare / create / sync over SOURCE specs: inspect → diff → plan → apply.

Schemas are compared by structure, not by name: the source model's schemas are
renamed to the target's physical names (through the environments' logical
names, or directly when each side has one schema), so the plan applies to the
target as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg

from pgstrata.catalog import inspect_pair, inspect_url
from pgstrata.collector import leave_for_exit
from pgstrata.config import Environment, Project
from pgstrata.connect import connection, server_message, translate_error
from pgstrata.errors import InputError, MigrationFailed
from pgstrata.sources import Source, open_source

if TYPE_CHECKING:
    from pgstrata.model import SchemaModel
    from pgstrata.plan import Plan

# The diff engine (and the model under it) is imported while the catalogs are read.
PLANNER = ("pgstrata.diff.compare",)


@dataclass(frozen=True, slots=True)
class Comparison:
    """A plan and what it was made from.  The models are narrowed (catalog.narrow): they hold
    every object that is not on a table, but only the tables the comparison can touch."""

    plan: Plan
    source: str  # labels, URLs masked
    target: str
    source_model: SchemaModel
    target_model: SchemaModel


def source_rename(src: Source, tgt: Source) -> dict[str, str]:
    """Physical source schema → physical target schema."""
    if src.schemas is None or tgt.schemas is None:
        return {}
    if len(src.schemas) == 1 and len(tgt.schemas) == 1:
        return {src.schemas[0]: tgt.schemas[0]}
    to_physical = {logical: physical for physical, logical in tgt.rename.items()}
    out = {}
    for physical in src.schemas:
        logical = src.rename.get(physical, physical)
        out[physical] = to_physical.get(logical, logical)
    return out


def _owners(project: Project | None, owners: bool | None) -> bool:
    """Whether owners are compared: as asked, else as the project says (DESIGN §6: opt-in)."""
    return owners if owners is not None else bool(project is not None and project.owners)


def _inspect(source: Source, rename: dict[str, str] | None, *, owners: bool = False) -> SchemaModel:
    return inspect_url(source.url, schemas=list(source.schemas) if source.schemas else None,
                       rename=rename or None, include_owner=owners, preloads=("pgstrata.extract", *PLANNER))


def _pair(src: Source, tgt: Source, *, owners: bool = False) -> tuple[SchemaModel, SchemaModel]:
    """Both catalogs, read concurrently and narrowed to what the comparison can touch."""
    return inspect_pair(
        (src.url, list(src.schemas) if src.schemas else None, source_rename(src, tgt) or None),
        (tgt.url, list(tgt.schemas) if tgt.schemas else None, None),
        include_owner=owners, preloads=PLANNER,
    )


def compare(project: Project | None, source_spec: str, target_spec: str, *,
            owners: bool | None = None) -> Comparison:
    """The plan that turns TARGET into SOURCE (``owners``: compare object owners too; None:
    as ``project.owners`` says)."""
    with ExitStack() as stack:
        src = stack.enter_context(open_source(source_spec, project))
        tgt = stack.enter_context(open_source(target_spec, project))
        source_model, target_model = _pair(src, tgt, owners=_owners(project, owners))
        from pgstrata.diff.compare import compare as diff

        comparison = Comparison(diff(source_model, target_model), src.label, tgt.label,
                                source_model, target_model)
        leave_for_exit(comparison)
        return comparison


def extract(project: Project | None, spec: str, *, as_schema: str | None = None,
            template: bool = False, owners: bool | None = None) -> str:
    """Deterministic DDL of a source (optionally written for another schema or as a template;
    ``owners``: with ALTER … OWNER TO for every object, None: as ``project.owners`` says)."""
    with open_source(spec, project) as src:
        rename = None
        if as_schema is not None:
            if src.schemas is None or len(src.schemas) != 1:
                raise InputError("--as-schema needs a source with exactly one schema (URL#schema)")
            rename = {src.schemas[0]: as_schema}
        elif src.rename:
            rename = dict(src.rename)
        model = _inspect(src, rename, owners=_owners(project, owners))
    from pgstrata.extract import extract_sql

    return extract_sql(model, template=template)  # its header lists what it cannot reproduce


# ----------------------------------------------------------------------------- applying a plan


def apply_plan(url: str, plan: Plan) -> None:
    """Run a plan: runs of transactional statements each in one transaction, the others alone.

    A plan without non-transactional statements is all-or-nothing.
    """
    statements = plan.statements
    with connection(url) as conn:
        batch: list[str] = []

        def flush() -> None:
            if not batch:
                return
            with conn.transaction():
                for text in plan.preamble:
                    conn.execute(text.encode(), prepare=False)
                for text in batch:
                    conn.execute(text.encode(), prepare=False)
            batch.clear()

        current = ""
        try:
            for st in statements:
                current = st.sql
                if st.transactional:
                    batch.append(st.sql)
                    continue
                flush()
                for text in plan.preamble:
                    conn.execute(text.encode(), prepare=False)
                conn.execute(st.sql.encode(), prepare=False)
            current = ""
            flush()
        except psycopg.Error as exc:
            diag = getattr(exc, "diag", None)
            message = server_message(exc)
            raise MigrationFailed(
                f"applying the plan failed: {message}; the failing transaction was rolled back"
                + (f" (statement: {current.splitlines()[0][:120]})" if current else ""),
                sqlstate=getattr(diag, "sqlstate", None),
            ) from None
        except Exception as exc:  # pragma: no cover - translate anything psycopg-ish
            if isinstance(exc, psycopg.Error):
                raise translate_error(exc, url) from None
            raise


@dataclass(frozen=True, slots=True)
class SyncResult:
    plan: Plan
    applied: bool
    remaining: Plan | None = None  # what still differs after applying (should be empty)
    backup_id: str | None = None


Confirm = Callable[["Plan"], bool]


def sync(project: Project, env_name: str, source_spec: str, *, dry_run: bool = False,
         approved: str | None = None, allow_data_loss: bool = False, safe: bool = False,
         confirm: Confirm | None = None) -> SyncResult:
    """Make ENV structurally equal to SOURCE: plan → policy → backup → confirm → apply → verify."""
    from pgstrata import backup as backups
    from pgstrata.policy import Action, enforce

    env = project.environment(env_name)
    if not dry_run:
        enforce(env.protection, Action.SYNC, environment=env.name, approved=approved,
                allow_data_loss=allow_data_loss)
        _ensure_schemas(project, env)
    comparison = compare(project, source_spec, env_name)
    plan = comparison.plan
    if safe:
        plan = without_data_loss(comparison)
    if dry_run or plan.empty:
        return SyncResult(plan=plan, applied=False)
    decision = enforce(env.protection, Action.SYNC, environment=env.name,
                       hazards={str(h) for h in plan.hazards}, approved=approved,
                       allow_data_loss=allow_data_loss)
    if confirm is not None and not confirm(plan):
        from pgstrata.errors import PolicyRefused

        raise PolicyRefused("not confirmed; nothing was changed")
    from pgstrata.environments import resolve_url

    url = resolve_url(project, env)
    backup_id = None
    if decision.needs_backup:
        backup_id = backups.take(project, env, url).id
    apply_plan(url, plan)
    again = compare(project, source_spec, env_name)
    after = without_data_loss(again) if safe else again.plan
    return SyncResult(plan=plan, applied=True, remaining=after, backup_id=backup_id)


def _ensure_schemas(project: Project, env: Environment) -> None:
    """An environment's own schemas exist before anything is planned into them."""
    from pgstrata.environments import create_schemas, resolve_url

    with connection(resolve_url(project, env)) as conn:
        create_schemas(conn, env)


def without_data_loss(comparison: Comparison) -> Plan:
    """The comparison's plan minus changes that delete data (``--safe``) and those that needed
    them; they are listed as warnings (see :mod:`pgstrata.diff.safe`)."""
    from pgstrata.diff.safe import without_data_loss as safe_plan

    return safe_plan(comparison.plan, comparison.target_model)


def create(project: Project, env_name: str, source_spec: str | None, *, dry_run: bool = False,
           approved: str | None = None) -> str:
    """Create the environment's schema from migrations (default) or from another source."""
    from pgstrata import api
    from pgstrata.environments import create_schemas, resolve_url
    from pgstrata.policy import Action, enforce

    env = project.environment(env_name)
    from_migrations = source_spec is None or source_spec == "migrations"
    # creating from the migrations is migrating; from anything else it is a template write
    action = Action.MIGRATE if from_migrations else Action.CREATE
    if not dry_run:
        enforce(env.protection, action, environment=env.name, approved=approved)
    url = resolve_url(project, env)
    with connection(url) as conn:
        counts = conn.execute(
            "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = ANY(%s) AND c.relkind IN ('r','p','v','m')",
            (list(env.physical_schemas),)).fetchone()
        if counts and counts[0]:
            raise InputError(
                f"{env.name} already has {counts[0]} table(s)/view(s) in "
                f"{', '.join(env.physical_schemas)}; use `pgstrata sync {env.name} --from …` instead")
        if not dry_run:
            create_schemas(conn, env)
    if from_migrations:
        result = api.migrate(project, env_name, opts=api.WriteOptions(dry_run=dry_run,
                                                                     approved=approved))
        return f"{env.name}: created from migrations ({len(result.applied)} applied)"
    comparison = compare(project, source_spec, env_name)
    if not dry_run:
        apply_plan(url, comparison.plan)
    return f"{env.name}: created from {comparison.source} ({len(comparison.plan.statements)} statements)"


@dataclass(frozen=True, slots=True)
class MigrationDiff:
    up: Plan  # the whole difference, whatever the number of files it was written as
    down: Plan
    paths: tuple[Path, ...] = ()  # the files written, in order; none without a difference
    parts: tuple[tuple[str, Plan], ...] = ()  # (name, its plan) of each file, written or not

    @property
    def path(self) -> Path | None:
        """The (last) migration written, None when there was no difference."""
        return self.paths[-1] if self.paths else None


def migration_diff(project: Project, name: str, *, source_env: str | None = None,
                   dry_run: bool = False) -> MigrationDiff:
    """Write a migration (and its .down.sql) from ENV vs the replayed migrations.

    This replaces ``supabase db diff -f NAME`` without Docker: the shadow database
    is a scratch database on the embedded server.  Enum values the difference adds come
    first, in a migration of their own, when anything else changes too
    (:mod:`pgstrata.diff.enum_values`).
    """
    from pgstrata.ddl.names import Names
    from pgstrata.diff.compare import compare
    from pgstrata.diff.enum_values import with_added_values

    # (a project whose environments name its schema otherwise gets template migrations)
    names = Names(template_schema=project.template_schema)

    def diff(source: SchemaModel, target: SchemaModel) -> Plan:
        return compare(source, target, names=names)

    env_name = source_env or project.reference
    with ExitStack() as stack:
        src = stack.enter_context(open_source(env_name, project))
        shadow = stack.enter_context(open_source("migrations", project))
        # narrowed alike for both directions
        env_model, shadow_model = _pair(src, shadow, owners=project.owners)
    up = diff(env_model, shadow_model)
    down = diff(shadow_model, env_model)
    if up.empty:
        return MigrationDiff(up=up, down=down)
    steps = [(name, up, down)]
    between = with_added_values(shadow_model, env_model)
    if between is not None and not (rest := diff(env_model, between)).empty:
        steps = [(name + " enum values", diff(between, shadow_model), diff(shadow_model, between)),
                 (name, rest, diff(between, env_model))]
    parts = tuple((step, step_up) for step, step_up, _ in steps)
    if dry_run:
        return MigrationDiff(up=up, down=down, parts=parts)
    header = f"generated by pgstrata migration diff from {env_name}"
    paths = tuple(_write_migration(project, step, step_up, step_down, header)
                  for step, step_up, step_down in steps)
    return MigrationDiff(up=up, down=down, paths=paths, parts=parts)


def _write_migration(project: Project, name: str, up: Plan, down: Plan, header: str) -> Path:
    from pgstrata.migrations import new_migration

    path = new_migration(project.migrations_dir, name)
    path.write_text(up.to_sql(header=header), encoding="utf-8")
    down_path = path.with_name(path.name[: -len(".sql")] + ".down.sql")
    down_path.write_text(down.to_sql(header=f"reverses {path.name}"), encoding="utf-8")
    return path
