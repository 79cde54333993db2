"""The same story saved twice (a pasted copy and a saved page, two pastes a week apart)
is published once: the most complete copy (the longest body), with what the others
declare that it lacks (authors, standfirst, source address), listing every copy. Copies
are found by their sketches (``sitegen.readers.sketch``): texts sharing at least
``THRESHOLD`` of their five-word shingles. Different stories on one topic share
sentences, not most of their text."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from sitegen.model import Article
from sitegen.readers.sketch import resemblance

THRESHOLD = 0.5
SHARED = 3  # sketch hashes two articles must share to be compared at all
COMMON = 50  # a hash on more articles than this is boilerplate: no evidence


def merge(articles: list[Article]) -> list[Article]:
    """The articles with each group of copies made one (in the place of the kept copy)."""
    saved = [i for i, a in enumerate(articles) if a.sketch]
    holders: dict[int, list[int]] = defaultdict(list)
    for i in saved:
        for value in articles[i].sketch:
            holders[value].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for items in holders.values():
        if len(items) <= COMMON:
            for x, i in enumerate(items):
                for j in items[x + 1 :]:
                    shared[(i, j)] += 1
    parent = {i: i for i in saved}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (i, j), n in sorted(shared.items()):
        if n >= SHARED and resemblance(articles[i].sketch, articles[j].sketch) >= THRESHOLD:
            parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in saved:
        groups[root(i)].append(i)
    merged: dict[int, Article | None] = {}
    for members in groups.values():
        if len(members) > 1:
            copies = [articles[i] for i in members]
            keep = max(members, key=lambda i: (articles[i].words, articles[i].source_key))
            merged.update(dict.fromkeys(members))
            merged[keep] = combine(articles[keep], copies)
    return [merged.get(i, a) for i, a in enumerate(articles) if merged.get(i, a) is not None]


def combine(keep: Article, copies: list[Article]) -> Article:
    """The kept copy, filled from the others where it says nothing, listing them all."""
    others = sorted((c for c in copies if c is not keep), key=lambda c: c.source_key)
    fill: dict[str, object] = {}
    for name in ("authors", "subtitle", "source_url", "site_name"):
        if not getattr(keep, name):
            found = next((getattr(c, name) for c in others if getattr(c, name)), None)
            if found:
                fill[name] = found
    listed = tuple(sorted((c.source_key, c.source_url or c.site_name) for c in copies))
    return replace(keep, copies=listed, **fill)  # type: ignore[arg-type]
