"""``pgstrata.toml`` + ``.env`` → frozen :class:`Project` (DESIGN §2).

Loading validates every key: an unknown key, a bad protection name or a value
of the wrong type is a :class:`ConfigError` (exit 2) naming the key.  ``${VAR}``
references are kept unresolved until a URL is actually needed, so ``status``
can say "not configured: STAGING_DATABASE_URL is not set" for one environment
while the others work.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pgstrata.errors import ConfigError
from pgstrata.policy import Protection

CONFIG_NAME = "pgstrata.toml"
LOCAL = "local"
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_ENV_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_DURATION = re.compile(r"^\d+(ms|s|min|h)?$")

PROJECT_KEYS = {
    "migrations", "seed", "schemas", "reference", "lock_timeout", "statement_timeout",
    "advisory_lock_timeout", "backups", "supabase", "shadow_url", "owners",
}
LOCAL_KEYS = {"port", "supabase"}
ENV_KEYS = {"url", "schema", "protection", "keep", "description", "schemas"}
TOP_KEYS = {"project", "environments", "local"}


@dataclass(frozen=True, slots=True)
class SupabaseConfig:
    """Defaults read from ``supabase/config.toml`` (the Supabase CLI's project file)."""

    path: Path | None = None
    major_version: int | None = None
    seed: tuple[str, ...] = ()  # relative to the project root
    schemas: tuple[str, ...] = ()  # [api] schemas minus Supabase's own


_SUPABASE_OWNED = {"graphql_public", "storage", "auth", "extensions", "realtime", "graphql"}


def read_supabase_config(path: Path) -> SupabaseConfig:
    """``[db] major_version``, ``[db.seed] sql_paths`` and ``[api] schemas`` of a Supabase project."""
    if not path.is_file():
        return SupabaseConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"supabase/config.toml is not valid TOML: {exc}",
                          key="supabase/config.toml") from None
    db = data.get("db", {}) if isinstance(data.get("db"), dict) else {}
    seed = db.get("seed", {}) if isinstance(db.get("seed"), dict) else {}
    api = data.get("api", {}) if isinstance(data.get("api"), dict) else {}
    paths = seed.get("sql_paths", ["./seed.sql"]) if seed.get("enabled", True) else []
    seeds = tuple(
        (Path("supabase") / p).as_posix().replace("/./", "/") for p in paths
        if isinstance(p, str) and "*" not in p
    )
    schemas = tuple(s for s in api.get("schemas", []) if isinstance(s, str) and s not in _SUPABASE_OWNED)
    version = db.get("major_version")
    return SupabaseConfig(path=path, major_version=version if isinstance(version, int) else None,
                          seed=seeds, schemas=schemas)


@dataclass(frozen=True, slots=True)
class Environment:
    """One environment: where it is and how much pgstrata may write to it."""

    name: str
    url_template: str  # as written: "local", "local:NAME", a URL, or with ${VAR}s
    protection: Protection
    schema: str | None = None  # the seed's layout: an environment as one schema
    keep: int = 10  # backups kept
    description: str = ""
    variables: Mapping[str, str] = field(default_factory=dict)  # .env values, process env wins
    schemas: tuple[str, ...] = ("public",)  # the project's logical schemas

    @property
    def physical_schemas(self) -> tuple[str, ...]:
        """The schemas as they are named in this environment's database."""
        return (self.schema,) if self.schema else self.schemas

    @property
    def schema_map(self) -> dict[str, str]:
        """physical → logical names, when the environment maps its schema."""
        if self.schema and self.schemas and self.schema != self.schemas[0]:
            return {self.schema: self.schemas[0]}
        return {}

    @property
    def is_local(self) -> bool:
        return self.url_template == LOCAL or self.url_template.startswith(LOCAL + ":")

    @property
    def local_database(self) -> str:
        """The database name on the embedded server (``local`` → the environment's name)."""
        if self.url_template.startswith(LOCAL + ":"):
            return self.url_template.split(":", 1)[1]
        return self.name

    def missing_variables(self) -> list[str]:
        return [v for v in _VAR.findall(self.url_template) if _lookup(v, self.variables) is None]

    def resolve_url_template(self) -> str:
        """The URL with ``${VAR}`` substituted; ConfigError naming a variable that is not set."""
        missing = self.missing_variables()
        if missing:
            raise ConfigError(
                f"environment {self.name!r} is not configured: {missing[0]} is not set",
                key=f"environments.{self.name}.url",
                hint=f"export {missing[0]}=postgresql://… or put it in .env beside pgstrata.toml",
            )
        return _VAR.sub(lambda m: _lookup(m.group(1), self.variables) or "", self.url_template)


