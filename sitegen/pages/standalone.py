"""Standalone pages (About, Contact, Colophon): at ``/<slug>/``, in the menu, never in a
list, a feed or an archive."""

from __future__ import annotations

from sitegen.model import Page
from sitegen.pages.plan import Plan


def add(site: Plan) -> None:
    for article in site.standalone:
        site.pages.append(Page(article.url, "page.html", article.title, "standalone", [article],
                               {"article": article}))  # fmt: skip
