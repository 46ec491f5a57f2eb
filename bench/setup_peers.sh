#!/usr/bin/env bash
# Install the peers the benchmarks compare pgstrata against, next to this script:
#   bench/.venv-peers/   migra (+ schemainspect, sqlalchemy<2, psycopg2-binary)
#   bench/.peers-node/   @supabase/pg-delta (the `pgdelta` CLI)
# Idempotent: a peer that is already installed is left as it is (delete the folder to reinstall).
# Versions are pinned so that a later run measures the same peers; override with
#   MIGRA_VERSION=… PGDELTA_VERSION=… bash bench/setup_peers.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${PYTHON:-python3}"
migra_version="${MIGRA_VERSION:-3.0.1663481299}"
pgdelta_version="${PGDELTA_VERSION:-1.0.0-alpha.34}"

venv="$here/.venv-peers"
if [[ ! -x "$venv/bin/migra" ]]; then
    echo "setup_peers: creating $venv with migra $migra_version" >&2
    "$python" -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    # schemainspect imports pkg_resources, which setuptools 81 removed (and Python 3.12+
    # venvs no longer include setuptools at all): pin it.
    "$venv/bin/pip" install --quiet \
        "migra==$migra_version" "sqlalchemy<2" "psycopg2-binary" "setuptools<81"
else
    echo "setup_peers: migra already in $venv" >&2
fi

node_dir="$here/.peers-node"
if [[ ! -x "$node_dir/node_modules/.bin/pgdelta" ]]; then
    echo "setup_peers: installing @supabase/pg-delta@$pgdelta_version into $node_dir" >&2
    mkdir -p "$node_dir"
    if [[ ! -f "$node_dir/package.json" ]]; then
        printf '{\n  "name": "pgstrata-bench-peers",\n  "private": true\n}\n' >"$node_dir/package.json"
    fi
    (cd "$node_dir" && npm install --no-audit --no-fund --loglevel=error \
        "@supabase/pg-delta@$pgdelta_version")
else
    echo "setup_peers: pg-delta already in $node_dir" >&2
fi

echo "setup_peers: migra   $("$venv/bin/pip" show migra 2>/dev/null | sed -n 's/^Version: //p')" >&2
echo "setup_peers: pg-delta $(node -p "require('$node_dir/node_modules/@supabase/pg-delta/package.json').version")" >&2
