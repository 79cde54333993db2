"""The site's settings, read from ``sitegen.toml``; every mistake names the key and the file."""

from __future__ import annotations

import os
import re
import string
import tomllib
import typing
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sitegen.errors import ConfigError
from sitegen.routes import RESERVED

CONFIG_NAME = "sitegen.toml"
CACHE_DIR = ".sitegen-cache"
PERMALINK_FIELDS = ("year", "month", "day", "slug", "section")
# page kinds a site may go without (``disable_kinds``): the pages and every link to them
OPTIONAL_KINDS = ("archives", "authors", "related")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class MenuItem:
    """One entry of the site's menu (``[[menu]]`` in sitegen.toml): a content file (``page``,
    e.g. "pages/about.md"), a section folder (``section``) or an address (``url``: "/tags/",
    "https://..."); ``name`` defaults to the page's title or the section's name."""

    name: str = ""
    page: str = ""
    section: str = ""
    url: str = ""


MENU_KEYS = tuple(f.name for f in fields(MenuItem))


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
    keep: tuple[str, ...] = ()  # output entries a build never replaces (besides .git)
    unsafe_html: bool = False  # raw HTML in your own Markdown is passed through
    future: bool = False  # publish articles dated in the future
    max_tags: int = 30  # tags kept per article; the rest are dropped with a warning
    search: bool = True  # full-text search (Pagefind): a box on every page, an index per build
    auto_tags: int = 4  # tags proposed for an article that has none (false or 0: none)
    disable_kinds: tuple[str, ...] = ()  # OPTIONAL_KINDS not built (Hugo's disableKinds)
    menu: tuple[MenuItem, ...] = ()  # none: the sections, the standalone pages, Tags, Archives
    root: Path = field(default=Path("."), compare=False)

    # cached: a build asks for these tens of thousands of times, and each join is a new Path
    @cached_property
    def content_path(self) -> Path:
        return self.root / self.content_dir

    @cached_property
    def output_path(self) -> Path:
        return self.root / self.output_dir

    @cached_property
    def cache_path(self) -> Path:
        return self.root / CACHE_DIR

    @cached_property
    def base_path(self) -> str:
        """The URL path the site lives under: "/" for a user site, "/repo/" for a project site."""
        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"

    @property
    def absolute_urls(self) -> bool:
        """Whether feeds, sitemap and canonical links can be absolute (base_url has a host)."""
        return bool(urlsplit(self.base_url).netloc)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def protected_folders(self) -> dict[str, Path]:
        """Folders of the user's own files, which an output folder must stay clear of."""
        return {"content folder": self.content_path, "templates folder": self.root / "templates",
                "themes folder": self.root / "themes", "static folder": self.root / "static",
                "build cache": self.cache_path}  # fmt: skip


_FIELDS = {f.name: f for f in fields(Config) if f.name != "root"}
_TYPES = {name: hint for name, hint in typing.get_type_hints(Config).items() if name in _FIELDS}


def _type_error(key: str, value: object) -> str | None:
    hint = _TYPES[key]
    if hint is bool:
        ok, wanted = isinstance(value, bool), "true or false"
    elif hint is int:
        ok, wanted = isinstance(value, int) and not isinstance(value, bool), "a whole number"
    elif hint is str:
        ok, wanted = isinstance(value, str), "a string"
    elif key == "menu":
        ok, wanted = isinstance(value, list) and all(isinstance(v, dict) for v in value), (
            "a list of [[menu]] tables")
    else:  # tuple[str, ...]
        ok = isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)
        wanted = "a list of strings"
    return None if ok else f"key {key!r} must be {wanted}, not {type(value).__name__}"


def check_values(values: dict[str, object], source: Path) -> dict[str, object]:
    """Reject unknown keys, wrong types and impossible values, naming the key and the file."""
    if isinstance(values.get("auto_tags"), bool):  # auto_tags = false | true | N
        values = {**values, "auto_tags": 4 if values["auto_tags"] else 0}
    for key, value in values.items():
        if key not in _FIELDS:
            known = ", ".join(sorted(_FIELDS))
            raise ConfigError(f"unknown key {key!r} (known keys: {known})", source)
        problem = _type_error(key, value)
        if problem:
            raise ConfigError(problem, source)
    if int(values.get("auto_tags", 0)) < 0:  # type: ignore[call-overload]
        raise ConfigError("key 'auto_tags' must be false, true or a number of tags", source)
    for key in ("per_page", "max_tags"):
        if key in values and int(values[key]) < 1:  # type: ignore[call-overload]
            raise ConfigError(f"key {key!r} must be at least 1", source)
    if "timezone" in values:
        try:
            ZoneInfo(str(values["timezone"]))
        except (ZoneInfoNotFoundError, ValueError):
            zone = values["timezone"]
            raise ConfigError(f"key 'timezone': unknown time zone {zone!r}", source) from None
    if "permalink" in values:
        check_permalink(str(values["permalink"]), source)
    for entry in values.get("keep", ()):  # type: ignore[attr-defined]
        parts = str(entry).replace("\\", "/").strip("/").split("/")
        if not entry or str(entry).startswith("/") or any(p in ("", ".", "..") for p in parts):
            raise ConfigError(f"key 'keep': {entry!r} must name something inside the output "
                              "folder, such as 'keybase.txt' or '.well-known'", source)  # fmt: skip
    for kind in values.get("disable_kinds", ()):  # type: ignore[attr-defined]
        if kind not in OPTIONAL_KINDS:
            raise ConfigError(f"key 'disable_kinds': {kind!r} is not a page kind that can be "
                              f"left out (those are: {', '.join(OPTIONAL_KINDS)})", source)
    if "base_url" in values:
        check_base_url(str(values["base_url"]), source)
    if "language" in values and not _LANGUAGE.match(str(values["language"])):
        raise ConfigError(f"key 'language' must be a language code such as 'en' or 'pt-BR', "
                          f"not {values['language']!r}", source)  # fmt: skip
    checked = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    if "menu" in values:
        checked["menu"] = tuple(menu_item(item, n, source)
                                for n, item in enumerate(values["menu"], 1))  # type: ignore[arg-type]
    return checked


