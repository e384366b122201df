"""Configuration: ``[tool.corslint]`` in pyproject.toml, or corslint.toml (SPEC §6).

The file nearest to the linted paths wins (searching upwards from the first
path); command-line options override it. Unknown keys are errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

from corslint.record import Value, field, replace

TYPE_CHECKING = False  # typing itself is not imported: a cache hit should import little
if TYPE_CHECKING:
    from typing import Any

SEVERITIES = ("error", "warning", "info")
FAIL_ON = (*SEVERITIES, "never")
CONFIG_FILES = ("corslint.toml", ".corslint.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration file or option that cannot be used."""


class Config(Value):
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "warning"
    exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    frontend_origins: tuple[str, ...] = ()
    allow_wildcard: bool = False
    browser: bool = False
    simple_post: bool = False
    terraform_var_files: tuple[str, ...] = ()
    terraform_vars: tuple[tuple[str, str], ...] = ()
    serverless_stage: str | None = None
    serverless_params: tuple[tuple[str, str], ...] = ()
    source: str | None = None  # the file this came from
    base_dir: Path = field(default_factory=Path.cwd)


def _strings(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(item.strip() for item in value.split(",") if item.strip())
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise ConfigError(f"'{key}' must be a list of strings")


def _bool(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"'{key}' must be true or false")
    return value


def _string_map(key: str, value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"'{key}' must be a table")
    return tuple((str(k), str(v)) for k, v in value.items())


def _fail_on(key: str, value: Any) -> str:
    if value not in FAIL_ON:
        raise ConfigError(f"'{key}' must be one of {', '.join(FAIL_ON)}")
    return str(value)


def _per_file_ignores(key: str, value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"'{key}' must be a table of glob = [rule IDs]")
    return tuple((str(glob), _strings(f"{key}.{glob}", ids)) for glob, ids in value.items())


# key in the file → (field, parser)
_TOP_LEVEL = {
    "select": ("select", _strings),
    "ignore": ("ignore", _strings),
    "fail-on": ("fail_on", _fail_on),
    "exclude": ("exclude", _strings),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
    "frontend-origins": ("frontend_origins", _strings),
    "allow-wildcard": ("allow_wildcard", _bool),
    "browser": ("browser", _bool),
    "simple-post": ("simple_post", _bool),
}
_SECTIONS = {
    "terraform": {
        "var-files": ("terraform_var_files", _strings),
        "vars": ("terraform_vars", _string_map),
    },
    "serverless": {
        "stage": ("serverless_stage", lambda key, v: str(v)),
        "params": ("serverless_params", _string_map),
    },
}


def parse_table(table: dict[str, Any], source: str, base_dir: Path) -> Config:
    """Turn a ``[tool.corslint]`` table into a Config; unknown keys are errors."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key in _TOP_LEVEL:
            name, parse = _TOP_LEVEL[key]
            values[name] = parse(key, value)
        elif key in _SECTIONS and isinstance(value, dict):
            for sub_key, sub_value in value.items():
                if sub_key not in _SECTIONS[key]:
                    raise ConfigError(f"{source}: unknown key '{key}.{sub_key}'")
                name, parse = _SECTIONS[key][sub_key]
                values[name] = parse(f"{key}.{sub_key}", sub_value)
        else:
            known = ", ".join([*_TOP_LEVEL, *_SECTIONS])
            raise ConfigError(f"{source}: unknown key '{key}' (known keys: {known})")
    return Config(**values, source=source, base_dir=base_dir)


def find_config_file(start: Path) -> Path | None:
    """The nearest corslint.toml, .corslint.toml or pyproject.toml with [tool.corslint]."""
    directory = start if start.is_dir() else start.parent
    for folder in [directory, *directory.parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml" or b"[tool.corslint" in candidate.read_bytes():
                return candidate
    return None


def load_config(path: Path | None, start: Path) -> Config:
    """Read the config file given, else the one nearest to ``start``; defaults if none."""
    file = path or find_config_file(start.resolve())
    if file is None:
        return Config()
    if sys.version_info >= (3, 11):  # imported here: most runs have no config file
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read config: {exc}") from exc
    if file.name == "pyproject.toml":
        table = data.get("tool", {}).get("corslint", {})
    else:
        table = data.get("tool", {}).get("corslint", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{file}: [tool.corslint] must be a table")
    return parse_table(table, str(file), file.parent.resolve())


def with_overrides(config: Config, **overrides: Any) -> Config:
    """The config with command-line values that were given (None and () are 'not given')."""
    given = {k: v for k, v in overrides.items() if v not in (None, ())}
    return replace(config, **given)
