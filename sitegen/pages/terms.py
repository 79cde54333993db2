"""Tags, sections and authors: an index of each with counts, and a paginated list per
term; each tag also has its own Atom feed."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sitegen import routes
from sitegen.model import Article, Page, Term
from sitegen.pages.lists import group, listings, paginate
from sitegen.pages.plan import Plan


def _add(site: Plan, kind: str, index_url: str, index_title: str,
         keys: Callable[[Article], Iterable[Term]], url: Callable[[str], str]) -> None:  # fmt: skip
    groups = group(site.articles, keys, url)
    if kind == "section":  # the menu lists them (``sitegen.pages.menu``)
        site.sections = [g.term for g in groups]
    site.pages.append(Page(index_url, "terms.html", index_title, f"{kind}s", [],
                           {"groups": listings(groups), "term_kind": kind}))  # fmt: skip
    for g in groups:
        site.pages += paginate(g.url, list(g.articles), site.config.per_page, "list.html",
                               g.term.name, kind, term=g.term, total=len(g.articles),
                               index_url=index_url)  # fmt: skip
        if kind == "tag":
            feed = routes.tag_feed(g.term.slug)
            site.pages.append(Page(feed, "atom.xml", g.term.name, "feed",
                                   list(g.articles[: site.config.feed_size]),
                                   {"feed_url": feed, "html_url": g.url}))  # fmt: skip


def tags(site: Plan) -> None:
    _add(site, "tag", routes.TAGS, "Tags", lambda a: a.tags, routes.tag)


def sections(site: Plan) -> None:
    _add(site, "section", routes.SECTIONS, "Sections",
         lambda a: (a.section,) if a.section else (), routes.section)  # fmt: skip


def authors(site: Plan) -> None:
    _add(site, "author", routes.AUTHORS, "Authors", lambda a: a.authors, routes.author)
