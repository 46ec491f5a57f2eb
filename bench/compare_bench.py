"""Compare benchmark: ``pgstrata compare`` against migra and Supabase's pg-delta.

    bash bench/setup_peers.sh          # once: migra in bench/.venv-peers, pg-delta in bench/.peers-node
    .venv/bin/python bench/compare_bench.py --sizes 2000,10000 --pct 5

For each size two databases are built from ``gen_schema.py``: the base schema and a variant in
which about PCT % of the tables differ (``--mutate``). Every tool writes the SQL script that
turns the base database into the variant:

- pgstrata: ``pgstrata compare VARIANT BASE --format sql -o FILE`` (the script turns TARGET
  into SOURCE);
- migra: ``migra --unsafe BASE VARIANT`` (exit 2 means "differences found");
- pg-delta: ``pgdelta plan --source BASE --desired VARIANT --renames off --out plan.json`` then
  ``pgdelta render --plan plan.json --out FILE --allow-drops`` (timed together).

The table shows the median wall time (whole processes), the largest peak RSS, the speed-up of
pgstrata over each peer, and the statements in each output (pglast split; SET and transaction
control not counted).
"""

from __future__ import annotations

import argparse
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from common import (
    PEERS_NODE,
    PEERS_VENV,
    BenchServer,
    Outcome,
    Step,
    add_common_arguments,
    bench_server,
    count_sql,
    fmt_cpu,
    fmt_mb,
    fmt_seconds,
    machine_note,
    markdown_table,
    measure,
    pgstrata_cli,
    save_json,
    step,
    tool_version,
)
from extract_bench import base_database
from gen_schema import build, generate, mutate

TOOLS = ("pgstrata", "migra", "pg-delta")
MIGRA = PEERS_VENV / "bin" / "migra"
PGDELTA = PEERS_NODE / "node_modules" / ".bin" / "pgdelta"


def variant_database(server: BenchServer, scratch: Path, tables: int, seed: int, pct: float) -> str:
    name = f"bench_{tables}_s{seed}_m{pct:g}"
    with step(f"database {name} ({pct:g} % of {tables:,} tables changed)"):
        server.ensure_loaded(name, generate(tables, seed=seed, mutate_pct=pct), scratch)
    return name


def verify(server: BenchServer, base: str, target_dump: list[str], files: list[Path]) -> str:
    """Apply a tool's output to a copy of the base; how far its pg_dump is from the variant's."""
    clone = "bench_verify"
    server.create_database(clone, template=base)
    try:
        for file in files:
            with file.open() as handle:
                transactional = "transaction=false" not in handle.readline()
            server.psql(clone, *(["-1"] if transactional else []), "-f", str(file))
        got = Counter(server.schema_dump(clone))
    except RuntimeError as exc:
        return f"apply failed: {exc}"
    finally:
        server.drop_database(clone)
    differing = sum(((got - Counter(target_dump)) + (Counter(target_dump) - got)).values())
    return "identical" if differing == 0 else f"{differing} lines differ"


