"""``pgstrata init --ci github``: a GitHub Actions workflow for the seed's pipeline.

Pull requests run ``pgstrata check``; a merge to main migrates staging; production
is migrated by a manual dispatch, gated by a GitHub environment with required
reviewers, with ``--approve production``.
"""

from __future__ import annotations

from pathlib import Path

from pgstrata import __version__
from pgstrata.errors import InputError

WORKFLOW_PATH = Path(".github") / "workflows" / "pgstrata.yml"

_WORKFLOW = """\
# Written by `pgstrata init --ci github`. Secrets: STAGING_DATABASE_URL, PRODUCTION_DATABASE_URL.
# Give the "production" GitHub environment required reviewers: that is the human approval;
# `--approve production` is pgstrata's own, and a verified backup is taken before the write.
name: pgstrata

on:
  pull_request:
    paths: ["{migrations}/**", "pgstrata.toml"]
  push:
    branches: [main]
    paths: ["{migrations}/**", "pgstrata.toml"]
  workflow_dispatch:
    inputs:
      environment:
        description: "Environment to migrate"
        type: choice
        options: [production]
        default: production

concurrency:
  group: pgstrata-${{{{ github.event_name == 'workflow_dispatch' && 'production' || github.ref }}}}
  cancel-in-progress: false

jobs:
  check:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install "pgstrata=={version}"
      - name: Replay migrations on a shadow database, verify down files, lint
        run: pgstrata check --format github --fail-on error

  staging:
    if: github.event_name == 'push' && github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    environment: staging
    env:
      CI: "true"
      STAGING_DATABASE_URL: ${{{{ secrets.STAGING_DATABASE_URL }}}}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install "pgstrata=={version}"
      - run: pgstrata migrate staging --dry-run
      - run: pgstrata migrate staging

  production:
    if: github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
    environment: production
    env:
      CI: "true"
      PRODUCTION_DATABASE_URL: ${{{{ secrets.PRODUCTION_DATABASE_URL }}}}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install "pgstrata=={version}"
      - run: pgstrata migrate production --dry-run
      - run: pgstrata migrate production --approve production
"""


def render_workflow(migrations: str) -> str:
    return _WORKFLOW.format(migrations=migrations, version=__version__)


def write_workflow(root: Path, migrations: str, *, force: bool = False) -> Path:
    path = root / WORKFLOW_PATH
    if path.exists() and not force:
        raise InputError(f"{WORKFLOW_PATH} already exists; pass --force to overwrite it")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_workflow(migrations), encoding="utf-8")
    return path
