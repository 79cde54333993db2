"""The pages every site has: the not-found page, the sitemap of every HTML page, robots.txt."""

from __future__ import annotations

from typing import NamedTuple

from sitegen import routes
from sitegen.model import Page
from sitegen.pages.plan import Plan


class SitemapEntry(NamedTuple):  # one a page: a tuple is made and hashed in C
    url: str
    lastmod: str | None


def not_found(site: Plan) -> None:
    site.pages.append(Page(routes.NOT_FOUND, "404.html", "Page not found", "404", []))


def sitemap(site: Plan) -> None:
    """Every HTML page planned before it, with the article pages' last change (a
    standalone page's only when it says when: it has no date of its own)."""
    entries = [SitemapEntry(p.url, _lastmod(p)) for p in site.pages
               if p.output_path.endswith(".html") and p.kind != "404"]
    site.pages.append(Page(routes.SITEMAP, "sitemap.xml", "", "sitemap", [],
                           {"entries": entries}))  # fmt: skip


def _lastmod(page: Page) -> str | None:
    if page.kind == "article":
        return page.articles[0].feed_updated
    if page.kind == "standalone" and page.articles[0].updated is not None:
        return page.articles[0].updated.isoformat()
    return None


def robots(site: Plan) -> None:
    site.pages.append(Page(routes.ROBOTS, "robots.txt", "", "robots", []))
