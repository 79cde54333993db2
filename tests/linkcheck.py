"""Walk a built site and resolve every internal href/src to a file, as a static server would."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def resolve(out: Path, base_path: str, url: str) -> Path | None:
    """The file a static server rooted at ``out`` and mounted at ``base_path`` would send."""
    path = unquote(urlsplit(url).path)
    if not path.startswith(base_path):
        return None
    target = out / path[len(base_path) :]
    if path.endswith("/"):
        target = target / "index.html"
    return target if target.is_file() else None


def broken_links(out: Path, base_path: str = "/") -> list[str]:
    """Every link on every HTML page that does not reach a file, as "page -> link"."""
    broken = []
    for page in sorted(out.rglob("*.html")):
        rel = page.relative_to(out).as_posix()
        page_url = base_path + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith("#"):
                continue
            if resolve(out, base_path, urljoin(page_url, link)) is None:
                broken.append(f"{rel} -> {link}")
    return broken
