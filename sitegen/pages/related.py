"""Related articles on each article page: those sharing the most tags with it, ties
going to the nearest in date (then the source path, so the order never changes)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict

from sitegen.model import Article, Term
from sitegen.pages.plan import Plan

SHOWN = 5
WINDOW = 25  # articles looked at on each side in date order, per shared tag


def related(articles: list[Article]) -> dict[int, tuple[Article, ...]]:
    """For each article (by id), up to ``SHOWN`` related ones. Per tag, only the
    ``WINDOW`` articles nearest in date on each side are candidates: a tag on thousands
    of articles costs no more than a small one."""
    by_tag: dict[Term, list[Article]] = defaultdict(list)
    for article in sorted(articles, key=lambda a: (a.date.timestamp(), a.source.as_posix())):
        for tag in article.tags:
            by_tag[tag].append(article)
    stamps = {tag: [a.date.timestamp() for a in items] for tag, items in by_tag.items()}
    found: dict[int, tuple[Article, ...]] = {}
    for article in articles:
        shared: Counter[int] = Counter()
        seen: dict[int, Article] = {}
        when = article.date.timestamp()
        for tag in article.tags:
            items = by_tag[tag]
            at = bisect_left(stamps[tag], when)
            for other in items[max(0, at - WINDOW) : at + WINDOW + 1]:
                if other is not article:
                    shared[id(other)] += 1
                    seen[id(other)] = other
        ranked = sorted(seen.values(), key=lambda o: (
            -shared[id(o)], abs(o.date.timestamp() - when), o.source.as_posix()))  # fmt: skip
        found[id(article)] = tuple(ranked[:SHOWN])
    return found


def add(site: Plan) -> None:
    lists = related(site.articles)
    for page in site.pages:
        if page.kind == "article":
            page.context["related"] = lists[id(page.articles[0])]
