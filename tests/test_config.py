"""pgstrata.toml validation: every error names its key and exits 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from pgstrata.config import find_config, load, parse, read_dotenv
from pgstrata.errors import ConfigError
from pgstrata.init import render_config
from pgstrata.policy import Protection


def _parse(data: dict, root: Path) -> object:
    return parse(data, root=root)


def test_init_template_parses_with_four_environments(tmp_path: Path) -> None:
    (tmp_path / "pgstrata.toml").write_text(render_config(supabase=False))
    project = load(tmp_path / "pgstrata.toml")
    assert list(project.environments) == ["dev", "test", "staging", "production"]
    assert project.environment("dev").protection is Protection.MANUAL
    assert project.environment("test").protection is Protection.NONE
    assert project.environment("staging").protection is Protection.MIGRATIONS
    assert project.environment("production").protection is Protection.APPROVAL
    assert project.environment("dev").is_local and project.environment("dev").local_database == "dev"
    assert project.migrations_dir == tmp_path / "migrations"


def test_supabase_template_uses_supabase_folder(tmp_path: Path) -> None:
    (tmp_path / "pgstrata.toml").write_text(render_config(supabase=True))
    project = load(tmp_path / "pgstrata.toml")
    assert project.migrations_dir == tmp_path / "supabase" / "migrations"
    assert project.seed_files == (tmp_path / "supabase" / "seed.sql",)
    assert project.supabase


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"projekt": {}}, "projekt"),
        ({"project": {"migrationz": "x"}}, "project.migrationz"),
        ({"project": {"schemas": "public", "seed": 3}}, "project.seed"),
        ({"project": {"schemas": []}}, "project.schemas"),
        ({"project": {"lock_timeout": "soon"}}, "project.lock_timeout"),
        ({"project": {"owners": "yes"}}, "project.owners"),
        ({"local": {"port": "x"}}, "local.port"),
        ({"local": {"port": 70000}}, "local.port"),
        ({"local": {"colour": 1}}, "local.colour"),
        ({"environments": {"dev": {"url": "local", "protection": "paranoid"}}},
         "environments.dev.protection"),
        ({"environments": {"dev": {"url": "local", "urll": "x"}}}, "environments.dev.urll"),
        ({"environments": {"dev": {"url": "mysql://x"}}}, "environments.dev.url"),
        ({"environments": {"dev": {"url": ""}}}, "environments.dev.url"),
        ({"environments": {"dev": {"url": "local", "keep": 0}}}, "environments.dev.keep"),
        ({"environments": {"dev": {"url": "local", "keep": True}}}, "environments.dev.keep"),
        ({"environments": {"dev": "local"}}, "environments.dev"),
        ({"environments": {"bad name": {"url": "local"}}}, "environments.bad name"),
        ({"project": {"schemas": ["a", "b"]}, "environments": {"qa": {"url": "local", "schema": "qa"}}},
         "environments.qa.schema"),
        ({"project": {"reference": "nope"}, "environments": {"dev": {"url": "local"}}},
         "project.reference"),
    ],
)
def test_validation_errors_name_the_key(data: dict, key: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        _parse(data, tmp_path)
    assert info.value.key == key
    assert key.split(".")[-1] in info.value.message
    assert info.value.exit_code == 2


def test_invalid_toml_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "pgstrata.toml").write_text("[project\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load(tmp_path / "pgstrata.toml")


def test_missing_config_says_run_init(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load(start=tmp_path)
    assert "pgstrata init" in (info.value.hint or "")


def test_config_found_walking_up(tmp_path: Path) -> None:
    (tmp_path / "pgstrata.toml").write_text("")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pgstrata.toml"


def test_variables_process_env_wins_over_dotenv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text(
        "# comment\nexport STAGING_URL='postgresql://u:fromfile@h/db'\nOTHER=postgresql://o@h/x # c\n"
    )
    data = {"environments": {"staging": {"url": "${STAGING_URL}"},
                             "other": {"url": "${OTHER}"}}}
    project = _parse(data, tmp_path)
    assert project.environment("staging").resolve_url_template() == "postgresql://u:fromfile@h/db"
    assert project.environment("other").resolve_url_template() == "postgresql://o@h/x"
    monkeypatch.setenv("STAGING_URL", "postgresql://u:fromenv@h/db")
    assert project.environment("staging").resolve_url_template() == "postgresql://u:fromenv@h/db"


def test_missing_variable_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOPE_URL", raising=False)
    project = _parse({"environments": {"staging": {"url": "${NOPE_URL}"}}}, tmp_path)
    with pytest.raises(ConfigError, match="NOPE_URL is not set") as info:
        project.environment("staging").resolve_url_template()
    assert info.value.key == "environments.staging.url"


def test_database_url_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://x@db.example.com/app")
    project = _parse({"environments": {"staging": {}}}, tmp_path)
    env = project.environment("staging")
    assert env.resolve_url_template() == "postgresql://x@db.example.com/app"
    assert env.protection is Protection.MIGRATIONS


def test_default_protection_is_safe(tmp_path: Path) -> None:
    project = _parse({"environments": {
        "dev": {"url": "local"}, "scratch": {"url": "local:s"},
        "production": {"url": "postgresql://h/db"}, "staging": {"url": "postgresql://h/db"},
    }}, tmp_path)
    assert project.environment("dev").protection is Protection.MANUAL
    assert project.environment("scratch").protection is Protection.NONE
    assert project.environment("scratch").local_database == "s"
    assert project.environment("production").protection is Protection.APPROVAL
    assert project.environment("staging").protection is Protection.MIGRATIONS


def test_owners_are_opt_in(tmp_path: Path) -> None:
    assert _parse({}, tmp_path).owners is False
    assert _parse({"project": {"owners": True}}, tmp_path).owners is True


def test_schema_mapped_environment(tmp_path: Path) -> None:
    project = _parse({"environments": {"qa": {"url": "local:shared", "schema": "qa"}}}, tmp_path)
    env = project.environment("qa")
    assert env.physical_schemas == ("qa",)
    assert env.schema_map == {"qa": "public"}


def test_unknown_environment(tmp_path: Path) -> None:
    project = _parse({"environments": {"dev": {"url": "local"}}}, tmp_path)
    with pytest.raises(ConfigError, match="unknown environment 'prod'"):
        project.environment("prod")


def test_dotenv_rejects_garbage(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("this is not an assignment\n")
    with pytest.raises(ConfigError, match="line 1"):
        read_dotenv(tmp_path / ".env")


def test_supabase_config_toml_gives_defaults(tmp_path: Path) -> None:
    (tmp_path / "supabase").mkdir()
    (tmp_path / "supabase" / "config.toml").write_text(
        '[api]\nschemas = ["public", "app", "graphql_public"]\n'
        '[db]\nmajor_version = 15\n[db.seed]\nsql_paths = ["./seed.sql", "./more/*.sql"]\n')
    project = _parse({"environments": {"dev": {"url": "local"}}}, tmp_path)
    assert project.schemas == ("public", "app")
    assert project.seed_files == (tmp_path / "supabase" / "seed.sql",)
    assert project.supabase and project.supabase_config is not None
    assert project.supabase_config.major_version == 15
    assert project.migrations_dir == tmp_path / "supabase" / "migrations"
    explicit = _parse({"project": {"schemas": ["public"]}}, tmp_path)
    assert explicit.schemas == ("public",)  # pgstrata.toml wins
