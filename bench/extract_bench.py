"""Extract benchmark: ``pgstrata extract`` against ``pg_dump --schema-only`` on the same database.

    .venv/bin/python bench/extract_bench.py --sizes 2000,10000

For each size a database is built from ``gen_schema.py`` (same seed, so the same SQL; with
``--shape routines``, from ``gen_routines.py``: hundreds of overloaded functions, trigger
functions, policies and views calling them), then
each tool runs ``--runs`` times on it, writing its DDL to a file. The table shows the median
wall time of the whole process, the largest peak RSS, the ratio to pg_dump, and what the output
holds (statements counted with pglast; CREATE TABLE count as a completeness check).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import gen_routines
import gen_schema
from common import (
    BenchServer,
    Outcome,
    Step,
    add_common_arguments,
    bench_server,
    count_sql,
    fmt_cpu,
    fmt_mb,
    fmt_ratio,
    fmt_seconds,
    machine_note,
    markdown_table,
    measure,
    pgstrata_cli,
    save_json,
    step,
    tool_version,
)

TOOLS = ("pg_dump", "pgstrata")
SHAPES = {"tables": ("bench", gen_schema.generate), "routines": ("routines", gen_routines.generate)}


def base_database(server: BenchServer, scratch: Path, tables: int, seed: int, shape: str = "tables") -> str:
    """The generated schema's database (the ``tables`` one is shared with the compare benchmark)."""
    prefix, generate = SHAPES[shape]
    name = f"{prefix}_{tables}_s{seed}"
    with step(f"database {name} ({tables:,} tables)"):
        server.ensure_loaded(name, generate(tables, seed=seed), scratch)
    return name


def commands(server: BenchServer, database: str, out: Path) -> dict[str, list[Step]]:
    url = server.url(database)
    return {
        "pg_dump": [Step([server.tool("pg_dump"), "--schema-only", "-d", url, "-f", str(out)])],
        "pgstrata": [Step([pgstrata_cli(), "extract", url + "#public", "-o", str(out)])],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="pgstrata extract vs pg_dump --schema-only")
    parser.add_argument("--sizes", default="2000,10000", help="table counts (default 2000,10000)")
    parser.add_argument("--tools", default=",".join(TOOLS), help=f"subset of {','.join(TOOLS)}")
    parser.add_argument("--shape", choices=sorted(SHAPES), default="tables",
                        help="tables: gen_schema.py (default); routines: gen_routines.py")
    add_common_arguments(parser)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    tools = [t for t in args.tools.split(",") if t]

    rows: list[list[object]] = []
    results: list[dict[str, object]] = []
    with bench_server(args.workdir) as (server, scratch):
        header = {
            "server": server.server_version(),
            "pg_dump": tool_version([server.tool("pg_dump"), "--version"]),
            "pgstrata": tool_version([pgstrata_cli(), "--version"]),
        }
        for tables in sizes:
            database = base_database(server, scratch, tables, args.seed, args.shape)
            outcomes: dict[str, Outcome] = {}
            for tool in tools:
                out = scratch / f"extract_{args.shape}_{tables}_{tool}.sql"
                out.unlink(missing_ok=True)
                outcome = measure(tool, commands(server, database, out)[tool], runs=args.runs,
                                  warmup=args.warmup)
                outcomes[tool] = outcome
                count = count_sql([out.read_text()]) if outcome.ok and out.exists() else None
                reference = outcomes.get("pg_dump", outcome)
                rows.append([
                    f"{tables:,}", tool,
                    fmt_seconds(outcome) if outcome.ok else "not available",
                    fmt_cpu(outcome), fmt_mb(outcome), fmt_ratio(outcome, reference),
                    f"{count} ({count.tables:,} tables)" if count else "—",
                    outcome.error or "",
                ])
                results.append({"tables": tables, "outcome": outcome,
                                "statements": count.statements if count else None,
                                "create_table": count.tables if count else None})
    table = markdown_table(
        ["tables", "tool", "seconds", "client CPU s", "peak MB", "× pg_dump", "output statements",
         "note"],
        rows,
    )
    print(f"PostgreSQL {header['server']} server; {header['pg_dump']}; {header['pgstrata']}; "
          f"seconds = median of {args.runs} runs of the whole process, MB = largest peak RSS")
    print(machine_note() + "\n")
    print(table)
    save_json(args.json, {"header": header, "runs": args.runs, "results": results})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
