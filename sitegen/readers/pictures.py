"""Pictures in an article's HTML, as a browser wants them: each local picture with its
width and height (no layout shift), those below the first loaded lazily, a raster
picture with smaller copies in ``srcset`` for narrow screens, and a picture alone in
its paragraph with a title (``![alt](p.jpg "Caption")``) as a figure with its caption.
Done on the rendered HTML, as headings are, so either Markdown engine gives the same page.
"""

from __future__ import annotations

import html
import re
from pathlib import Path, PurePosixPath

from sitegen.model import Asset

WIDTHS = (480, 960, 1600)  # the smaller copies, in pixels, of a wider raster picture
SIZES = "(min-width: 40rem) 37.5rem, calc(100vw - 2.5rem)"  # the theme's column
RASTER = {".jpg", ".jpeg", ".png", ".webp"}
_IMG = re.compile(r"<img\s([^>]*?)\s*/?>")
_ATTR = re.compile(r'([\w-]+)="([^"]*)"')
_ALONE = re.compile(r"<p>(<img\s[^>]*>)</p>")
_SVG_SIZE = re.compile(r"<svg\b[^>]*>", re.S)
_NUMBER = re.compile(r"^\s*([\d.]+)\s*(px)?\s*$")


def picture_size(path: Path) -> tuple[int, int] | None:
    """(width, height) in pixels, read from the file's header; None when unknown."""
    if path.suffix.lower() == ".svg":
        return _svg_size(path)
    try:
        from PIL import Image, UnidentifiedImageError

        with Image.open(path) as picture:
            width, height = picture.size
            turned = picture.getexif().get(0x0112) in (5, 6, 7, 8)  # shown a quarter turned
            return (height, width) if turned else (width, height)
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None


def _svg_size(path: Path) -> tuple[int, int] | None:
    """An SVG's width and height attributes, else its viewBox: read as text, never parsed
    as XML (a hostile file cannot make it fetch or expand anything)."""
    try:
        head = path.read_bytes()[:4096].decode("utf-8", "replace")
    except OSError:
        return None
    tag = _SVG_SIZE.search(head)
    if tag is None:
        return None
    attrs = dict(_ATTR.findall(tag.group()))
    width, height = _NUMBER.match(attrs.get("width", "")), _NUMBER.match(attrs.get("height", ""))
    if width and height:
        return round(float(width.group(1))), round(float(height.group(1)))
    box = attrs.get("viewBox", "").replace(",", " ").split()
    try:
        return (round(float(box[2])), round(float(box[3]))) if len(box) == 4 else None
    except ValueError:
        return None


def variant_name(dest: str, width: int) -> str:
    """ "photos/river.jpg" -> "photos/river-480w.jpg"."""
    path = PurePosixPath(dest)
    return str(path.with_name(f"{path.stem}-{width}w{path.suffix}"))


def place_pictures(rendered: str, assets: tuple[Asset, ...],
                   content_root: Path) -> tuple[str, tuple[Asset, ...]]:  # fmt: skip
    """The HTML with every picture sized, lazy below the first and given a ``srcset``
    where smaller copies help; and the assets with those copies added."""
    by_dest = {a.dest: a for a in assets if not a.width}
    extra: dict[str, Asset] = {}
    seen = 0

    def picture(match: re.Match[str]) -> str:
        nonlocal seen
        attrs = dict(_ATTR.findall(match.group(1)))
        seen += 1
        asset = by_dest.get(html.unescape(attrs.get("src", "")))
        size = picture_size(content_root / asset.source) if asset else None
        if size is not None:
            attrs["width"], attrs["height"] = str(size[0]), str(size[1])
            if asset is not None and asset.source.suffix.lower() in RASTER:
                smaller = [w for w in WIDTHS if w < size[0]]
                for w in smaller:
                    name = variant_name(asset.dest, w)
                    extra[name] = Asset(asset.source, name, w)
                if smaller:
                    attrs["srcset"] = ", ".join(
                        [f"{html.escape(variant_name(attrs['src'], w))} {w}w" for w in smaller]
                        + [f"{attrs['src']} {size[0]}w"])  # fmt: skip
                    attrs["sizes"] = SIZES
        if seen > 1:
            attrs["loading"] = "lazy"
        attrs["decoding"] = "async"
        return "<img " + " ".join(f'{k}="{v}"' for k, v in attrs.items()) + ">"

    sized = _IMG.sub(picture, rendered)
    return _ALONE.sub(_figure, sized), tuple(sorted({*assets, *extra.values()},
                                                    key=lambda a: a.dest))  # fmt: skip


def _figure(match: re.Match[str]) -> str:
    """A picture alone in its paragraph, with a title: a figure, the title its caption."""
    tag = match.group(1)
    title = dict(_ATTR.findall(tag)).get("title")
    if not title:
        return match.group()
    tag = re.sub(r'\stitle="[^"]*"', "", tag, count=1)
    return f"<figure>{tag}<figcaption>{title}</figcaption></figure>"
