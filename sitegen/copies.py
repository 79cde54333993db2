"""The files a site copies as they are: theme and site static files, articles' pictures."""

from __future__ import annotations

import hashlib
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
    pictures = config.cache_path / "pictures"
    made: set[Path] = set()
    for article in articles:
        url = article.url
        base = url if url.endswith("/") else url.rsplit("/", 1)[0] + "/" if "/" in url else ""
        for asset in article.assets:
            source = config.content_path / asset.source
            if asset.width:
                try:
                    source = resized(source, asset.width, pictures)
                except (OSError, ValueError) as err:
                    problems.append(Problem("error", f"cannot make a {asset.width} px copy of "
                                            f"this picture: {err}", source))  # fmt: skip
                    continue
                made.add(source)
            copies.append((base + asset.dest, source))
    if pictures.is_dir():  # copies no article uses any more: sitegen's own, so removed
        for stale in set(pictures.iterdir()) - made:
            stale.unlink(missing_ok=True)
    return copies, problems


def resized(source: Path, width: int, folder: Path) -> Path:
    """A copy of a picture ``width`` pixels wide, kept in the build cache under a name
    made from the picture's path, time and size: made once, again only when it changes.
    Written without the original's metadata (camera, place)."""
    from PIL import Image, ImageOps

    st = source.stat()
    key = f"{source.resolve()}|{st.st_mtime_ns}|{st.st_size}|{width}".encode()
    out = folder / f"{hashlib.blake2b(key, digest_size=10).hexdigest()}{source.suffix.lower()}"
    if out.exists():
        return out
    folder.mkdir(parents=True, exist_ok=True)
    with Image.open(source) as original:
        picture = ImageOps.exif_transpose(original)
        height = max(1, round(picture.height * width / picture.width))
        small = picture.resize((width, height), Image.Resampling.LANCZOS)
    kind = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP"}[out.suffix]
    if kind == "JPEG" and small.mode not in ("RGB", "L"):
        small = small.convert("RGB")
    temp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    small.save(temp, kind, **({"quality": 82, "optimize": True} if kind != "PNG" else
                              {"optimize": True}))  # fmt: skip
    os.replace(temp, out)
    return out


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