def menu_item(item: dict[str, object], n: int, source: Path) -> MenuItem:
    where = f"menu entry {n}"
    for key, value in item.items():
        if key not in MENU_KEYS:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(MENU_KEYS)})",
                              source)  # fmt: skip
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{where}: {key!r} must be a non-empty string", source)
    targets = [k for k in ("page", "section", "url") if k in item]
    if len(targets) != 1:
        raise ConfigError(f"{where} needs exactly one of 'page', 'section' or 'url'", source)
    if targets == ["url"] and "name" not in item:
        raise ConfigError(f"{where}: a 'url' entry needs a 'name'", source)
    if targets == ["url"]:
        check_menu_url(str(item["url"]), where, source)
    return MenuItem(**{k: str(v).strip() for k, v in item.items()})  # type: ignore[arg-type]


def check_menu_url(url: str, where: str, source: Path) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("", "http", "https", "mailto") or (not parts.scheme and
                                                               not url.startswith("/")):
        raise ConfigError(f"{where}: 'url' must be a path on this site such as '/tags/' or an "
                          f"http(s) or mailto address, not {url!r}", source)  # fmt: skip


def check_permalink(pattern: str, source: Path) -> None:
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None]
    except ValueError as err:
        raise ConfigError(f"key 'permalink': {err}", source) from None
    unknown = [n for n in names if n not in PERMALINK_FIELDS]
    if unknown:
        known = ", ".join("{" + n + "}" for n in PERMALINK_FIELDS)
        raise ConfigError(f"key 'permalink': unknown placeholder {{{unknown[0]}}} "
                          f"(known: {known})", source)  # fmt: skip
    if "slug" not in names:
        raise ConfigError("key 'permalink' must contain {slug}", source)
    if any(part in (".", "..") for part in pattern.split("/")) or "\\" in pattern:
        raise ConfigError("key 'permalink' must not contain '.', '..' or '\\' segments: "
                          "every page stays inside the output folder", source)  # fmt: skip
    first = pattern.strip("/").split("/", 1)[0]
    if first in RESERVED:
        raise ConfigError(f"key 'permalink': URLs under /{first}/ belong to the site's own "
                          "pages; start it with another word or a placeholder", source)  # fmt: skip


def check_base_url(url: str, source: Path) -> None:
    parts = urlsplit(url)
    absolute = parts.scheme in ("http", "https") and parts.netloc
    if not (absolute or (not parts.scheme and not parts.netloc and url.startswith("/"))):
        raise ConfigError(f"key 'base_url' must be a full address such as "
                          f"'https://you.github.io/repo/' or a path starting with '/', "
                          f"not {url!r}", source)  # fmt: skip


def _related(a: Path, b: Path) -> str | None:
    if a == b:
        return "is"
    if b.is_relative_to(a):
        return "contains"
    if a.is_relative_to(b):
        return "is inside"
    return None


def check_output_folder(out: Path, root: Path, protected: dict[str, Path]) -> None:
    """Refuse an output folder that is, holds or lies in a folder the user keeps their own
    files in (the site folder itself may hold it, as ``public/``), or that holds the site
    folder or the home folder."""
    out, root = out.resolve(), root.resolve()
    hint = "choose another output_dir in sitegen.toml (or --output)"
    if out == root or root.is_relative_to(out):
        relation = _related(out, root)
        raise ConfigError(f"output folder {out} {relation} the site's own folder; {hint}")
    home = Path.home().resolve() if "HOME" in os.environ else None
    if home is not None and (out == home or home.is_relative_to(out)):
        raise ConfigError(f"output folder {out} {_related(out, home)} your home folder; {hint}")
    for name, folder in protected.items():
        relation = _related(out, folder.resolve())
        if relation:
            raise ConfigError(f"output folder {out} {relation} the {name} ({folder}); {hint}")


def load_config(path: Path | None = None, **overrides: object) -> Config:
    """Read ``sitegen.toml`` (or the given file); a missing file is an error that says how
    to start a site."""
    if path is None:
        path = Path(CONFIG_NAME)
    try:
        with path.open("rb") as fh:
            values = tomllib.load(fh)
    except FileNotFoundError:
        where = path.absolute().parent
        raise ConfigError(f"no {path.name} in {where}: run 'sitegen init' to start a site "
                          "here, or pass --config", path) from None  # fmt: skip
    except IsADirectoryError:
        raise ConfigError("is a folder, not a config file", path) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"invalid TOML: {err}", path) from None
    config = Config(root=path.parent, **check_values(values, path))  # type: ignore[arg-type]
    config = replace(config, **check_values(_clean(overrides), path))
    check_output_folder(config.output_path, config.root, config.protected_folders())
    return config


def _clean(overrides: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in overrides.items() if v is not None}
