"""Related articles on each article page: those sharing the most tags with it, ties
going to the nearest in date (then the source path, so the order never changes)."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from heapq import nsmallest

from sitegen.model import Article, Term
from sitegen.pages.plan import Plan

SHOWN = 5
WINDOW = 12  # articles looked at on each side in date order, per shared tag


def related(articles: list[Article]) -> dict[int, tuple[Article, ...]]:
    """For each article (by id), up to ``SHOWN`` related ones. Per tag, only the
    ``WINDOW`` articles nearest in date on each side are candidates: a tag on thousands
    of articles costs no more than a small one. Articles are numbered once, so the loop
    compares numbers, not objects."""
    when = [a.date.timestamp() for a in articles]
    source = [a.source.as_posix() for a in articles]
    by_tag: dict[Term, list[int]] = defaultdict(list)
    for i in sorted(range(len(articles)), key=lambda i: (when[i], source[i])):
        for tag in articles[i].tags:
            by_tag[tag].append(i)
    stamps = {tag: [when[i] for i in items] for tag, items in by_tag.items()}
    found: dict[int, tuple[Article, ...]] = {}
    for i, article in enumerate(articles):
        shared: dict[int, int] = {}
        for tag in article.tags:
            items = by_tag[tag]
            at = bisect_left(stamps[tag], when[i])
            for j in items[max(0, at - WINDOW) : at + WINDOW + 1]:
                shared[j] = shared.get(j, 0) + 1
        shared.pop(i, None)
        t = when[i]
        best = nsmallest(SHOWN, shared, key=lambda j: (-shared[j], abs(when[j] - t), source[j]))
        found[id(article)] = tuple(articles[j] for j in best)
    return found


def add(site: Plan) -> None:
    lists = related(site.articles)
    for page in site.pages:
        if page.kind == "article":
            page.context["related"] = lists[id(page.articles[0])]
