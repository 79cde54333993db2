"""The site's settings, read from ``sitegen.toml``; every mistake names the key and the file."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sitegen.errors import ConfigError

CONFIG_NAME = "sitegen.toml"


@dataclass(frozen=True)
class Config:
    title: str = "My site"
    description: str = ""
    base_url: str = "/"
    author: str = ""
    language: str = "en"
    timezone: str = "UTC"
    per_page: int = 10
    permalink: str = "/{year}/{month}/{slug}/"
    theme: str = "default"
    output_dir: str = "public"
    content_dir: str = "content"
    feed_size: int = 20
    cname: str = ""
    root: Path = field(default=Path("."), compare=False)

    @property
    def content_path(self) -> Path:
        return self.root / self.content_dir

    @property
    def output_path(self) -> Path:
        return self.root / self.output_dir

    @cached_property
    def base_path(self) -> str:
        """The URL path the site lives under: "/" for a user site, "/repo/" for a project site."""
        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


_FIELDS = {f.name: f for f in fields(Config) if f.name != "root"}
_TYPES: dict[str, type] = {"per_page": int, "feed_size": int}


def check_values(values: dict[str, object], source: Path) -> dict[str, object]:
    """Reject unknown keys and wrong types, naming the key and the file."""
    for key, value in values.items():
        if key not in _FIELDS:
            known = ", ".join(sorted(_FIELDS))
            raise ConfigError(f"unknown key {key!r} (known keys: {known})", source)
        expected = _TYPES.get(key, str)
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ConfigError(
                f"key {key!r} must be {expected.__name__}, not {type(value).__name__}", source
            )
    if "per_page" in values and int(values["per_page"]) < 1:  # type: ignore[call-overload]
        raise ConfigError("key 'per_page' must be at least 1", source)
    if "timezone" in values:
        try:
            ZoneInfo(str(values["timezone"]))
        except (ZoneInfoNotFoundError, ValueError):
            zone = values["timezone"]
            raise ConfigError(f"key 'timezone': unknown time zone {zone!r}", source) from None
    if "permalink" in values and "{slug}" not in str(values["permalink"]):
        raise ConfigError("key 'permalink' must contain {slug}", source)
    return values


def load_config(path: Path | None = None, **overrides: object) -> Config:
    """Read ``sitegen.toml`` (or the given file); a missing default file means all defaults."""
    if path is None:
        path = Path(CONFIG_NAME)
        if not path.exists():
            return replace(Config(root=Path(".")), **check_values(_clean(overrides), path))
    try:
        with path.open("rb") as fh:
            values = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError("config file not found", path) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"invalid TOML: {err}", path) from None
    check_values(values, path)
    config = Config(root=path.parent, **values)  # type: ignore[arg-type]
    return replace(config, **check_values(_clean(overrides), path))


def _clean(overrides: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in overrides.items() if v is not None}
