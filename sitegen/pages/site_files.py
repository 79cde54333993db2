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


SITEMAP_URLS = 50_000  # the most one sitemap file may list (sitemaps.org)


def sitemap(site: Plan) -> None:
    """Every HTML page planned before it, with the article pages' last change (a
    standalone page's only when it says when: it has no date of its own). A site of more
    pages than one sitemap may list gets a sitemap index at the same address, naming
    numbered sitemaps of ``SITEMAP_URLS`` pages each, as search engines require."""
    entries = [SitemapEntry(p.url, _lastmod(p)) for p in site.pages
               if p.output_path.endswith(".html") and p.kind != "404"]
    if len(entries) <= SITEMAP_URLS:
        site.pages.append(Page(routes.SITEMAP, "sitemap.xml", "", "sitemap", [],
                               {"entries": entries}))  # fmt: skip
        return
    parts = [entries[start : start + SITEMAP_URLS]
             for start in range(0, len(entries), SITEMAP_URLS)]  # fmt: skip
    urls = [routes.sitemap_part(n) for n in range(1, len(parts) + 1)]
    site.pages.append(Page(routes.SITEMAP, "sitemap_index.xml", "", "sitemap", [],
                           {"sitemaps": urls}))  # fmt: skip
    for url, part in zip(urls, parts, strict=True):
        site.pages.append(Page(url, "sitemap.xml", "", "sitemap", [], {"entries": part}))


def _lastmod(page: Page) -> str | None:
    if page.kind == "article":
        return page.articles[0].feed_updated
    if page.kind == "standalone" and page.articles[0].updated is not None:
        return page.articles[0].updated.isoformat()
    return None


def robots(site: Plan) -> None:
    site.pages.append(Page(routes.ROBOTS, "robots.txt", "", "robots", []))
