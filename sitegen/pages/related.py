"""Related articles on each article page: up to five, by what they say. Each article's
keywords (``sitegen.readers.keywords``) and tags are weighed by how rare they are in the
collection (smoothed inverse document frequency, log(1 + N/df), a tag counting
``TAG_BOOST`` times a word); two
articles score the sum over what they share. Ties go to the nearest in date, then the
source path, so the order never changes. Everything here comes from the articles'
placing fields, so an edit that keeps them leaves every related list as it is."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from heapq import nlargest, nsmallest

from sitegen import parallel
from sitegen.model import Article
from sitegen.pages.plan import Plan

SHOWN = 5
TAG_BOOST = 2.0
WINDOW = 10  # for a word on many articles: the ones nearest in date on each side


def related(articles: list[Article], jobs: int = 1
            ) -> Callable[[], dict[int, tuple[Article, ...]]]:  # fmt: skip
    """For each article (by id), up to ``SHOWN`` related ones, once the function returned
    is called. A word or tag on few articles links them all; one on many links each
    article only to the ``WINDOW`` nearest in date on each side, so a common word costs
    no more than a rare one. The scoring (most of the plan's work) begins at once in
    ``jobs`` processes: the caller may plan other pages meanwhile."""
    n = len(articles)
    when = [a.date.timestamp() for a in articles]
    source = [a.source_key for a in articles]
    features = [[*a.keywords, *(f"#{t.slug}" for t in a.tags)] for a in articles]
    postings: dict[str, list[int]] = defaultdict(list)
    for i in sorted(range(n), key=lambda i: (when[i], source[i])):
        for feature in features[i]:
            postings[feature].append(i)
    weight = {f: math.log(1 + n / len(items)) * (TAG_BOOST if f[0] == "#" else 1.0)
              for f, items in postings.items() if len(items) > 1}  # fmt: skip
    stamps = {f: [when[i] for i in postings[f]] for f in weight}
    state = {"related": (when, source, features, postings, weight, stamps)}
    best = parallel.begin(_best, range(n), jobs, state)
    return lambda: {id(a): tuple(articles[j] for j in found)
                    for a, found in zip(articles, best(), strict=True)}  # fmt: skip


def _best(i: int) -> tuple[int, ...]:
    """The indices of article ``i``'s related articles, best first (state: ``related``)."""
    when, source, features, postings, weight, stamps = parallel.STATE["related"]
    score: dict[int, float] = {}
    get = score.get
    for feature in features[i]:
        w = weight.get(feature)
        if not w:
            continue  # on this article alone
        items = postings[feature]
        if len(items) > 2 * WINDOW + 1:
            at = bisect_left(stamps[feature], when[i])
            items = items[max(0, at - WINDOW) : at + WINDOW + 1]
        for j in items:
            score[j] = get(j, 0.0) + w
    score.pop(i, None)
    if len(score) > SHOWN:  # only those scoring at least the fifth best can be shown
        floor = nlargest(SHOWN, score.values())[-1]
        score = {j: s for j, s in score.items() if s >= floor}
    t = when[i]
    return tuple(nsmallest(SHOWN, score, key=lambda j: (-score[j], abs(when[j] - t), source[j])))


def add(site: Plan) -> None:
    pages = [page for page in site.pages if page.kind == "article"]
    lists = related(site.articles, site.jobs)

    def finish() -> None:
        found = lists()
        for page in pages:
            page.context["related"] = found[id(page.articles[0])]

    site.later.append(finish)
