"""Where the site's own pages live: the URL scheme in one place. Pages are planned at
these URLs and templates link to them through it (``urls.tag(t.slug)``)."""

from __future__ import annotations

import re
from urllib.parse import quote

HOME = ""
TAGS = "tags/"
SECTIONS = "sections/"
AUTHORS = "authors/"
ARCHIVES = "archives/"
FEED = "feed.xml"
JSON_FEED = "feed.json"
SITEMAP = "sitemap.xml"
ROBOTS = "robots.txt"
NOT_FOUND = "404.html"
THEME = "theme/"  # the theme's static files
SEARCH = "search/"  # the search page
SEARCH_BUNDLE = "pagefind/"  # the search index and its script (Pagefind's)


def tag(slug: str) -> str:
    return f"tag/{slug}/"


def tag_feed(slug: str) -> str:
    return f"{tag(slug)}feed.xml"


def section(slug: str) -> str:
    return f"section/{slug}/"


def author(slug: str) -> str:
    return f"author/{slug}/"


def year(number: int) -> str:
    return f"{number:04d}/"


def month(year_number: int, number: int) -> str:
    return f"{year_number:04d}/{number:02d}/"


def sitemap_part(number: int) -> str:
    """One of the numbered sitemaps a sitemap index names, on a site of many pages."""
    return f"sitemap-{number}.xml"


def page(first: str, number: int) -> str:
    """Page ``number`` of a list whose first page is at ``first``."""
    return first if number == 1 else f"{first}page/{number}/"


# first URL segments of the site's own pages: an article there would take their place
RESERVED = frozenset({*(u.split("/")[0] for u in (TAGS, SECTIONS, AUTHORS, ARCHIVES, FEED,
                                                  JSON_FEED, SITEMAP, ROBOTS, NOT_FOUND, THEME,
                                                  SEARCH, SEARCH_BUNDLE)),
                      tag("x").split("/")[0], section("x").split("/")[0],
                      author("x").split("/")[0], page("", 2).split("/")[0],
                      "index.html", "CNAME", ".nojekyll"})  # fmt: skip


_LINK_SAFE = re.compile(r"[A-Za-z0-9_.~/#?=&%-]*")  # what quoting a link leaves as it is


def quoted(url: str) -> str:
    """A site-relative URL %-quoted as a link needs it ("été/" -> "%C3%A9t%C3%A9/"); most
    are plain already, and a pattern says so at a fraction of ``quote``'s cost."""
    return url if _LINK_SAFE.fullmatch(url) else quote(url, safe="/#?=&%")