@dataclass(frozen=True, slots=True)
class Project:
    """A loaded pgstrata.toml."""

    root: Path
    config_path: Path | None
    environments: Mapping[str, Environment]
    migrations_dir: Path
    seed_files: tuple[Path, ...] = ()
    schemas: tuple[str, ...] = ("public",)
    reference: str = "dev"
    lock_timeout: str = "5s"
    statement_timeout: str = "0"
    advisory_lock_timeout: str = "60s"
    backups_dir: Path = Path(".pgstrata/backups")
    local_port: int = 54322
    supabase: bool = False
    shadow_url: str | None = None
    supabase_config: SupabaseConfig | None = None  # what supabase/config.toml contributed
    owners: bool = False  # compare and extract object owners too (DESIGN §6: opt-in)

    @property
    def state_dir(self) -> Path:
        return self.root / ".pgstrata"

    @property
    def local_dir(self) -> Path:
        return self.state_dir / "local"

    @property
    def template_schema(self) -> str | None:
        """The project's one schema when an environment names it otherwise (``schema = "qa"``):
        ``migration diff`` then writes migrations as templates of it (``:"target_schema"``),
        which every environment runs in its own schema (migrations.files.read_migration)."""
        mapped = any(env.schema_map for env in self.environments.values())
        return self.schemas[0] if mapped and len(self.schemas) == 1 else None

    def environment(self, name: str) -> Environment:
        try:
            return self.environments[name]
        except KeyError:
            known = ", ".join(sorted(self.environments)) or "none"
            raise ConfigError(
                f"unknown environment {name!r} (known: {known})", key=f"environments.{name}"
            ) from None


def _lookup(name: str, variables: Mapping[str, str]) -> str | None:
    value = os.environ.get(name)
    if value is not None and value != "":
        return value
    value = variables.get(name)
    return value if value else None


