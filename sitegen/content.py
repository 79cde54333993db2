"""Find the articles in a content folder and the defaults each folder gives them."""

from __future__ import annotations

import hashlib
import os
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitegen.errors import Problem, SitegenError
from sitegen.ignore import is_ignored_name, link_problem
from sitegen.readers.kinds import MODULES, suffix

DEFAULTS_NAME = "_defaults.toml"
MAX_BYTES = 50 * 1024 * 1024  # an article file larger than this is not an article
DEFAULT_KEYS = {"author", "authors", "tags", "timezone", "lang", "language", "site_name", "draft"}


@dataclass
class ContentTree:
    """Article files (relative to the content folder) with the defaults that apply to each."""

    articles: list[tuple[Path, dict[str, Any]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    folders: dict[Path, dict[str, Any]] = field(default_factory=dict)  # every folder's defaults
    stamps: dict[Path, tuple[int, int]] = field(default_factory=dict)  # article -> mtime, size


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


def scan(content_root: Path, site_root: Path | None = None) -> ContentTree:
    """Walk the folder in a fixed order, so every build sees the same list. Links that
    leave the site folder are skipped and reported, like anything that is not a regular
    file (a FIFO would hang the build, a link loop has no end)."""
    tree = ContentTree()
    inherited: dict[Path, dict[str, Any]] = {}
    outside = (site_root or content_root).resolve()

    def walk(folder: Path, rel_dir: Path) -> None:
        try:
            with os.scandir(folder) as found:
                entries = sorted(found, key=lambda e: e.name)
        except OSError as err:
            tree.problems.append(Problem("error", f"cannot read folder: {err.strerror}", folder))
            return
        defaults = dict(inherited.get(rel_dir.parent, {})) if rel_dir != Path(".") else {}
        if any(e.name == DEFAULTS_NAME for e in entries):
            try:
                defaults.update(read_defaults(folder / DEFAULTS_NAME))
            except SitegenError as err:
                tree.problems.append(Problem.from_error(err))
        inherited[rel_dir] = defaults
        tree.folders[rel_dir] = defaults
        subfolders = []
        top = rel_dir == Path(".")
        for entry in entries:
            if is_ignored_name(entry.name) or entry.name == DEFAULTS_NAME:
                continue
            name = entry.name
            if entry.is_symlink():
                path = Path(entry.path)
                problem = link_problem(path, outside)
                if problem is not None:
                    tree.problems.append(problem)
                    continue
                if entry.is_dir():
                    continue  # linked folders are not walked (a loop would never end)
            if entry.is_dir(follow_symlinks=False):
                subfolders.append(entry)
            elif suffix(name) in MODULES:  # a file some reader reads
                try:
                    st = entry.stat()
                except OSError as err:
                    tree.problems.append(Problem("error", f"cannot read: {err.strerror}",
                                                 Path(entry.path)))  # fmt: skip
                    continue
                if not stat.S_ISREG(st.st_mode):
                    tree.problems.append(Problem("error", "not a regular file (a FIFO, "
                                                 "socket or device): skipped",
                                                 Path(entry.path)))  # fmt: skip
                    continue
                if st.st_size > MAX_BYTES:
                    tree.problems.append(Problem("error", f"{st.st_size:,} bytes: "
                                                 f"larger than any article ({MAX_BYTES:,} at "
                                                 "most); skipped", Path(entry.path)))  # fmt: skip
                    continue
                rel = Path(name) if top else rel_dir / name
                tree.articles.append((rel, defaults))
                tree.stamps[rel] = (st.st_mtime_ns, st.st_size)
        for entry in subfolders:  # folders below, once this folder's files are listed
            walk(Path(entry.path), rel_dir / entry.name)

    walk(content_root, Path("."))
    return tree
