"""Tags for articles that have none (pasted and saved articles rarely do): the proper
names an article repeats (``sitegen.readers.names``) that few others use, those its
title names first, then the most repeated. A name on more than a third of the untagged
articles, ten or more of them, says nothing about one article, and is left out (only
articles without tags have their names read: ``sitegen.readers.article``). Derived only
from placing fields (an untagged article's title is one), so an edit that keeps them
keeps every tag."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from sitegen.model import Article, Term
from sitegen.slugs import term_key, term_slug

COMMON = 1 / 3  # share of a collection (of ``SMALL`` or more) a distinctive name stays under
SMALL = 10


def propose(articles: list[Article], most: int) -> list[Article]:
    """The articles, those without tags given up to ``most`` from their names."""
    if most <= 0:
        return articles
    untagged = [a for a in articles if not a.tags and not a.page]
    used = Counter(term_key(name) for a in untagged for name in dict.fromkeys(a.names))
    limit = len(untagged) * COMMON if len(untagged) >= SMALL else len(untagged) + 1
    result = []
    for article in articles:
        if article.tags or not article.names or article.page:
            result.append(article)
            continue
        title = term_key(article.title)
        kept = [n for n in article.names if used[term_key(n)] <= limit]
        chosen = sorted(kept, key=lambda n: term_key(n) not in title)[:most]  # title's first
        tags = tuple(Term(n, term_slug(n)) for n in chosen)
        result.append(replace(article, tags=tags, auto_tags=True) if tags else article)
    return result