def tool_runs(
    server: BenchServer, base: str, variant: str, out_dir: Path
) -> dict[str, tuple[list[Step], Callable[[], list[Path]]]]:
    """Per tool: its commands, and how to find the SQL it wrote."""
    base_url, variant_url = server.url(base), server.url(variant)
    pgstrata_out = out_dir / "pgstrata" / "compare.sql"
    migra_out = out_dir / "migra" / "migra.sql"
    delta_dir = out_dir / "pg-delta"
    plan = delta_dir / "plan.json"
    return {
        "pgstrata": (
            [Step([pgstrata_cli(), "compare", variant_url, base_url, "--format", "sql",
                   "-o", str(pgstrata_out)])],
            lambda: [pgstrata_out],
        ),
        "migra": (
            [Step([str(MIGRA), "--unsafe", base_url, variant_url], stdout=migra_out,
                  ok_codes=(0, 2))],
            lambda: [migra_out],
        ),
        "pg-delta": (
            [
                Step([str(PGDELTA), "plan", "--source", base_url, "--desired", variant_url,
                      "--renames", "off", "--out", str(plan)]),
                Step([str(PGDELTA), "render", "--plan", str(plan),
                      "--out", str(delta_dir / "migration.sql"), "--allow-drops"],
                     ok_codes=(0, 3)),
            ],
            lambda: sorted(delta_dir.glob("migration*.sql")),
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="pgstrata compare vs migra and pg-delta")
    parser.add_argument("--sizes", default="2000,10000", help="table counts (default 2000,10000)")
    parser.add_argument("--pct", type=float, default=5.0, help="%% of tables changed (default 5)")
    parser.add_argument("--tools", default=",".join(TOOLS), help=f"subset of {','.join(TOOLS)}")
    parser.add_argument("--verify", action="store_true",
                        help="apply each output to a copy of the base database and compare its "
                             "pg_dump with the variant's (pg_dump is the oracle)")
    add_common_arguments(parser)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    tools = [t for t in args.tools.split(",") if t]

    rows: list[list[object]] = []
    results: list[dict[str, object]] = []
    changes: dict[int, str] = {}
    with bench_server(args.workdir) as (server, scratch):
        header = {
            "server": server.server_version(),
            "pgstrata": tool_version([pgstrata_cli(), "--version"]),
            "migra": tool_version([str(PEERS_VENV / "bin" / "python"), "-c",
                                   "import importlib.metadata as m; print(m.version('migra'))"]),
            "pg-delta": tool_version(["node", "-p", "require(process.argv[1]).version",
                                      str(PEERS_NODE / "node_modules/@supabase/pg-delta/package.json")]),
        }
        for tables in sizes:
            schema = build(tables, args.seed)
            done = mutate(schema, args.pct, args.seed)
            changes[tables] = ", ".join(f"{kind} {n}" for kind, n in sorted(done.items()))
            base = base_database(server, scratch, tables, args.seed)
            variant = variant_database(server, scratch, tables, args.seed, args.pct)
            out_dir = scratch / f"compare_{tables}"
            runs = tool_runs(server, base, variant, out_dir)
            target_dump = server.schema_dump(variant) if args.verify else []
            outcomes: dict[str, Outcome] = {}
            for tool in tools:
                commands, outputs = runs[tool]

                def fresh_output(folder: Path = out_dir / tool) -> None:
                    shutil.rmtree(folder, ignore_errors=True)
                    folder.mkdir(parents=True)

                outcome = measure(tool, commands, runs=args.runs, prepare=fresh_output, warmup=args.warmup)
                outcomes[tool] = outcome
                files = [f for f in outputs() if f.exists()] if outcome.ok else []
                count = count_sql([f.read_text() for f in files]) if files else None
                verdict = ""
                if args.verify and outcome.ok:
                    with step(f"{tool}: apply its output to a copy of {base}, compare pg_dump"):
                        verdict = verify(server, base, target_dump, files)
                results.append({"tables": tables, "outcome": outcome,
                                "statements": count.statements if count else None,
                                "verified": verdict or None})
                rows.append([f"{tables:,}", tool,
                             fmt_seconds(outcome) if outcome.ok else "not available",
                             fmt_cpu(outcome), fmt_mb(outcome), "—",
                             str(count) if count else "—",
                             verdict or "—", outcome.error or ""])
            ours = outcomes.get("pgstrata")
            for row, tool in zip(rows[-len(tools):], tools, strict=True):
                peer = outcomes[tool]
                if tool != "pgstrata" and ours and ours.seconds and peer.seconds:
                    row[5] = f"{peer.seconds / ours.seconds:.1f}×"
    print(f"PostgreSQL {header['server']} server; {header['pgstrata']}; "
          f"migra {header['migra']}; pg-delta {header['pg-delta']}; "
          f"seconds = median of {args.runs} runs of the whole process(es), MB = largest peak RSS")
    print(machine_note())
    for tables, summary in changes.items():
        print(f"{tables:,} tables, {args.pct:g} % changed: {summary}")
    print()
    print(markdown_table(
        ["tables", "tool", "seconds", "client CPU s", "peak MB", "pgstrata speed-up",
         "output statements", "pg_dump after apply", "note"],
        rows,
    ))
    save_json(args.json, {"header": header, "pct": args.pct, "changes": changes,
                          "runs": args.runs, "results": results})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
