"""Find the articles in a content folder and the defaults each folder gives them."""

from __future__ import annotations

import hashlib
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitegen.errors import Problem, SitegenError
from sitegen.ignore import is_ignored_name
from sitegen.readers import reader_for

DEFAULTS_NAME = "_defaults.toml"
DEFAULT_KEYS = {"author", "authors", "tags", "timezone", "lang", "language", "site_name", "draft"}


@dataclass
class ContentTree:
    """Article files (relative to the content folder) with the defaults that apply to each."""

    articles: list[tuple[Path, dict[str, Any]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    folders: dict[Path, dict[str, Any]] = field(default_factory=dict)  # every folder's defaults


def source_hash(path: Path, data: bytes | None = None) -> bytes:
    """What the build cache keys a file's article by: a file touched, checked out again or
    copied with new times but the same bytes is not read again. ``data``: its bytes,
    if already read."""
    if data is None:
        data = path.read_bytes()
    return hashlib.blake2b(data, digest_size=16).digest()


def read_defaults(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            values = tomllib.load(fh)
    except tomllib.TOMLDecodeError as err:
        raise SitegenError(f"invalid TOML: {err}", path, getattr(err, "lineno", None)) from None
    for key in values:
        if key not in DEFAULT_KEYS:
            known = ", ".join(sorted(DEFAULT_KEYS))
            raise SitegenError(f"unknown key {key!r} (known keys: {known})", path)
    return values


def scan(content_root: Path) -> ContentTree:
    """Walk the folder in a fixed order, so every build sees the same list."""
    tree = ContentTree()
    inherited: dict[Path, dict[str, Any]] = {}
    for dirpath, dirnames, filenames in os.walk(content_root):
        folder = Path(dirpath)
        rel_dir = folder.relative_to(content_root)
        dirnames[:] = sorted(d for d in dirnames if not is_ignored_name(d))
        defaults = dict(inherited.get(rel_dir.parent, {})) if rel_dir != Path(".") else {}
        if DEFAULTS_NAME in filenames:
            try:
                defaults.update(read_defaults(folder / DEFAULTS_NAME))
            except SitegenError as err:
                tree.problems.append(Problem.from_error(err))
        inherited[rel_dir] = defaults
        tree.folders[rel_dir] = defaults
        for name in sorted(filenames):  # folders above were checked on the way down
            if name != DEFAULTS_NAME and not is_ignored_name(name) and reader_for(Path(name)):
                tree.articles.append((rel_dir / name, defaults))
    return tree
