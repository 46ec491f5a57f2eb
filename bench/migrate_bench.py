"""Migrate benchmark: ``pgstrata migrate`` against a plain psql loop over the same files.

    .venv/bin/python bench/migrate_bench.py --files 500

A temporary project gets ``--files`` small migrations (``<14-digit timestamp>_<name>.sql``:
CREATE TABLE, ALTER TABLE … ADD COLUMN, CREATE INDEX) and a ``pgstrata.toml`` whose
environment ``test`` points at the benchmark database. Before each run the database is
recreated empty (not timed). Then:

- psql loop: ``for f in migrations/*.sql; do psql -X -q -1 -v ON_ERROR_STOP=1 -d URL -f "$f"; done``
  in one bash process;
- pgstrata: ``pgstrata migrate test`` (plus ``--yes`` when its ``--help`` offers it) in the
  project folder.

After each tool the database is checked: the tables, columns and indexes in ``public`` must be
what the files create.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from common import (
    BenchServer,
    Outcome,
    Step,
    add_common_arguments,
    bench_server,
    fmt_cpu,
    fmt_mb,
    fmt_ratio,
    fmt_seconds,
    machine_note,
    markdown_table,
    measure,
    pgstrata_cli,
    save_json,
    tool_version,
)

from pgstrata.quoting import ident, literal, qualified

TOOLS = ("psql loop", "pgstrata")
DATABASE = "bench_migrate"
ENVIRONMENT = "test"
HISTORY = qualified("supabase_migrations", "schema_migrations")
START = datetime(2025, 1, 1, tzinfo=UTC)
COLUMN_TYPES = ("text", "integer", "bigint", "boolean DEFAULT false NOT NULL", "jsonb",
                "timestamp with time zone", "numeric(12,2) DEFAULT 0 NOT NULL", "uuid")


def write_migrations(folder: Path, count: int, seed: int) -> tuple[int, int, int]:
    """Write ``count`` files; return the (tables, columns, indexes) they create in ``public``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    tables: dict[str, list[str]] = {}
    indexes = 0
    for i in range(count):
        stamp = (START + timedelta(minutes=i)).strftime("%Y%m%d%H%M%S")
        roll = rng.random()
        if not tables or roll < 0.4:
            name = f"entity_{i}"
            tables[name] = ["id", "tenant_id", "name", "created_at"]
            sql = (
                "CREATE TABLE " + ident(name) + " (\n"
                "    " + ident("id") + " bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                "    " + ident("tenant_id") + " uuid NOT NULL,\n"
                "    " + ident("name") + " text NOT NULL,\n"
                "    " + ident("created_at") + " timestamp with time zone DEFAULT now() NOT NULL\n"
                ");\n"
                "COMMENT ON TABLE " + ident(name) + " IS " + literal(f"Created by migration {i}.")
                + ";\n"
            )
            indexes += 1  # the primary key
            file = folder / f"{stamp}_create_{name}.sql"
        elif roll < 0.75:
            name = rng.choice(sorted(tables))
            column = f"attr_{i}"
            tables[name].append(column)
            sql = ("ALTER TABLE " + ident(name) + " ADD COLUMN " + ident(column) + " "
                   + rng.choice(COLUMN_TYPES) + ";\n")
            file = folder / f"{stamp}_add_{column}_to_{name}.sql"
        else:
            name = rng.choice(sorted(tables))
            columns = tables[name]
            keys = ["tenant_id", rng.choice(columns[2:])]
            index = f"{name}_ix_{i}"
            sql = ("CREATE INDEX " + ident(index) + " ON " + ident(name) + " ("
                   + ", ".join(ident(k) for k in keys) + ");\n")
            indexes += 1
            file = folder / f"{stamp}_index_{name}.sql"
        file.write_text(f"-- migration {i + 1} of {count}\n" + sql)
    return len(tables), sum(len(c) for c in tables.values()), indexes


def write_project(project: Path, url: str) -> None:
    (project / "pgstrata.toml").write_text(
        "[project]\n"
        'migrations = "migrations"\n'
        "\n"
        f"[environments.{ENVIRONMENT}]\n"
        f"url = {json.dumps(url)}\n"
        'protection = "none"\n'
    )


