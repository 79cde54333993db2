"""Site-relative URLs made into links that work at the root and under a project sub-path."""

from __future__ import annotations

from urllib.parse import urlsplit

from sitegen.config import Config
from sitegen.routes import quoted


def link(config: Config, url: str) -> str:
    """An absolute-path link: "tag/syria/" -> "/repo/tag/syria/" for a project site."""
    return config.base_path + quoted(url.lstrip("/"))


def absolute(config: Config, url: str) -> str:
    """A full URL when base_url names a host (feeds, canonical, sitemap); else the path."""
    parts = urlsplit(config.base_url)
    if parts.scheme and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}{link(config, url)}"
    return link(config, url)


def feed_id(config: Config, url: str) -> str:
    """Atom ids must be absolute IRIs; without a host, a tag URI made from the path."""
    full = absolute(config, url)
    return full if "://" in full else f"tag:sitegen.invalid,2000:{full}"
