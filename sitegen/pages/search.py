"""The search page: Pagefind's interface over the index ``sitegen.search`` makes."""

from __future__ import annotations

from sitegen import routes
from sitegen.model import Page
from sitegen.pages.plan import Plan


def add(site: Plan) -> None:
    if site.config.search:
        site.pages.append(Page(routes.SEARCH, "search.html", "Search", "search", []))
