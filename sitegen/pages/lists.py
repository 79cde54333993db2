"""What list pages are made of: pagers, groups of articles, and the listings index pages show."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sitegen import routes
from sitegen.model import Article, Page, Term
from sitegen.slugs import term_key


@dataclass(frozen=True)
class Pager:
    """Where a list page sits in its series: page 2 of 5, with its neighbours' URLs."""

    number: int
    count: int
    base: str  # the first page's URL

    def url(self, number: int) -> str:
        return routes.page(self.base, number)

    @property
    def prev_url(self) -> str | None:
        return self.url(self.number - 1) if self.number > 1 else None

    @property
    def next_url(self) -> str | None:
        return self.url(self.number + 1) if self.number < self.count else None


@dataclass(frozen=True)
class Group:
    """A tag, section, author, year or month with the articles filed under it."""

    term: Term
    url: str
    articles: tuple[Article, ...]

    @property
    def count(self) -> int:
        return len(self.articles)


@dataclass(frozen=True)
class Listing:
    """A group as an index shows it: name, link, count. Index pages hold these, not the
    articles, so an edit that changes no name, link or count leaves them as they are."""

    term: Term
    url: str
    count: int


def listings(groups: Iterable[Group]) -> list[Listing]:
    return [Listing(g.term, g.url, g.count) for g in groups]


def paginate(base: str, articles: list[Article], per_page: int, template: str, title: str,
             kind: str, **context: object) -> list[Page]:  # fmt: skip
    """``base``, ``base/page/2/``, ...: the first page keeps the plain URL."""
    count = max(1, math.ceil(len(articles) / per_page))
    pagers = [Pager(n, count, base) for n in range(1, count + 1)]
    return [
        Page(pager.url(pager.number), template, title, kind,
             articles[(pager.number - 1) * per_page : pager.number * per_page],
             {**context, "pager": pager})
        for pager in pagers
    ]  # fmt: skip


def group(articles: list[Article], keys: Callable[[Article], Iterable[Term]],
          url: Callable[[str], str]) -> list[Group]:  # fmt: skip
    """Articles filed under each term, terms in name order."""
    found: dict[Term, list[Article]] = defaultdict(list)
    for article in articles:
        for term in keys(article):
            found[term].append(article)
    return sorted(
        (Group(t, url(t.slug), tuple(items)) for t, items in found.items()),
        key=lambda g: (term_key(g.term.name), g.term.slug),
    )
