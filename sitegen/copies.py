"""The files a site copies as they are: theme and site static files, articles' pictures."""

from __future__ import annotations

import os
from pathlib import Path

from sitegen.config import Config
from sitegen.ignore import is_ignored
from sitegen.model import Article
from sitegen.render import static_folders


def asset_copies(config: Config, articles: list[Article]) -> list[tuple[str, Path]]:
    """Theme static files under theme/, the site's static/ at the root, articles' files
    beside their pages; later entries win, so a site's file replaces a theme's."""
    copies: list[tuple[str, Path]] = []
    for folder in static_folders(config):
        copies += [("theme/" + rel, path) for rel, path in _files(folder)]
    copies += _files(config.root / "static")
    for article in articles:
        url = article.url
        base = url if url.endswith("/") else url.rsplit("/", 1)[0] + "/" if "/" in url else ""
        for asset in article.assets:
            copies.append((base + asset.dest, config.content_path / asset.source))
    return copies


def _files(folder: Path) -> list[tuple[str, Path]]:
    if not folder.is_dir():
        return []
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not is_ignored(Path(d)))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            rel = path.relative_to(folder)
            if not is_ignored(rel):
                found.append((rel.as_posix(), path))
    return found
