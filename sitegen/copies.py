"""The files a site copies as they are: theme and site static files, articles' pictures."""

from __future__ import annotations

import os
from pathlib import Path

from sitegen.config import Config
from sitegen.errors import Problem
from sitegen.ignore import is_ignored, link_problem
from sitegen.model import Article
from sitegen.themes import static_folders


def asset_copies(
    config: Config, articles: list[Article]
) -> tuple[list[tuple[str, Path]], list[Problem]]:
    """Theme static files under theme/, the site's static/ at the root, articles' files
    beside their pages; later entries win, so a site's file replaces a theme's. A link
    that leaves its folder's owner (the site, or a theme) is skipped and reported."""
    copies: list[tuple[str, Path]] = []
    problems: list[Problem] = []
    site = config.root.absolute()
    for folder in static_folders(config):  # a theme of the site's own: the site's rules
        owner = site if folder.absolute().is_relative_to(site) else folder
        copies += [("theme/" + rel, path) for rel, path in _files(folder, owner, problems)]
    copies += _files(config.root / "static", config.root, problems)
    for article in articles:
        url = article.url
        base = url if url.endswith("/") else url.rsplit("/", 1)[0] + "/" if "/" in url else ""
        for asset in article.assets:
            copies.append((base + asset.dest, config.content_path / asset.source))
    return copies, problems


def site_files(config: Config) -> dict[str, bytes]:
    """Files a site's settings write into the output: ``CNAME`` from ``cname``."""
    return {"CNAME": f"{config.cname}\n".encode()} if config.cname else {}


def _files(folder: Path, owner: Path, problems: list[Problem]) -> list[tuple[str, Path]]:
    """Every file below ``folder``; links are followed only while they stay in ``owner``."""
    if not folder.is_dir():
        return []
    owner = owner.resolve()
    if not _stays(folder, owner, problems):
        return []
    found = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not is_ignored(Path(d)))
        for name in dirnames:
            _stays(Path(dirpath) / name, owner, problems)  # reported; os.walk does not enter
        for name in sorted(filenames):
            path = Path(dirpath) / name
            rel = path.relative_to(folder)
            if not is_ignored(rel) and _stays(path, owner, problems) and path.is_file():
                found.append((rel.as_posix(), path))
    return found


def _stays(path: Path, owner: Path, problems: list[Problem]) -> bool:
    """False (and the problem reported) for a link that leads out of ``owner`` or nowhere."""
    problem = link_problem(path, owner) if path.is_symlink() else None
    if problem is not None:
        problems.append(problem)
    return problem is None
