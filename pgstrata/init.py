"""``pgstrata init``: write a commented pgstrata.toml for the seed's four environments."""

from __future__ import annotations

from pathlib import Path

from pgstrata.config import CONFIG_NAME
from pgstrata.errors import InputError

_TEMPLATE = """\
# pgstrata.toml — one application, four environments (see `pgstrata --help`).
# Local development → Local testing → Cloud staging → Cloud production

[project]
migrations = "{migrations}"   # timestamped <version>_<name>.sql files (Supabase CLI layout)
seed = [{seed}]               # SQL loaded by `pgstrata seed ENV` and `pgstrata reset ENV`
schemas = ["public"]          # the schemas pgstrata manages in each environment
reference = "dev"             # `pgstrata compare test` means `pgstrata compare dev test`
# lock_timeout = "5s"         # set for every migration
# statement_timeout = "0"

[local]
port = 54322                  # the embedded server also listens on 127.0.0.1:54322
supabase = {supabase}              # give the local server Supabase's roles, auth and storage

[environments.dev]
url = "local"                 # database "dev" on the embedded server
protection = "manual"         # hand-edited: pgstrata never writes here

[environments.test]
url = "local"                 # database "test" on the embedded server
protection = "none"           # scratch: create, sync, reset freely

# The seed's other layout: an environment as a schema of a shared database.
# [environments.qa]
# url = "local:shared"
# schema = "qa"
# protection = "none"

[environments.staging]
url = "${{STAGING_DATABASE_URL}}"     # from the environment or .env beside this file
protection = "migrations"     # migrations only: no sync, no reset

[environments.production]
url = "${{PRODUCTION_DATABASE_URL}}"
protection = "approval"       # migrations + --approve production + a verified backup first
"""


def render_config(*, supabase: bool) -> str:
    """The text of a fresh pgstrata.toml."""
    return _TEMPLATE.format(
        migrations="supabase/migrations" if supabase else "migrations",
        seed='"supabase/seed.sql"' if supabase else "",
        supabase="true" if supabase else "false",
    )


def init_project(root: Path, *, supabase: bool | None = None, force: bool = False) -> Path:
    """Write ``pgstrata.toml`` in ``root``; ``supabase`` defaults to whether supabase/ exists."""
    path = root / CONFIG_NAME
    if path.exists() and not force:
        raise InputError(f"{CONFIG_NAME} already exists in {root}; pass --force to overwrite it")
    use_supabase = (root / "supabase").is_dir() if supabase is None else supabase
    path.write_text(render_config(supabase=use_supabase), encoding="utf-8")
    migrations = root / ("supabase/migrations" if use_supabase else "migrations")
    migrations.mkdir(parents=True, exist_ok=True)
    return path
