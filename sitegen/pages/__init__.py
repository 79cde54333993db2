"""Plan every page of the site: a table of page kinds, each a small module that adds its
pages to the plan, in order. A new kind is a module, a template and a test.

Each ``Page`` records the articles it shows, so a changed article maps to the pages that
must be rendered again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitegen.config import Config
from sitegen.errors import Problem
from sitegen.model import Article, Page
from sitegen.pages import (
    aliases,
    archives,
    articles,
    feeds,
    home,
    menu,
    related,
    search,
    site_files,
    standalone,
    terms,
)
from sitegen.pages.plan import Plan, dedupe, prepare

Kind = Callable[[Plan], None]

KINDS: tuple[Kind, ...] = (
    articles.add,
    related.add,  # reads the article pages; scored in other processes while the rest is planned
    standalone.add,
    home.add,
    terms.tags,
    terms.sections,
    terms.authors,
    archives.add,
    feeds.add,
    menu.add,  # links to the sections and standalone pages planned before it
    search.add,
    site_files.not_found,
    site_files.sitemap,  # lists the HTML pages planned before it
    site_files.robots,
    aliases.add,  # last: the site's own pages keep their URLs
)
# the kinds a site may leave out (``disable_kinds`` in sitegen.toml)
OPTIONAL: dict[str, Kind] = {"archives": archives.add, "authors": terms.authors,
                             "related": related.add}


def plan(found: list[Article], config: Config, jobs: int = 1,
         placed: Callable[[list[Article]], None] | None = None,
         ) -> tuple[list[Page], list[Problem], dict[str, Any]]:  # fmt: skip
    """Every page of the site, in a fixed order (clashing URLs are reported, not
    overwritten), its problems, and what every page shows (the menu); the same whatever
    ``jobs``, the processes a kind may spread its work over. ``placed`` is told the
    articles as the pages will show them (each tag and author spelled one way) as soon
    as they are known, before the pages are planned: work on them may begin meanwhile."""
    site = prepare(found, config, jobs)
    if placed is not None:
        placed(site.articles + site.standalone)
    off = {OPTIONAL[name] for name in config.disable_kinds}
    try:
        for kind in KINDS:
            if kind not in off:
                kind(site)
    finally:  # work a kind began in other processes, collected once the others are done
        for finish in site.later:
            finish()
    return dedupe(site.pages, site.problems), site.problems, site.shown


__all__ = ["KINDS", "Plan", "plan"]