def read_dotenv(path: Path) -> dict[str, str]:
    """Parse a ``.env`` file: ``KEY=value`` lines, optional ``export``, quotes, # comments."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export "):].lstrip()
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", key):
            raise ConfigError(f"{path.name} line {lineno} is not KEY=value", key=f".env:{lineno}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        else:
            value = value.split(" #", 1)[0].rstrip()
        values[key] = value
    return values


def find_config(start: Path | None = None) -> Path | None:
    """Walk up from ``start`` (default: the current directory) to find pgstrata.toml."""
    here = (start or Path.cwd()).absolute()
    for folder in [here, *here.parents]:
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load(path: Path | None = None, *, start: Path | None = None) -> Project:
    """Load the project: ``path`` if given, else the pgstrata.toml found walking up."""
    if path is None:
        path = find_config(start)
        if path is None:
            raise ConfigError(
                f"no {CONFIG_NAME} found in this folder or any parent",
                hint="run `pgstrata init` to create one",
            )
    path = path.absolute()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path.name} is not valid TOML: {exc}") from None
    return parse(data, root=path.parent, config_path=path)


def _expect(value: Any, kind: type | tuple[type, ...], key: str, what: str) -> Any:
    if isinstance(value, bool) and kind is int:
        raise ConfigError(f"{key} must be {what}", key=key)
    if not isinstance(value, kind):
        raise ConfigError(f"{key} must be {what}", key=key)
    return value


def _str_list(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    _expect(value, list, key, "a list of strings")
    for item in value:
        _expect(item, str, key, "a list of strings")
    return tuple(value)


def _unknown(table: Mapping[str, Any], allowed: set[str], prefix: str) -> None:
    for key in sorted(table):
        if key not in allowed:
            name = f"{prefix}.{key}" if prefix else key
            raise ConfigError(
                f"unknown key {name!r} in pgstrata.toml (allowed: {', '.join(sorted(allowed))})",
                key=name,
            )


def _duration(value: Any, key: str) -> str:
    text = str(_expect(value, (str, int), key, "a duration like '5s' or '500ms'"))
    if not _DURATION.match(text):
        raise ConfigError(f"{key} must be a duration like '5s', '500ms' or '0'", key=key)
    return text


def _default_protection(name: str, url: str) -> Protection:
    if url == LOCAL or url.startswith(LOCAL + ":"):
        return Protection.MANUAL if name == "dev" else Protection.NONE
    if name in {"production", "prod"}:
        return Protection.APPROVAL
    return Protection.MIGRATIONS


def _environment(
    name: str, table: Any, variables: Mapping[str, str], project_schemas: tuple[str, ...]
) -> Environment:
    prefix = f"environments.{name}"
    if not _ENV_NAME.match(name):
        raise ConfigError(f"environment name {name!r} must be letters, digits, _ or -", key=prefix)
    _expect(table, dict, prefix, "a table")
    _unknown(table, ENV_KEYS, prefix)
    url = table.get("url")
    if url is None:
        url = "${DATABASE_URL}"
    url = _expect(url, str, f"{prefix}.url", "a string")
    if not url.strip():
        raise ConfigError(f"{prefix}.url is empty", key=f"{prefix}.url")
    if not (url == LOCAL or url.startswith(LOCAL + ":") or "${" in url
            or url.startswith(("postgres://", "postgresql://"))):
        raise ConfigError(
            f"{prefix}.url must be \"local\", \"local:NAME\", a postgresql:// URL or ${{VAR}}",
            key=f"{prefix}.url",
        )
    raw_protection = table.get("protection")
    if raw_protection is None:
        protection = _default_protection(name, url)
    else:
        _expect(raw_protection, str, f"{prefix}.protection", "a string")
        try:
            protection = Protection(raw_protection)
        except ValueError:
            allowed = ", ".join(p.value for p in Protection)
            raise ConfigError(
                f"{prefix}.protection is {raw_protection!r}; it must be one of {allowed}",
                key=f"{prefix}.protection",
            ) from None
    schema = table.get("schema")
    if schema is not None:
        _expect(schema, str, f"{prefix}.schema", "a schema name")
    keep = table.get("keep", 10)
    _expect(keep, int, f"{prefix}.keep", "a whole number")
    if keep < 1:
        raise ConfigError(f"{prefix}.keep must be at least 1", key=f"{prefix}.keep")
    schemas = _str_list(table["schemas"], f"{prefix}.schemas") if "schemas" in table else project_schemas
    if schema is not None and len(project_schemas) != 1:
        raise ConfigError(
            f"{prefix}.schema maps one schema, but project.schemas lists {len(project_schemas)}",
            key=f"{prefix}.schema",
        )
    description = _expect(table.get("description", ""), str, f"{prefix}.description", "a string")
    return Environment(
        name=name, url_template=url, protection=protection, schema=schema, keep=keep,
        description=description, variables=variables, schemas=schemas,
    )


def parse(data: Mapping[str, Any], *, root: Path, config_path: Path | None = None) -> Project:
    """Validate a parsed TOML document into a Project (pure apart from reading .env)."""
    _unknown(data, TOP_KEYS, "")
    project = data.get("project", {})
    _expect(project, dict, "project", "a table")
    _unknown(project, PROJECT_KEYS, "project")
    local = data.get("local", {})
    _expect(local, dict, "local", "a table")
    _unknown(local, LOCAL_KEYS, "local")
    variables = read_dotenv(root / ".env")

    supabase_dir = root / "supabase"
    supabase = bool(_expect(local.get("supabase", project.get("supabase", supabase_dir.is_dir())),
                            bool, "local.supabase", "true or false"))
    default_migrations = "supabase/migrations" if supabase_dir.is_dir() else "migrations"
    sb = read_supabase_config(supabase_dir / "config.toml")
    migrations = _expect(project.get("migrations", default_migrations), str,
                         "project.migrations", "a folder path")
    seeds = _str_list(project.get("seed", list(sb.seed)), "project.seed")
    schemas = _str_list(project.get("schemas", list(sb.schemas) or ["public"]), "project.schemas")
    if not schemas:
        raise ConfigError("project.schemas must name at least one schema", key="project.schemas")
    reference = _expect(project.get("reference", "dev"), str, "project.reference", "an environment name")
    port = _expect(local.get("port", 54322), int, "local.port", "a port number")
    if not 1 <= port <= 65535:
        raise ConfigError("local.port must be between 1 and 65535", key="local.port")
    backups = _expect(project.get("backups", ".pgstrata/backups"), str, "project.backups", "a folder path")
    owners = _expect(project.get("owners", False), bool, "project.owners", "true or false")
    shadow = project.get("shadow_url")
    if shadow is not None:
        _expect(shadow, str, "project.shadow_url", "a URL")

    envs_table = data.get("environments", {})
    _expect(envs_table, dict, "environments", "a table of environments")
    environments = {
        name: _environment(name, table, variables, schemas) for name, table in envs_table.items()
    }
    if environments and "reference" in project and reference not in environments:
        raise ConfigError(
            f"project.reference names {reference!r}, which is not an environment",
            key="project.reference",
        )
    return Project(
        root=root,
        config_path=config_path,
        environments=environments,
        migrations_dir=root / migrations,
        seed_files=tuple(root / s for s in seeds),
        schemas=schemas,
        reference=reference,
        lock_timeout=_duration(project.get("lock_timeout", "5s"), "project.lock_timeout"),
        statement_timeout=_duration(project.get("statement_timeout", "0"), "project.statement_timeout"),
        advisory_lock_timeout=_duration(
            project.get("advisory_lock_timeout", "60s"), "project.advisory_lock_timeout"
        ),
        backups_dir=root / backups,
        local_port=port,
        supabase=supabase,
        shadow_url=shadow,
        supabase_config=sb if sb.path is not None else None,
        owners=owners,
    )