def pgstrata_migrate_argv() -> list[str]:
    argv = [pgstrata_cli(), "migrate", ENVIRONMENT]
    help_text = subprocess.run(argv[:2] + ["--help"], capture_output=True, text=True).stdout
    return argv + ["--yes"] if "--yes" in help_text else argv


def public_objects(server: BenchServer) -> tuple[int, int, int]:
    """(tables, columns, indexes) in ``public`` of the benchmark database."""
    with psycopg.connect(server.url(DATABASE)) as conn:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = 'public'),"
            " (SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'),"
            " (SELECT count(*) FROM pg_indexes WHERE schemaname = 'public')"
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])


def history_rows(server: BenchServer) -> int | None:
    """Rows in the Supabase-compatible history table; None when there is none."""
    with psycopg.connect(server.url(DATABASE)) as conn:
        row = conn.execute("SELECT to_regclass(%s)::text", (HISTORY,)).fetchone()
        if row is None or row[0] is None:
            return None
        counted = conn.execute("SELECT count(*) FROM " + HISTORY).fetchone()
    return int(counted[0]) if counted else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="pgstrata migrate vs a psql loop")
    parser.add_argument("--files", type=int, default=500, help="migration files (default 500)")
    parser.add_argument("--tools", default=",".join(TOOLS), help=f"subset of {','.join(TOOLS)}")
    add_common_arguments(parser)
    args = parser.parse_args(argv)
    tools = [t for t in args.tools.split(",") if t]

    rows: list[list[object]] = []
    results: list[dict[str, object]] = []
    with bench_server(args.workdir) as (server, scratch):
        project = scratch / "migrate_project"
        migrations = project / "migrations"
        for old in migrations.glob("*.sql"):
            old.unlink()
        expected = write_migrations(migrations, args.files, args.seed)
        url = server.url(DATABASE)
        write_project(project, url)
        loop = (
            'for f in "$1"/*.sql; do "$2" -X -q -1 -v ON_ERROR_STOP=1 -d "$3" -f "$f" || exit 1; done'
        )
        steps = {
            "psql loop": [Step(["bash", "-c", loop, "bash", str(migrations), server.tool("psql"),
                                url], env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})],
            "pgstrata": [Step(pgstrata_migrate_argv(), cwd=project)],
        }
        outcomes: dict[str, Outcome] = {}
        for tool in tools:
            outcome = measure(tool, steps[tool], runs=args.runs, warmup=args.warmup,
                              prepare=lambda: server.create_database(DATABASE))
            got = public_objects(server) if outcome.ok else None
            history = history_rows(server) if outcome.ok else None
            if got is not None and got != expected:
                outcome.error = f"database holds {got} (tables, columns, indexes), expected {expected}"
            outcomes[tool] = outcome
            reference = outcomes.get("psql loop", outcome)
            rows.append([f"{args.files:,}", tool,
                         fmt_seconds(outcome) if outcome.seconds is not None else "not available",
                         fmt_cpu(outcome), fmt_mb(outcome), fmt_ratio(outcome, reference),
                         "{:,} / {:,} / {:,}".format(*got) if got else "—",
                         "—" if history is None else f"{history:,}", outcome.error or ""])
            results.append({"files": args.files, "outcome": outcome, "objects": got,
                            "history_rows": history})
        psql_version = tool_version([server.tool("psql"), "--version"])
        pgstrata_version = tool_version([pgstrata_cli(), "--version"])
    print(f"{psql_version}; {pgstrata_version}; seconds = median of {args.runs} runs on a fresh "
          "database, MB = largest peak RSS (for the loop: the largest single psql)")
    print(machine_note() + "\n")
    print(markdown_table(
        ["files", "tool", "seconds", "client CPU s", "peak MB", "× psql loop",
         "tables / columns / indexes", "history rows", "note"],
        rows,
    ))
    save_json(args.json, {"runs": args.runs, "expected": expected, "results": results})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
